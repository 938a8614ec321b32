/**
 * The demo's resource plan is believable: the committed assignments of a role in a month fit the
 * role's capacity in that month in most role-months (a PMO's real site is rarely booked beyond
 * capacity everywhere), so the Prioritization screen finds room for new work with the demo data.
 */
import { generateSeed } from './generate';
import type { ISeedData, ISeedRow } from './model';

const rowsOf = (d: ISeedData, key: string): ISeedRow[] => {
  const l = d.lists.filter(x => x.key === key)[0];
  if (!l) throw new Error(`no list ${key}`);
  return l.rows;
};

interface IRoleMonth { role: string; month: string; committed: number; capacity: number }

/** Committed days and capacity per role and month that has committed work. */
function roleMonths(d: ISeedData): IRoleMonth[] {
  const roles = rowsOf(d, 'Roles');
  const committed = new Map<string, number>();
  for (const a of rowsOf(d, 'Assignments')) {
    const v = a.values;
    if (v.DemandState !== 'Committed') continue;
    const key = `${(v.ResourceRole as { index: number }).index}|${String(v.Month).slice(0, 7)}`;
    committed.set(key, (committed.get(key) ?? 0) + Number(v.DemandDays));
  }
  return Array.from(committed.entries()).map(([key, days]) => {
    const [index, month] = key.split('|');
    const role = roles[Number(index)].values;
    const byMonth = (role.CapacityByMonthJson as { json: Array<{ month: string; days: number }> }).json.filter(c => c.month === month)[0];
    return { role: String(role.Code), month, committed: days, capacity: byMonth ? byMonth.days : Number(role.MonthlyCapacityDays) };
  });
}

describe('the demo resource plan', () => {
  it.each([60, 30, 200])('keeps committed work within capacity in at least 90 %% of role-months (%i projects)', projects => {
    const cells = roleMonths(generateSeed({ projects }));
    const over = cells.filter(c => c.committed > c.capacity);
    expect(cells.length).toBeGreaterThan(20);
    expect({ over: over.length, share: over.length / cells.length <= 0.1 }).toEqual({ over: over.length, share: true });
    // No role is booked beyond capacity in most months (as the project managers were, every month).
    const roles = Array.from(new Set(cells.map(c => c.role)));
    expect(roles.filter(r => cells.filter(c => c.role === r && c.committed > c.capacity).length > cells.filter(c => c.role === r).length / 4)).toEqual([]);
    // Not idle either: the project managers are busy, with room left for new work in most months.
    const pm = cells.filter(c => c.role === 'PM');
    expect(pm.reduce((t, c) => t + c.committed, 0) / pm.reduce((t, c) => t + c.capacity, 0)).toBeGreaterThan(0.4);
  });
});
