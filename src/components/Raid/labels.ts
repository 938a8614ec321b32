/** The RAID web part's names for codes and figures, in the user's language. */
import * as raidStrings from 'RaidStrings';
import * as governanceStrings from 'GovernanceStrings';
import { formatString } from '../../domain/text';
import { SCORE_MAX, type IRiskThresholds, type RiskBand } from '../../domain/governance';

/** A band's name (Low, Medium, High). */
export function bandLabel(band: RiskBand | undefined): string {
  return band ? raidStrings[`Raid_Band_${band}`] ?? band : '';
}

/** The name of a code stored in a Choice column that GovernanceStrings names (Choice_<Field>_<Code>); the code itself when unknown. */
export function choiceLabel(field: 'RiskStatus' | 'IssueStatus' | 'Priority' | 'LessonCategory' | 'LessonType', code: string | undefined): string {
  return code ? governanceStrings[`Choice_${field}_${code}`] ?? code : '';
}

/**
 * The name of a code the RAID web part names itself (GovernanceStrings has none for it): a decision's
 * body and outcome, a change request's status, a budget line's cost type.
 */
export function codeLabel(kind: 'Body' | 'Outcome' | 'Change' | 'CostType', code: string | undefined): string {
  return code ? raidStrings[`Raid_${kind}_${code}`] ?? code : '';
}

/** A PRINCE2 risk response's name (Avoid, Reduce, …). */
export function responseLabel(code: string | undefined): string {
  return code ? raidStrings[`Raid_Response_${code}`] ?? code : '';
}

/** A form field's visible label. */
export function fieldLabel(field: string): string {
  return raidStrings[`Raid_Field_${field}`] ?? field;
}

/** A whole number in the user's locale (1,234 / 1.234). */
export function formatCount(n: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(n);
}

/** The thresholds as the sentence under the heat map: each band's score range (Low 1–4, Medium 5–11, High 12–25). */
export function thresholdsText(t: IRiskThresholds, locale: string): string {
  const range = (from: number, to: number): string => (from === to ? formatCount(from, locale) : `${formatCount(from, locale)}–${formatCount(to, locale)}`);
  return formatString(raidStrings.Raid_Thresholds, range(1, t.medium - 1), range(t.medium, t.high - 1), range(t.high, SCORE_MAX));
}
