/**
 * The KPI definition form's values and checks (pure but for the strings): what the PMO types (the
 * thresholds in its own locale), what keeps a definition from being sent (each problem a sentence
 * naming its field: the domain's `validateKpiDefinition`, and numbers that cannot be read), and what
 * the service is sent.
 */
import * as dashboardStrings from 'DashboardStrings';
import { formatAmountFor, readAmount } from '../../../domain/numbers';
import {
  isKpiFormulaCode, KPI_CATALOGUE, kpiDefinitionDefaults, validateKpiDefinition,
  type IKpiDefinitionInput, type IKpiDefinitionProblem, type KpiDefinitionField, type KpiFormulaCode
} from '../../../domain/kpi';
import { formatString } from '../../../domain/text';
import { numberProblemText } from '../../controls/amountText';
import type { FieldProblems } from '../../controls/form';
import type { IKpiDefinitionRow } from '../../../services/DashboardService';

/** The form's fields, in the order shown (the unit follows the formula and is shown with it). */
export type KpiFormField = 'code' | 'name' | 'description' | 'formula' | 'higherIsBetter' | 'greenThreshold' | 'amberThreshold' | 'active';

/** Every field in the order shown. */
export const KPI_FORM_FIELDS: ReadonlyArray<KpiFormField> = ['code', 'name', 'description', 'formula', 'higherIsBetter', 'greenThreshold', 'amberThreshold', 'active'];

/** What the form holds: texts as typed (the thresholds in the user's locale). */
export interface IKpiFormValues {
  code: string;
  name: string;
  description: string;
  /** A formula code, '' none chosen yet. */
  formula: string;
  higherIsBetter: 'higher' | 'lower';
  greenThreshold: string;
  amberThreshold: string;
  active: boolean;
}

/** A field's label ("Green threshold"). */
export function kpiFieldLabel(field: KpiFormField | KpiDefinitionField): string {
  return dashboardStrings[`Dashboard_Def_${field}`] ?? field;
}

/** A formula's name in the user's language ("Share of projects reporting red"). */
export function formulaLabel(code: string): string {
  return dashboardStrings[`Dashboard_Formula_${code}`] ?? code;
}

/** A unit's name ("Per cent", "Index (1 = on plan)"). */
export function unitLabel(unit: string): string {
  return dashboardStrings[`Dashboard_UnitName_${unit}`] ?? unit;
}

/** A definition's values as the form starts with them (a new one: empty, active, higher is better until a formula is chosen). */
export function kpiFormValuesOf(row: IKpiDefinitionRow | undefined, locale: string): IKpiFormValues {
  const i = row?.input;
  const n = (v: number | null | undefined): string => (typeof v === 'number' ? formatAmountFor(v, locale) : '');
  const formula = i?.formula ?? '';
  const natural = isKpiFormulaCode(formula) ? KPI_CATALOGUE[formula].higherIsBetter : true;
  return {
    code: i?.code ?? '', name: i?.name ?? '', description: i?.description ?? '', formula,
    higherIsBetter: (i?.higherIsBetter ?? natural) ? 'higher' : 'lower',
    greenThreshold: n(i?.greenThreshold), amberThreshold: n(i?.amberThreshold), active: i?.active ?? true
  };
}

/** The values a formula brings to a new KPI: its direction and its default thresholds (where none is typed yet). */
export function withFormula(values: IKpiFormValues, formula: KpiFormulaCode, locale: string): IKpiFormValues {
  const d = kpiDefinitionDefaults(formula);
  const spec = KPI_CATALOGUE[formula].thresholds;
  return {
    ...values,
    formula,
    higherIsBetter: d.higherIsBetter ? 'higher' : 'lower',
    greenThreshold: values.greenThreshold.trim() ? values.greenThreshold : formatAmountFor(spec.green, locale),
    amberThreshold: values.amberThreshold.trim() ? values.amberThreshold : formatAmountFor(spec.amber, locale)
  };
}

/** A number as typed, read in `locale`: its value, or undefined when empty or when it cannot be read. */
function numberOf(text: string, locale: string): number | undefined {
  const r = readAmount(text, locale);
  return r.ok ? r.value : undefined;
}

/** The input the service is sent (the unit is the formula's). */
export function kpiInputOf(v: IKpiFormValues, locale: string): IKpiDefinitionInput {
  const formula = v.formula.trim();
  return {
    code: v.code.trim(), name: v.name.trim(), description: v.description.trim(), formula,
    unit: isKpiFormulaCode(formula) ? KPI_CATALOGUE[formula].unit : null, // eslint-disable-line @rushstack/no-new-null -- an empty column
    higherIsBetter: v.higherIsBetter === 'higher',
    greenThreshold: numberOf(v.greenThreshold, locale) ?? null, amberThreshold: numberOf(v.amberThreshold, locale) ?? null, // eslint-disable-line @rushstack/no-new-null -- empty columns
    active: v.active
  };
}

/** The field a problem is shown at (a unit's problem at the formula, which sets the unit). */
function formFieldOf(p: IKpiDefinitionProblem): KpiFormField {
  const f = p.field ?? 'code';
  return f === 'unit' ? 'formula' : f;
}

/** A domain problem as a sentence naming its field ("“Green threshold”: enter a number."). */
export function kpiProblemText(p: IKpiDefinitionProblem): string {
  const field = formFieldOf(p);
  return formatString(dashboardStrings[`Dashboard_Problem_${p.code}`] ?? dashboardStrings.Dashboard_Problem_invalid, kpiFieldLabel(field));
}

/** Problems by field (the first of each field), from the domain's list. */
export function kpiProblemsByField(problems: ReadonlyArray<IKpiDefinitionProblem>): FieldProblems<KpiFormField> {
  const out: FieldProblems<KpiFormField> = {};
  for (const p of problems) {
    const f = formFieldOf(p);
    if (!out[f]) out[f] = kpiProblemText(p);
  }
  return out;
}

/** What keeps a definition from being sent: thresholds that cannot be read in `locale`, then the domain's problems. */
export function kpiFormProblems(v: IKpiFormValues, locale: string): FieldProblems<KpiFormField> {
  const out: FieldProblems<KpiFormField> = {};
  for (const f of ['greenThreshold', 'amberThreshold'] as const) {
    const r = readAmount(v[f], locale);
    if (!r.ok) out[f] = numberProblemText(r.problem, kpiFieldLabel(f), locale, { invalid: dashboardStrings.Dashboard_Problem_number, tooLarge: dashboardStrings.Dashboard_Problem_numberTooLarge });
  }
  const domain = kpiProblemsByField(validateKpiDefinition(kpiInputOf(v, locale)));
  for (const f of KPI_FORM_FIELDS) if (!out[f] && domain[f]) out[f] = domain[f];
  return out;
}
