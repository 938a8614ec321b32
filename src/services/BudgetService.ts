import type { SPFI } from '../platform/pnp';
import { odataEq } from './odata';
import { listOn, type ListHandle } from './lists';
import type { ISiteAddress } from './site';
import { BUDGET_SELECT, budgetLineOf, type IBudgetLine } from './controllingRows';
import { budgetTotals, budgetVariances, type IBudgetGroupVariance, type IBudgetLineAmounts, type IBudgetVariance } from '../domain/budget';
import { BudgetLinesList, lookupId } from '../schema/refs';

/** A budget line as a project manager enters it. Amounts in the project's currency; undefined leaves a value, null clears it. */
export interface IBudgetLineInput {
  fiscalYear: number;
  /** Capex or Opex. */
  costType: string;
  /** InternalStaff, ExternalServices, Hardware, Software, Licences or Other. */
  category?: string;
  planned?: number | null; // eslint-disable-line @rushstack/no-new-null -- clears the SharePoint column
  forecast?: number | null; // eslint-disable-line @rushstack/no-new-null -- clears the SharePoint column
  actual?: number | null; // eslint-disable-line @rushstack/no-new-null -- clears the SharePoint column
  /** The line's title; '<year> <cost type> – <category>' when omitted. */
  title?: string;
}

/** A project's budget: its lines, their totals and variances per fiscal year, cost type and category. */
export interface IProjectBudget {
  lines: IBudgetLine[];
  totals: IBudgetVariance;
  byFiscalYear: IBudgetGroupVariance[];
  byCostType: IBudgetGroupVariance[];
  byCategory: IBudgetGroupVariance[];
}

/** Why a budget line was refused before anything was written, and the field it is about. */
export class BudgetRefusedError extends Error {
  public readonly refusal: 'fiscalYearInvalid' | 'costTypeInvalid' | 'categoryInvalid' | 'amountInvalid';
  public readonly field: string;

  public constructor(refusal: BudgetRefusedError['refusal'], field: string) {
    super(`Budget line refused: ${refusal} (${field})`);
    this.name = 'BudgetRefusedError';
    this.refusal = refusal;
    this.field = field;
    Object.setPrototypeOf(this, BudgetRefusedError.prototype);
  }
}

/**
 * Budget lines per project, fiscal year and category (capex/opex; internal staff, external services,
 * …): planned, forecast and actual amounts, edits guarded by ETags, variances from src/domain/budget.
 */
export interface IBudgetService {
  /** A project's budget (lines ordered by fiscal year, cost type, category) with totals and variances. Filters on the indexed Project lookup. */
  getBudget(projectId: number): Promise<IProjectBudget>;
  /** Adds a line; refused (naming the field) for a fiscal year outside 2000–2100, an unknown cost type or category, or a negative or non-finite amount. */
  add(projectId: number, line: IBudgetLineInput): Promise<IBudgetLine>;
  /** Saves changes with the ETag the user saw ('conflict' when someone saved first); the same checks as {@link add}. */
  update(lineId: number, changes: Partial<IBudgetLineInput>, etag: string): Promise<IBudgetLine>;
  /** Deletes a line (ETag-guarded). */
  remove(lineId: number, etag: string): Promise<void>;
}

const B = BudgetLinesList.fields;

/** Lines as the domain's amounts. */
export function amountsOf(lines: ReadonlyArray<IBudgetLine>): IBudgetLineAmounts[] {
  return lines.map(l => ({ fiscalYear: l.fiscalYear, costType: l.costType, category: l.category, planned: l.planned, forecast: l.forecast, actual: l.actual }));
}

/** A project's budget from its lines (pure): the lines in order, totals, and variances per fiscal year, cost type and category. */
export function projectBudgetOf(lines: IBudgetLine[]): IProjectBudget {
  const sorted = lines.slice().sort((a, b) => a.fiscalYear - b.fiscalYear || (a.costType ?? '').localeCompare(b.costType ?? '') || (a.category ?? '').localeCompare(b.category ?? '') || a.id - b.id);
  const amounts = amountsOf(sorted);
  return {
    lines: sorted,
    totals: budgetTotals(amounts),
    byFiscalYear: budgetVariances(amounts, 'fiscalYear'),
    byCostType: budgetVariances(amounts, 'costType'),
    byCategory: budgetVariances(amounts, 'category')
  };
}

/** The column values of a line's input, checked; throws {@link BudgetRefusedError} naming the field. */
function valuesOf(line: Partial<IBudgetLineInput>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  if (line.fiscalYear !== undefined) {
    if (!Number.isInteger(line.fiscalYear) || line.fiscalYear < 2000 || line.fiscalYear > 2100) throw new BudgetRefusedError('fiscalYearInvalid', 'fiscalYear');
    values[B.FiscalYear] = line.fiscalYear;
  }
  if (line.costType !== undefined) {
    if (BudgetLinesList.choices.CostType.indexOf(line.costType) < 0) throw new BudgetRefusedError('costTypeInvalid', 'costType');
    values[B.CostType] = line.costType;
  }
  if (line.category !== undefined) {
    if (BudgetLinesList.choices.CostCategory.indexOf(line.category) < 0) throw new BudgetRefusedError('categoryInvalid', 'category');
    values[B.CostCategory] = line.category;
  }
  for (const [field, column] of [['planned', B.PlannedAmount], ['forecast', B.ForecastAmount], ['actual', B.ActualAmount]] as const) {
    const v = line[field];
    if (v === undefined) continue;
    if (v !== null && (typeof v !== 'number' || !Number.isFinite(v) || v < 0)) throw new BudgetRefusedError('amountInvalid', field);
    values[column] = v;
  }
  if (line.title !== undefined && line.title.trim()) values[B.Title] = line.title.trim().slice(0, 255);
  return values;
}

/** {@link IBudgetService} over PnPjs (BudgetLines). */
export class BudgetService implements IBudgetService {
  private readonly sp: SPFI;
  private readonly site: ISiteAddress;

  public constructor(sp: SPFI, site: ISiteAddress) {
    this.sp = sp;
    this.site = site;
  }

  private lines(): ListHandle {
    return listOn(this.sp, this.site, BudgetLinesList);
  }

  private async read(lineId: number): Promise<IBudgetLine> {
    return budgetLineOf(await this.lines().items.getById(lineId).select(...BUDGET_SELECT)<Record<string, unknown>>());
  }

  public async getBudget(projectId: number): Promise<IProjectBudget> {
    const rows = await this.lines().items.select(...BUDGET_SELECT).filter(odataEq(lookupId(B.Project), projectId)).top(5000)<Array<Record<string, unknown>>>();
    return projectBudgetOf(rows.map(budgetLineOf));
  }

  public async add(projectId: number, line: IBudgetLineInput): Promise<IBudgetLine> {
    const values = valuesOf(line);
    if (values[B.FiscalYear] === undefined) throw new BudgetRefusedError('fiscalYearInvalid', 'fiscalYear');
    if (values[B.CostType] === undefined) throw new BudgetRefusedError('costTypeInvalid', 'costType');
    if (values[B.Title] === undefined) values[B.Title] = `${line.fiscalYear} ${line.costType}${line.category ? ` – ${line.category}` : ''}`;
    const added = (await this.lines().items.add({ ...values, [lookupId(B.Project)]: projectId })) as { Id: number };
    return this.read(added.Id);
  }

  public async update(lineId: number, changes: Partial<IBudgetLineInput>, etag: string): Promise<IBudgetLine> {
    if (!etag) throw new Error('A budget line is saved with the ETag the user saw.');
    const values = valuesOf(changes);
    if (Object.keys(values).length) await this.lines().items.getById(lineId).update(values, etag);
    return this.read(lineId);
  }

  public async remove(lineId: number, etag: string): Promise<void> {
    if (!etag) throw new Error('A budget line is deleted with the ETag the user saw.');
    await this.lines().items.getById(lineId).delete(etag);
  }
}
