/**
 * Earned-value figures as PMO Hub shows them, the same on the Project page and in the Portfolio's
 * controlling view (issue 11, trial findings):
 * - indices (SPI, CPI, TCPI) always with exactly two decimals: "0.70", "1.00" (de: "0,70", "1,00");
 * - amounts (PV, EV, AC, BAC, SV, CV, EAC, ETC, VAC) as whole amounts, grouped as the locale does:
 *   EAC = BAC / CPI has cents the inputs never had, and they carry no meaning at that precision;
 * - negative values with the minus sign U+2212 ("−479"), never a hyphen.
 */
import { withMinusSign } from '../numbers';
import type { EvmFigureKey } from './earnedValue';

const indexFormats: Record<string, Intl.NumberFormat> = {};
const amountFormats: Record<string, Intl.NumberFormat> = {};

/** The figures that are indices (ratios); the others are amounts in the project's currency. */
export const EVM_INDEX_FIGURES: ReadonlyArray<EvmFigureKey> = ['spi', 'cpi', 'tcpiBac', 'tcpiEac'];

/** An index such as SPI with exactly two decimals in `locale` ("0.70", "1.00", "0,93", "−0.05"). */
export function formatEvmIndex(value: number, locale: string): string {
  const f = indexFormats[locale] ?? (indexFormats[locale] = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  return withMinusSign(f.format(value));
}

/**
 * An earned-value amount rounded to a whole amount and grouped in `locale` ("4,480", "4.480",
 * "−480"); a value that rounds to zero shows as "0", never "−0".
 */
export function formatEvmAmount(value: number, locale: string): string {
  const f = amountFormats[locale] ?? (amountFormats[locale] = new Intl.NumberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: 0 }));
  const whole = Math.round(value);
  return withMinusSign(f.format(whole === 0 ? 0 : whole));
}

/** A figure's value in `locale`: an index with two decimals, an amount as a whole amount. */
export function formatEvmFigure(key: EvmFigureKey, value: number, locale: string): string {
  return EVM_INDEX_FIGURES.indexOf(key) >= 0 ? formatEvmIndex(value, locale) : formatEvmAmount(value, locale);
}
