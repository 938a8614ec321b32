/**
 * Texts of the Portfolio's controlling view built from codes: dimension names, RAG counts' headings,
 * amounts and ratios in the user's locale, and why a roll-up's SPI or CPI is not available.
 * From PortfolioControllingStrings (and PmoHubStrings for the RAG values the portfolio already names),
 * never ProjectStrings: that module belongs to the Project web part.
 */
import * as strings from 'PmoHubStrings';
import * as pcStrings from 'PortfolioControllingStrings';
import { formatString } from '../../../domain/text';
import { formatEvmAmount, formatEvmIndex, type IEvmFigure } from '../../../domain/evm';
import type { IPortfolioRef } from '../../../domain/portfolio';
import type { IRagDistribution } from '../../../services/ControllingService';

/**
 * A dimension's name as the project page shows it: the PMO's own title for a dimension it added, else
 * PMO Hub's name of a standard one ("Schedule", "Overall"), else its code.
 */
export function dimensionName(d: Pick<IRagDistribution, 'dimension' | 'title'>): string {
  return d.title || pcStrings[`PortfolioControlling_Dim_${d.dimension}`] || d.dimension;
}

/** An earned-value amount as the project page shows it: whole, grouped in the user's locale ("1,250,000", "1.250.000"). */
export function money(value: number, locale: string): string {
  return formatEvmAmount(value, locale);
}

/** A ratio such as SPI with exactly two decimals in the user's locale ("0.93", "1.00", "0,93"). */
export function ratio(value: number, locale: string): string {
  return formatEvmIndex(value, locale);
}

/**
 * Why a roll-up's SPI or CPI is not available, as the view says it: "Not available: no project reports
 * both PV and EV", "Not available: division by zero (ΣPV is 0)". Never NaN.
 * @param index Which index the figure is (its missing inputs are named by it).
 */
export function unavailableText(figure: IEvmFigure, index: 'spi' | 'cpi'): string {
  let reason: string;
  if (figure.reason === 'missingInput' || figure.reason === 'invalidInput') reason = pcStrings[index === 'spi' ? 'PortfolioControlling_Reason_noSpiInputs' : 'PortfolioControlling_Reason_noCpiInputs'];
  else if (figure.reason === 'divisionByZero') reason = pcStrings[figure.divisor === 'ac' ? 'PortfolioControlling_Reason_divisionByZero_ac' : 'PortfolioControlling_Reason_divisionByZero_pv'];
  else reason = pcStrings.PortfolioControlling_Reason_other;
  return formatString(pcStrings.PortfolioControlling_NotAvailable, reason);
}

/** A figure's value as text: the ratio, or "Not available: …". */
export function indexText(figure: IEvmFigure, index: 'spi' | 'cpi', locale: string): string {
  return figure.value === null ? unavailableText(figure, index) : ratio(figure.value, locale);
}

/** A programme's name by id: "No programme" for 0, "Programme 7" for an id the list does not name. */
export function programmeName(id: number, programmes: ReadonlyArray<IPortfolioRef>): string {
  if (id === 0) return strings.Portfolio_NoProgramme;
  const found = programmes.filter(p => p.id === id)[0];
  return found ? found.title : formatString(pcStrings.PortfolioControlling_UnknownProgramme, id);
}
