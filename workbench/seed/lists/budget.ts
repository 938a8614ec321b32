/** BudgetLines: capex and opex per fiscal year of a project's plan, with forecasts and actuals that follow its cost performance. */
import { BudgetLinesList } from '../../../src/schema';
import { choiceCodes } from '../choices';
import { yearOfMonth } from '../dates';
import type { ISeedRow } from '../model';
import type { Rng } from '../prng';
import { row } from '../rows';
import { REF_MONTH, clamp } from '../shared';
import { thousands } from '../titles';
import type { IProjectScope } from './scope';

const B = BudgetLinesList.fields;
const costType = choiceCodes(BudgetLinesList.choices.CostType);
const costCategory = choiceCodes(BudgetLinesList.choices.CostCategory);

/** Two lines (capex, opex) per calendar year of the plan; years that are over have actuals, 2026 a part of them. */
export function budgetLineRows(rng: Rng, p: IProjectScope): ISeedRow[] {
  const { s, endMonth } = p;
  const capexShare = rng.range(0.25, 0.55);
  const rows: ISeedRow[] = [];
  for (let y = yearOfMonth(s.startMonth); y <= yearOfMonth(endMonth); y++) {
    let months = 0;
    for (let m = s.startMonth; m <= endMonth; m++) if (yearOfMonth(m) === y) months++;
    const yearBudget = (s.budget * months) / s.durationMonths;
    const closedYear = y < 2026 || (p.finished && y <= yearOfMonth(s.lastActiveMonth));
    const lines: Array<readonly [string, number, string]> = [
      [costType('Capex'), capexShare, costCategory(rng.pick(['Hardware', 'Software', 'Licences']))],
      [costType('Opex'), 1 - capexShare, costCategory(rng.pick(['InternalStaff', 'ExternalServices', 'Other']))]
    ];
    for (const [type, share, cat] of lines) {
      const planned = thousands(yearBudget * share);
      const overrun = 1 / clamp(s.cpiLast, 0.75, 1.1);
      const cancelledCut = s.lifecycle === 'Cancelled' && y >= yearOfMonth(s.lastActiveMonth) ? 0.4 : 1;
      const actual = closedYear ? Math.round((planned * overrun * cancelledCut) / 100) * 100 : y === 2026 && s.startMonth < REF_MONTH ? Math.round((planned * overrun * 0.8) / 100) * 100 : null;
      rows.push(row(BudgetLinesList, {
        [B.Title]: `${y} ${type} – ${cat}`, [B.Project]: p.project, [B.FiscalYear]: y, [B.CostType]: type, [B.CostCategory]: cat, [B.PlannedAmount]: planned,
        [B.ForecastAmount]: closedYear ? actual : Math.round((planned * overrun) / 100) * 100, [B.ActualAmount]: actual
      }));
    }
  }
  return rows;
}
