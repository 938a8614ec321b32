import { budgetTotals, budgetVariances, burnSeries, monthOf, nextMonth, type IBudgetLineAmounts } from './index';

const LINES: IBudgetLineAmounts[] = [
  { fiscalYear: 2027, costType: 'Capex', category: 'Hardware', planned: 100000, forecast: 120000, actual: 80000 },
  { fiscalYear: 2027, costType: 'Opex', category: 'InternalStaff', planned: 50000, actual: 20000 }, // no forecast: the plan stands
  { fiscalYear: 2028, costType: 'Opex', category: 'InternalStaff', planned: 60000, forecast: 55000 },
  { fiscalYear: 2028, costType: 'Opex', category: 'Licences', forecast: 5000, actual: 1000 } // unplanned
];

describe('budget variances', () => {
  it('sums planned, forecast and actual with forecast − planned and actual − planned', () => {
    expect(budgetTotals(LINES)).toEqual({
      planned: 210000,
      forecast: 120000 + 50000 + 55000 + 5000,
      actual: 101000,
      forecastVariance: 230000 - 210000,
      actualVariance: 101000 - 210000,
      lines: 4
    });
    expect(budgetTotals([])).toEqual({ planned: 0, forecast: 0, actual: 0, forecastVariance: 0, actualVariance: 0, lines: 0 });
  });

  it('groups by fiscal year, cost type and category, in key order', () => {
    expect(budgetVariances(LINES, 'fiscalYear').map(g => [g.key, g.planned, g.forecastVariance, g.actualVariance])).toEqual([
      [2027, 150000, 20000, -50000],
      [2028, 60000, 0, -59000]
    ]);
    expect(budgetVariances(LINES, 'costType').map(g => [g.key, g.lines])).toEqual([['Capex', 1], ['Opex', 3]]);
    expect(budgetVariances(LINES, 'category').map(g => [g.key, g.forecast])).toEqual([['Hardware', 120000], ['InternalStaff', 105000], ['Licences', 5000]]);
    expect(budgetVariances(LINES, l => `${l.fiscalYear}/${l.costType ?? ''}`).map(g => g.key)).toEqual(['2027/Capex', '2027/Opex', '2028/Opex']);
  });

  it('counts a non-finite amount as missing', () => {
    expect(budgetTotals([{ fiscalYear: 2027, planned: NaN, forecast: Infinity, actual: NaN }])).toMatchObject({ planned: 0, forecast: 0, actual: 0 });
  });
});

describe('burn series', () => {
  it('runs month by month from the first to the last booking or plan, gaps at 0, with running totals', () => {
    const actuals = [
      { month: '2027-11', amount: 1000 },
      { month: '2028-02-14', amount: 500 },
      { month: '2027-11-30', amount: 250 }
    ];
    const planned = [{ month: '2027-11', amount: 1000 }, { month: '2027-12', amount: 1000 }, { month: '2028-01', amount: 1000 }, { month: '2028-03', amount: 1000 }];
    expect(burnSeries(actuals, planned)).toEqual([
      { month: '2027-11', actual: 1250, cumulativeActual: 1250, planned: 1000, cumulativePlanned: 1000 },
      { month: '2027-12', actual: 0, cumulativeActual: 1250, planned: 1000, cumulativePlanned: 2000 },
      { month: '2028-01', actual: 0, cumulativeActual: 1250, planned: 1000, cumulativePlanned: 3000 },
      { month: '2028-02', actual: 500, cumulativeActual: 1750, planned: 0, cumulativePlanned: 3000 },
      { month: '2028-03', actual: 0, cumulativeActual: 1750, planned: 1000, cumulativePlanned: 4000 }
    ]);
  });

  it('is empty without amounts, ignores non-finite ones and refuses a malformed month', () => {
    expect(burnSeries([])).toEqual([]);
    expect(burnSeries([{ month: '2027-01', amount: NaN }])).toEqual([]);
    expect(() => burnSeries([{ month: '2027-13', amount: 1 }])).toThrow(RangeError);
    expect(() => monthOf('2027-1')).toThrow(RangeError);
    expect(monthOf('2027-02-28')).toBe('2027-02');
    expect([nextMonth('2027-12'), nextMonth('2027-09')]).toEqual(['2028-01', '2027-10']);
  });
});
