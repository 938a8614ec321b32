/**
 * Amounts and indices as the reports write them (slide, printable page): ONE formatter for every
 * amount, so that VAC and BAC of the same table are written alike.
 *
 * Amounts are whole amounts with the locale's thousands separator from 1,000 upwards, in every
 * locale: Intl.NumberFormat groups Italian (and Spanish, Polish) numbers only from 10,000
 * ("−8853" beside "170.000"), which a board reads as two kinds of figure. Negative values carry
 * the minus sign U+2212; a value that rounds to zero is "0", never "−0". Indices keep two decimals
 * (`formatEvmIndex` of src/domain/evm). The Excel report writes numbers with the display format
 * `REPORT_AMOUNT_FORMAT` ('#,##0'), which Excel shows with the reader's thousands separator.
 */
import { formatEvmIndex } from '../evm';
import { MINUS_SIGN, numberSymbols } from '../numbers';
import { REPORT_EVM_INDICES, type ReportEvmKey } from './model';

/** The Excel number format of an amount column: whole amounts with thousands separators. */
export const REPORT_AMOUNT_FORMAT: string = '#,##0';

/**
 * An amount rounded to a whole amount, with the thousands separator of `locale` (numberSymbols)
 * every three digits from 1,000 upwards and U+2212 for negative values:
 * en "−8,853", de/nl/it "−8.853", fr "−8 853" (U+202F). Non-finite values give ''.
 */
export function formatReportAmount(value: number, locale: string): string {
  if (!Number.isFinite(value)) return '';
  const whole = Math.round(Math.abs(value));
  const digits = whole.toFixed(0);
  const group = numberSymbols(locale).group;
  let grouped = '';
  for (let end = digits.length; end > 0; end -= 3) grouped = digits.slice(Math.max(0, end - 3), end) + (grouped ? group + grouped : '');
  return value < 0 && whole !== 0 ? `${MINUS_SIGN}${grouped}` : grouped;
}

/** An earned-value figure of a report: an index (SPI, CPI) with two decimals, an amount by `formatReportAmount`; '' for none. */
export function formatReportEvm(key: ReportEvmKey, value: number | undefined, locale: string): string {
  if (value === undefined) return '';
  return REPORT_EVM_INDICES.indexOf(key) >= 0 ? formatEvmIndex(value, locale) : formatReportAmount(value, locale);
}
