import { burnByFiscalYear } from './burnModel';

describe('the burn by fiscal year', () => {
  it('sums planned and actual cost up to each fiscal year, years without lines included', () => {
    expect(burnByFiscalYear([
      { fiscalYear: 2027, planned: 100, actual: 40 },
      { fiscalYear: 2026, planned: 250, actual: 200 },
      { fiscalYear: 2026, planned: 50, actual: undefined },
      { fiscalYear: 2029, planned: 10, actual: 0 }
    ])).toEqual([
      { fiscalYear: 2026, cumulativePlanned: 300, cumulativeActual: 200 },
      { fiscalYear: 2027, cumulativePlanned: 400, cumulativeActual: 240 },
      { fiscalYear: 2028, cumulativePlanned: 400, cumulativeActual: 240 },
      { fiscalYear: 2029, cumulativePlanned: 410, cumulativeActual: 240 }
    ]);
    expect(burnByFiscalYear([])).toEqual([]);
  });
});
