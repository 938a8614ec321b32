/**
 * Budget lines' variances: forecast and actual against planned, per project, fiscal year, cost type
 * or category. Amounts in the project's currency.
 */

/** A budget line's amounts as the domain needs them (BudgetLines: FiscalYear, CostType, CostCategory, Planned/Forecast/ActualAmount). */
export interface IBudgetLineAmounts {
  /** The fiscal year the line budgets (e.g. 2027). */
  fiscalYear: number;
  /** Capex or opex (the stored code). */
  costType?: string;
  /** The category code (InternalStaff, ExternalServices, …). */
  category?: string;
  /** The baselined (planned) amount; missing counts 0. */
  planned?: number;
  /** The current forecast; missing means the plan stands (the planned amount counts). */
  forecast?: number;
  /** Booked actual cost so far; missing counts 0 (nothing booked). */
  actual?: number;
}

/** Sums and variances of some budget lines. */
export interface IBudgetVariance {
  /** Sum of planned amounts. */
  planned: number;
  /** Sum of forecasts (a line without a forecast counts its planned amount). */
  forecast: number;
  /** Sum of actuals. */
  actual: number;
  /** Forecast − planned: positive means an overrun is forecast. */
  forecastVariance: number;
  /** Actual − planned: positive means more was spent than planned. */
  actualVariance: number;
  /** How many lines were summed. */
  lines: number;
}

/** What budget lines are grouped by: a column, or a function giving each line's key. */
export type BudgetGrouping = 'fiscalYear' | 'costType' | 'category' | ((line: IBudgetLineAmounts) => string | number);

/** One group's variances. */
export interface IBudgetGroupVariance extends IBudgetVariance {
  /** The group's key (the fiscal year, the cost type or category code; '' for lines without one). */
  key: string | number;
}

function amount(value: number | undefined): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function empty(): IBudgetVariance {
  return { planned: 0, forecast: 0, actual: 0, forecastVariance: 0, actualVariance: 0, lines: 0 };
}

function add(total: IBudgetVariance, line: IBudgetLineAmounts): void {
  const planned = amount(line.planned);
  const forecast = typeof line.forecast === 'number' && Number.isFinite(line.forecast) ? line.forecast : planned;
  total.planned += planned;
  total.forecast += forecast;
  total.actual += amount(line.actual);
  total.forecastVariance = total.forecast - total.planned;
  total.actualVariance = total.actual - total.planned;
  total.lines += 1;
}

/**
 * Planned, forecast and actual sums of budget lines with forecast − planned and actual − planned.
 * A line without a forecast counts its planned amount as forecast (the plan stands until someone
 * re-forecasts); missing planned or actual amounts count 0; non-finite amounts count as missing.
 */
export function budgetTotals(lines: ReadonlyArray<IBudgetLineAmounts>): IBudgetVariance {
  const total = empty();
  for (const line of lines) add(total, line);
  return total;
}

/**
 * `budgetTotals` per group (fiscal year, cost type, category, or a key function), groups in
 * ascending key order (numbers numerically, codes alphabetically; lines without a key under '' first).
 */
export function budgetVariances(lines: ReadonlyArray<IBudgetLineAmounts>, by: BudgetGrouping): IBudgetGroupVariance[] {
  const keyOf = typeof by === 'function' ? by : (line: IBudgetLineAmounts) => line[by] ?? '';
  const groups = new Map<string | number, IBudgetGroupVariance>();
  for (const line of lines) {
    const key = keyOf(line);
    let group = groups.get(key);
    if (!group) {
      group = { key, ...empty() };
      groups.set(key, group);
    }
    add(group, line);
  }
  return [...groups.values()].sort((a, b) =>
    typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : String(a.key) < String(b.key) ? -1 : String(a.key) > String(b.key) ? 1 : 0
  );
}
