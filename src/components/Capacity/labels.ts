/** The Capacity web part's words for bands, states, units and cells, in the user's language (CapacityStrings). */
import * as capacityStrings from 'CapacityStrings';
import { formatPlural, formatString } from '../../domain/text';
import { daysToFte, daysToHours, type ICapacitySettings, type IHeatCell, type IHeatRow, type MonthKey, type UtilisationBand } from '../../domain/capacity';
import { daysText, fteText, hoursText, monthLong, percentText, utilisationText } from './format';

/** The unit the heat map's cells write demand and capacity in. */
export type CapacityUnit = 'days' | 'hours' | 'fte';

/** A band's name: "Over capacity", "Near capacity", "Within capacity", "No capacity and no demand". */
export function bandLabel(band: UtilisationBand): string {
  return capacityStrings[`Capacity_Band_${band}`] ?? band;
}

/** The marker a band shows beside its value, so that it is told apart without colour: ▲ over, ● near, none otherwise. */
export function bandMarker(band: UtilisationBand): string {
  return band === 'red' ? '▲' : band === 'amber' ? '●' : '';
}

/** A demand state's name: "Committed", "Proposed". */
export function stateLabel(state: 'Committed' | 'Proposed'): string {
  return capacityStrings[`Capacity_State_${state}`] ?? state;
}

/** What a source is: "Project", "Request". */
export function kindLabel(kind: 'project' | 'request'): string {
  return capacityStrings[`Capacity_Kind_${kind}`] ?? kind;
}

/** A row's title; the row of demand given to no one (key '') is named as such. */
export function rowTitle(row: Pick<IHeatRow, 'key' | 'title'>): string {
  return row.key === '' ? capacityStrings.Capacity_NoPerson : row.title;
}

/** "1 day", "22.5 days" in the user's language. */
export function daysPhrase(days: number, locale: string): string {
  return formatPlural({ one: capacityStrings.Capacity_Days_one, other: capacityStrings.Capacity_Days }, days, locale, daysText(days, locale));
}

/** "1 hour", "180 hours" in the user's language (hours whole). */
export function hoursPhrase(hours: number, locale: string): string {
  const whole = Math.round(hours);
  return formatPlural({ one: capacityStrings.Capacity_Hours_one, other: capacityStrings.Capacity_Hours }, whole, locale, hoursText(whole, locale));
}

/** Days with their hours: "22.5 days (180 hours)". */
export function daysAndHours(days: number, settings: Pick<ICapacitySettings, 'hoursPerWeek'>, locale: string): string {
  return `${daysPhrase(days, locale)} (${hoursPhrase(daysToHours(days, settings), locale)})`;
}

/** Days written in a unit: days, hours (days × hours per day) or FTE (days ÷ the month's working days). */
export function inUnit(days: number, unit: CapacityUnit, month: MonthKey, settings: Pick<ICapacitySettings, 'hoursPerWeek'>, locale: string): string {
  if (unit === 'hours') return hoursText(daysToHours(days, settings), locale);
  if (unit === 'fte') return fteText(daysToFte(days, month), locale);
  return daysText(days, locale);
}

/** A unit's name for the heat map's hint ("days", "hours", "FTE"). */
export function unitName(unit: CapacityUnit): string {
  return capacityStrings[`Capacity_UnitName_${unit}`] ?? unit;
}

/** What a cell shows under its utilisation: demand / capacity in the unit, with its name ("115.5 / 108 days"). */
export function cellFigures(cell: IHeatCell, unit: CapacityUnit, settings: ICapacitySettings, locale: string): string {
  return `${inUnit(cell.demandDays, unit, cell.month, settings, locale)} / ${inUnit(cell.capacityDays, unit, cell.month, settings, locale)}`;
}

/**
 * What a cell shows large: its utilisation ("112 %"); for work given to no person (no utilisation,
 * demand only) the demand in the unit; '–' for a cell with neither.
 */
export function cellValueText(cell: IHeatCell, unit: CapacityUnit, settings: ICapacitySettings, locale: string): string {
  if (cell.utilisation !== undefined) return utilisationText(cell.utilisation, locale);
  return cell.demandDays > 0 ? `${inUnit(cell.demandDays, unit, cell.month, settings, locale)} ${capacityStrings[`Capacity_UnitLabel_${unit}`] ?? unit}` : '–';
}

/**
 * A cell's full name, for its button (screen readers hear it instead of the short text). It begins with
 * what the cell shows, in its order (the utilisation, then demand / capacity in the unit: WCAG 2.5.3),
 * then its band, the row, the month, and demand and capacity in days and hours:
 * "112%, 22.5 / 20 days (over capacity): Developer, March 2027. Demand 22.5 days (180 hours), capacity 20 days (160 hours)."
 */
export function cellLabel(title: string, cell: IHeatCell, settings: ICapacitySettings, unit: CapacityUnit, locale: string): string {
  const month = monthLong(cell.month, locale);
  if (cell.utilisation === undefined) {
    // Work given to no person (team and person views): its demand, not a utilisation.
    return cell.demandDays > 0
      ? formatString(capacityStrings.Capacity_CellLabel_Unmeasured, cellValueText(cell, unit, settings, locale), title, month, daysAndHours(cell.demandDays, settings, locale))
      : formatString(capacityStrings.Capacity_CellLabel_Empty, title, month);
  }
  const shown = `${cellFigures(cell, unit, settings, locale)} ${capacityStrings[`Capacity_UnitLabel_${unit}`] ?? unit}`;
  const value = utilisationText(cell.utilisation, locale);
  const demand = daysAndHours(cell.demandDays, settings, locale);
  if (!isFinite(cell.utilisation)) return formatString(capacityStrings.Capacity_CellLabel_NoCapacity, value, shown, bandLabel(cell.band), title, month, demand);
  return formatString(capacityStrings.Capacity_CellLabel, value, shown, bandLabel(cell.band), title, month, demand, daysAndHours(cell.capacityDays, settings, locale));
}

/** The legend's entries: each band with its marker and the thresholds it stands for. */
export function legendEntries(settings: ICapacitySettings, locale: string): Array<{ band: UtilisationBand; marker: string; text: string }> {
  const amber = percentText(settings.amberFrom, locale);
  const red = percentText(settings.redAbove, locale);
  return [
    { band: 'red', marker: bandMarker('red'), text: formatString(capacityStrings.Capacity_Legend_red, red) },
    { band: 'amber', marker: bandMarker('amber'), text: formatString(capacityStrings.Capacity_Legend_amber, amber, red) },
    { band: 'ok', marker: '', text: formatString(capacityStrings.Capacity_Legend_ok, amber) },
    { band: 'none', marker: '', text: capacityStrings.Capacity_Legend_none }
  ];
}

/** A shift of the start as a phrase: "2 months later", "1 month earlier", "not moved". */
export function shiftPhrase(months: number, locale: string): string {
  if (months === 0) return capacityStrings.Capacity_Shift_None;
  const n = Math.abs(months);
  return months > 0
    ? formatPlural({ one: capacityStrings.Capacity_Shift_Later_one, other: capacityStrings.Capacity_Shift_Later }, n, locale, n)
    : formatPlural({ one: capacityStrings.Capacity_Shift_Earlier_one, other: capacityStrings.Capacity_Shift_Earlier }, n, locale, n);
}
