/**
 * The PMO's forms for the resource pool, as values: what each form starts with (numbers written in the
 * user's locale), what keeps it from being sent (each message naming its field), and what the service
 * is sent. Pure; the forms in this folder use them.
 */
import * as capacityStrings from 'CapacityStrings';
import { formatAmountFor, readAmount } from '../../../domain/numbers';
import { formatString } from '../../../domain/text';
import type { IsoDay } from '../../../domain/dates';
import type { ICapacitySettings, IPoolPerson, IPoolRole } from '../../../domain/capacity';
import type { IAbsenceInput, IAbsenceRow, IPersonInput, IRoleCapacityInput } from '../../../services/CapacityService';
import type { FieldProblems } from '../../controls/form';

/** A field's visible label (Capacity_Field_<field>). */
export function fieldLabel(field: string): string {
  return capacityStrings[`Capacity_Field_${field}`] ?? field;
}

/** "“FTE”: enter a number from 0 to 1." — the field named, the range written in the locale. */
function rangeProblem(field: string, min: number, max: number, locale: string, decimals: number): string {
  return formatString(capacityStrings.Capacity_Problem_Range, fieldLabel(field), formatAmountFor(min, locale, decimals), formatAmountFor(max, locale, decimals));
}

/** A number typed in `locale` within [min, max] with at most `decimals` places, or the problem naming the field. */
export function readNumber(text: string, field: string, min: number, max: number, locale: string, decimals: number): { value?: number; problem?: string } {
  const r = readAmount(text, locale, decimals);
  if (!r.ok || r.value === undefined || r.value < min || r.value > max) return { problem: rangeProblem(field, min, max, locale, decimals) };
  return { value: r.value };
}

/** The settings form's fields and values (percentages as whole numbers typed). */
export type SettingsField = 'hoursPerWeek' | 'amberFrom' | 'redAbove';
export type SettingsValues = Record<SettingsField, string>;

export function settingsValuesOf(s: ICapacitySettings, locale: string): SettingsValues {
  return { hoursPerWeek: formatAmountFor(s.hoursPerWeek, locale, 1), amberFrom: formatAmountFor(s.amberFrom * 100, locale, 0), redAbove: formatAmountFor(s.redAbove * 100, locale, 0) };
}

/** Hours per week 1–80; amber from 1–300 %, red above 1–300 %, amber not above red. */
export function readSettings(v: SettingsValues, locale: string): { settings?: ICapacitySettings; problems: FieldProblems<SettingsField> } {
  const hours = readNumber(v.hoursPerWeek, 'hoursPerWeek', 1, 80, locale, 1);
  const amber = readNumber(v.amberFrom, 'amberFrom', 1, 300, locale, 0);
  const red = readNumber(v.redAbove, 'redAbove', 1, 300, locale, 0);
  const problems: FieldProblems<SettingsField> = {};
  if (hours.problem) problems.hoursPerWeek = hours.problem;
  if (amber.problem) problems.amberFrom = amber.problem;
  if (red.problem) problems.redAbove = red.problem;
  if (amber.value !== undefined && red.value !== undefined && amber.value > red.value) problems.amberFrom = formatString(capacityStrings.Capacity_Problem_AmberAboveRed, fieldLabel('amberFrom'), fieldLabel('redAbove'));
  if (Object.keys(problems).length || hours.value === undefined || amber.value === undefined || red.value === undefined) return { problems };
  return { settings: { hoursPerWeek: hours.value, amberFrom: amber.value / 100, redAbove: red.value / 100 }, problems };
}

/** The role form: the set capacity in days per month. */
export type RoleField = 'monthlyDays';
export type RoleValues = Record<RoleField, string>;

export function roleValuesOf(r: IPoolRole, locale: string): RoleValues {
  return { monthlyDays: r.monthlyDays ? formatAmountFor(r.monthlyDays, locale, 1) : '' };
}

/** Days per month 0–10,000 (blank: 0); the role's single months stay as they are. */
export function readRole(v: RoleValues, role: IPoolRole, locale: string): { input?: IRoleCapacityInput; problems: FieldProblems<RoleField> } {
  if (!v.monthlyDays.trim()) return { input: { monthlyDays: 0, byMonth: [...(role.byMonth ?? [])] }, problems: {} };
  const days = readNumber(v.monthlyDays, 'monthlyDays', 0, 10000, locale, 1);
  if (days.value === undefined) return { problems: { monthlyDays: days.problem } };
  return { input: { monthlyDays: days.value, byMonth: [...(role.byMonth ?? [])] }, problems: {} };
}

/** The person form. */
export type PersonField = 'role' | 'team' | 'fte' | 'nonProjectPercent' | 'active';
export interface IPersonValues { role: string; team: string; fte: string; nonProjectPercent: string; active: boolean }

export function personValuesOf(p: IPoolPerson, locale: string): IPersonValues {
  return {
    role: String(p.role), team: p.team ?? '', fte: formatAmountFor(p.fte, locale, 2),
    nonProjectPercent: formatAmountFor(p.nonProjectPercent ?? 0, locale, 0), active: p.active !== false
  };
}

/** A role is required; FTE 0–1 (two decimals); non-project time 0–100 % (blank: 0). */
export function readPerson(v: IPersonValues, locale: string): { input?: IPersonInput; problems: FieldProblems<PersonField> } {
  const problems: FieldProblems<PersonField> = {};
  if (!v.role) problems.role = formatString(capacityStrings.Capacity_Problem_Required, fieldLabel('role'));
  const fte = readNumber(v.fte, 'fte', 0, 1, locale, 2);
  if (fte.problem) problems.fte = fte.problem;
  const np = v.nonProjectPercent.trim() ? readNumber(v.nonProjectPercent, 'nonProjectPercent', 0, 100, locale, 0) : { value: 0 };
  if (np.problem) problems.nonProjectPercent = np.problem;
  if (Object.keys(problems).length) return { problems };
  return { input: { roleId: Number(v.role), team: v.team.trim(), fte: fte.value, nonProjectPercent: np.value, active: v.active }, problems };
}

/** The absence form. */
export type AbsenceField = 'person' | 'type' | 'start' | 'end' | 'title';
export interface IAbsenceValues { person: string; type: IAbsenceRow['type']; start?: IsoDay; end?: IsoDay; title: string }

/** The kinds of absence, in the order offered. */
export const ABSENCE_TYPES: ReadonlyArray<IAbsenceRow['type']> = ['Leave', 'PublicHoliday', 'Training', 'NonProject', 'Other'];

/** Start and end are required, the end not before the start; no person means everyone (a public holiday, a closure). */
export function readAbsence(v: IAbsenceValues): { input?: IAbsenceInput; problems: FieldProblems<AbsenceField> } {
  const problems: FieldProblems<AbsenceField> = {};
  if (!v.start) problems.start = formatString(capacityStrings.Capacity_Problem_Required, fieldLabel('start'));
  if (!v.end) problems.end = formatString(capacityStrings.Capacity_Problem_Required, fieldLabel('end'));
  if (v.start && v.end && v.end < v.start) problems.end = formatString(capacityStrings.Capacity_Problem_EndBeforeStart, fieldLabel('end'), fieldLabel('start'));
  if (Object.keys(problems).length || !v.start || !v.end) return { problems };
  return { input: { personId: v.person ? Number(v.person) : undefined, start: v.start, end: v.end, type: v.type, title: v.title.trim() || undefined }, problems };
}

/** An absence type's name in the user's language. */
export function absenceTypeLabel(type: string): string {
  return capacityStrings[`Capacity_AbsenceType_${type}`] ?? type;
}
