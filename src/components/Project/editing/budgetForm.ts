/**
 * The budget line editor's rules (pure): the fields as typed (amounts in the user's locale), what
 * keeps a line from being sent, and which field a refusal of the budget service is about. Messages
 * name their field.
 */
import * as projectStrings from 'ProjectStrings';
import { formatMoney } from '../../../domain/numbers';
import { formatString } from '../../../domain/text';
import type { IBudgetLine } from '../../../services/controllingRows';
import { BudgetRefusedError, type IBudgetLineInput } from '../../../services/BudgetService';
import { readAmountInput } from '../amountInput';

/** The editor's fields. */
export type BudgetField = 'fiscalYear' | 'costType' | 'category' | 'planned' | 'forecast' | 'actual';
/** The amount fields, in the form's order. */
export const AMOUNT_FIELDS: ReadonlyArray<'planned' | 'forecast' | 'actual'> = ['planned', 'forecast', 'actual'];
/** Every field, in the form's order. */
export const BUDGET_FIELDS: ReadonlyArray<BudgetField> = ['fiscalYear', 'costType', 'category', ...AMOUNT_FIELDS];

/** The fields as typed: the year and amounts as text, cost type and category as codes. */
export type IBudgetValues = Record<BudgetField, string>;
/** Problems by field, each a message naming its field. */
export type BudgetProblems = Partial<Record<BudgetField, string>>;

const LABEL_KEYS: Record<BudgetField, string> = {
  fiscalYear: 'Project_Col_FiscalYear', costType: 'Project_Col_CostType', category: 'Project_Col_Category',
  planned: 'Project_Col_Planned', forecast: 'Project_Col_Forecast', actual: 'Project_Col_ActualCost'
};

/** A field's visible label (the budget table's column). */
export function budgetFieldLabel(field: BudgetField): string {
  return projectStrings[LABEL_KEYS[field]];
}

/** The values a line's editor starts with, amounts as the page shows money (a new line: the given year, Opex, internal staff, no amounts). */
export function budgetValuesOf(line: IBudgetLine | undefined, locale: string, year: number): IBudgetValues {
  const amount = (v?: number): string => (v === undefined ? '' : formatMoney(v, locale));
  return line
    ? { fiscalYear: String(line.fiscalYear), costType: line.costType ?? 'Opex', category: line.category ?? 'Other', planned: amount(line.planned), forecast: amount(line.forecast), actual: amount(line.actual) }
    : { fiscalYear: String(year), costType: 'Opex', category: 'InternalStaff', planned: '', forecast: '', actual: '' };
}

function yearProblem(): string {
  return formatString(projectStrings.Project_Bl_Problem_year, budgetFieldLabel('fiscalYear'));
}

/**
 * The line to send, or the problems: a fiscal year that is not a whole year from 2000 to 2100, an
 * amount that cannot be read in the user's locale (readAmount: "1.5" in German is refused, not
 * guessed) or is negative. An empty amount clears it (an empty forecast: the plan stands).
 */
export function readBudgetValues(values: IBudgetValues, locale: string): { line: IBudgetLineInput } | { problems: BudgetProblems } {
  const problems: BudgetProblems = {};
  const year = /^\s*\d{4}\s*$/.test(values.fiscalYear) ? Number(values.fiscalYear) : NaN;
  if (!(year >= 2000 && year <= 2100)) problems.fiscalYear = yearProblem();
  const line: IBudgetLineInput = { fiscalYear: year, costType: values.costType, category: values.category };
  for (const f of AMOUNT_FIELDS) {
    const r = readAmountInput(values[f], budgetFieldLabel(f), locale);
    if ('problem' in r) problems[f] = r.problem;
    else line[f] = r.value;
  }
  return Object.keys(problems).length ? { problems } : { line };
}

/** The field a refusal of the budget service is about, with its message; undefined for other errors. */
export function budgetRefusal(error: unknown): BudgetProblems | undefined {
  if (!(error instanceof BudgetRefusedError)) return undefined;
  const field = error.field as BudgetField;
  const label = budgetFieldLabel(field);
  if (error.refusal === 'fiscalYearInvalid') return { fiscalYear: yearProblem() };
  if (error.refusal === 'amountInvalid') return { [field]: formatString(projectStrings.Project_Problem_Negative, label) };
  return { [field]: formatString(projectStrings.Project_Ms_Problem_invalid, label) };
}
