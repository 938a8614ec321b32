import { earnedValue, fiscalYearPhasing, monthlyPhasing, plannedValueAt, resolveEvmInputs, actualCostOf, earnedValueOf, phasingTotal, type IPhasingPeriod } from './index';

const Q1: IPhasingPeriod[] = monthlyPhasing([
  { month: '2027-01', amount: 3100 },
  { month: '2027-02', amount: 2800 },
  { month: '2027-03', amount: 3100 }
]);

describe('PV from a baselined phasing (linear by calendar day within a period)', () => {
  it('makes one period per month, first to last day (leap years included)', () => {
    expect(Q1.map(p => [p.start, p.end])).toEqual([['2027-01-01', '2027-01-31'], ['2027-02-01', '2027-02-28'], ['2027-03-01', '2027-03-31']]);
    expect(monthlyPhasing([{ month: '2028-02', amount: 1 }, { month: '2027-12', amount: 1 }]).map(p => p.end)).toEqual(['2028-02-29', '2027-12-31']);
    expect(() => monthlyPhasing([{ month: '2027-13', amount: 1 }])).toThrow(RangeError);
    expect(() => monthlyPhasing([{ month: '2027-1', amount: 1 }])).toThrow(RangeError);
  });

  it('counts past periods in full, the current one pro rata with the report date elapsed, future ones not', () => {
    expect(plannedValueAt(Q1, '2026-12-31')).toBe(0);
    expect(plannedValueAt(Q1, '2027-01-01')).toBe(100); // day 1 of 31
    expect(plannedValueAt(Q1, '2027-01-10')).toBe(1000); // 10/31 of 3,100
    expect(plannedValueAt(Q1, '2027-01-31')).toBe(3100);
    expect(plannedValueAt(Q1, '2027-02-14')).toBe(3100 + 1400); // 14/28 of 2,800
    expect(plannedValueAt(Q1, '2027-03-31')).toBe(9000);
    expect(plannedValueAt(Q1, '2030-01-01')).toBe(9000);
    expect(phasingTotal(Q1)).toBe(9000);
  });

  it('has no PV for an empty phasing, and refuses periods that end before they start', () => {
    expect(plannedValueAt([], '2027-01-01')).toBeUndefined();
    expect(phasingTotal([])).toBeUndefined();
    expect(() => plannedValueAt([{ start: '2027-02-01', end: '2027-01-31', amount: 1 }], '2027-01-15')).toThrow(RangeError);
    expect(() => plannedValueAt(Q1, '2027-02-30')).toThrow(RangeError);
  });

  it('phases budget lines per fiscal year, named by the year it starts or ends in', () => {
    const lines = [
      { fiscalYear: 2028, planned: 500 },
      { fiscalYear: 2027, costType: 'Capex', planned: 366 },
      { fiscalYear: 2027, costType: 'Opex', planned: 366 },
      { fiscalYear: 2029, actual: 5 }
    ];
    expect(fiscalYearPhasing(lines)).toEqual([
      { start: '2027-01-01', end: '2027-12-31', amount: 732 },
      { start: '2028-01-01', end: '2028-12-31', amount: 500 }
    ]);
    const april = fiscalYearPhasing(lines, 4);
    expect(april[0]).toEqual({ start: '2027-04-01', end: '2028-03-31', amount: 732 }); // 366 days (29 Feb 2028)
    expect(plannedValueAt(april, '2027-04-02')).toBe(4); // 2/366 of 732
    expect(fiscalYearPhasing(lines, 10, 'end')[0]).toEqual({ start: '2026-10-01', end: '2027-09-30', amount: 732 });
    expect(() => fiscalYearPhasing(lines, 13)).toThrow(RangeError);
  });
});

describe('AC, BAC and EV from data', () => {
  it('sums actuals of budget lines; none booked is no AC', () => {
    expect(actualCostOf([{ fiscalYear: 2027, actual: 9000 }, { fiscalYear: 2027, actual: 18000 }, { fiscalYear: 2028 }])).toBe(27000);
    expect(actualCostOf([{ fiscalYear: 2027, planned: 10 }])).toBeUndefined();
  });

  it('takes EV as % complete (0–100) of BAC', () => {
    expect(earnedValueOf(35, 100000)).toBe(35000);
    expect(earnedValueOf(0, 100000)).toBe(0);
    expect([earnedValueOf(101, 1), earnedValueOf(-1, 1), earnedValueOf(NaN, 1), earnedValueOf(null, 1), earnedValueOf(50, undefined)]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('resolveEvmInputs: which input was given and which derived', () => {
  /**
   * The PRA package's EVM vignette (P. Govan, CRAN, https://paulgovan.github.io/PRA/articles/evm.html):
   * bac <- 100000; schedule <- c(0.1, 0.2, 0.4, 0.7, 1.0) (planned % complete per period); time_period 3;
   * actual_per_complete <- 0.35; period_costs <- c(9000, 18000, 36000). So PV = 40,000, EV = 35,000
   * and AC = 63,000, as that package's eac/tcpi examples use (SPI 0.875 there too).
   */
  const phasing = monthlyPhasing([
    { month: '2027-01', amount: 10000 },
    { month: '2027-02', amount: 10000 },
    { month: '2027-03', amount: 20000 },
    { month: '2027-04', amount: 30000 },
    { month: '2027-05', amount: 30000 }
  ]);
  const budgetLines = [
    { fiscalYear: 2027, category: 'InternalStaff', planned: 60000, actual: 9000 + 18000 },
    { fiscalYear: 2027, category: 'ExternalServices', planned: 40000, actual: 36000 }
  ];

  it('derives all four from the phasing, the budget lines and % complete (the PRA vignette)', () => {
    const r = resolveEvmInputs({}, { reportDate: '2027-03-31', phasing, budgetLines, percentComplete: 35 });
    expect(r.input).toEqual({ pv: 40000, ev: 35000, ac: 63000, bac: 100000 });
    expect(r.sources).toEqual({ pv: 'phasing', ev: 'percentComplete', ac: 'budgetLines', bac: 'phasing' });
    const f = earnedValue(r.input);
    expect(f.spi).toBe(0.875);
    expect(f.sv).toBe(-5000);
    expect(f.cv).toBe(-28000);
  });

  it('keeps what the report gives, passes the EAC method through, and says what is missing', () => {
    const r = resolveEvmInputs({ pv: 41000, ev: 0, ac: null, eacMethod: 'plan' }, { reportDate: '2027-03-31', phasing: [], budgetLines, percentComplete: 35 });
    expect(r.input).toEqual({ pv: 41000, ev: 0, ac: 63000, bac: 100000, eacMethod: 'plan' });
    expect(r.sources).toEqual({ pv: 'given', ev: 'given', ac: 'budgetLines', bac: 'budgetLines' });
    const none = resolveEvmInputs({}, {});
    expect(none.input).toEqual({ pv: undefined, ev: undefined, ac: undefined, bac: undefined });
    expect(none.sources).toEqual({ pv: 'missing', ev: 'missing', ac: 'missing', bac: 'missing' });
  });

  it('needs a report date for PV from the phasing, and a BAC for EV from % complete', () => {
    const r = resolveEvmInputs({}, { phasing: [], percentComplete: 50 });
    expect(r.sources).toEqual({ pv: 'missing', ev: 'missing', ac: 'missing', bac: 'missing' });
    const given = resolveEvmInputs({ bac: 2000 }, { percentComplete: 50, phasing });
    expect(given.input.ev).toBe(1000);
    expect(given.sources).toMatchObject({ ev: 'percentComplete', bac: 'given', pv: 'missing' });
  });
});
