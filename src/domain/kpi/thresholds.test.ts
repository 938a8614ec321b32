/** A KPI's colour: boundaries in both directions, the value judged as shown, no data never green. */
import { kpiFormula, kpiStatus, ratedTrendDirection, kpiValue, noKpiData, roundKpiValue, type KpiUnit } from './index';

const status = (value: number, rule: { greenThreshold: number; amberThreshold: number; higherIsBetter: boolean }, unit: KpiUnit): string => kpiStatus(kpiValue(value, 1), rule, unit);

describe('kpiStatus: higher is better (milestones on time: green from 80 %, amber from 65 %)', () => {
  const rule = { greenThreshold: 80, amberThreshold: 65, higherIsBetter: true };

  it('equal to green is green, equal to amber is amber, below amber is red', () => {
    expect([status(100, rule, 'percent'), status(80, rule, 'percent'), status(79.9, rule, 'percent'), status(65, rule, 'percent'), status(64.9, rule, 'percent'), status(0, rule, 'percent')])
      .toEqual(['green', 'green', 'amber', 'amber', 'red', 'red']);
  });

  it('judges the value as shown (percent to 0.1): 79.96 shows as 80.0 and is green; 79.94 shows as 79.9 and is amber', () => {
    expect(status(79.96, rule, 'percent')).toBe('green');
    expect(status(79.94, rule, 'percent')).toBe('amber');
    expect(status(64.95, rule, 'percent')).toBe('amber');
    expect(status(64.94, rule, 'percent')).toBe('red');
  });

  it('ratios to 0.01: SPI 0.9451 is 0.95 (green at 0.95), 0.9449 is 0.94', () => {
    const spi = { greenThreshold: 0.95, amberThreshold: 0.85, higherIsBetter: true };
    expect([status(0.9451, spi, 'ratio'), status(0.9449, spi, 'ratio'), status(0.85, spi, 'ratio'), status(0.8449, spi, 'ratio')]).toEqual(['green', 'amber', 'amber', 'red']);
  });
});

describe('kpiStatus: lower is better', () => {
  it('counts (open high risks: green at 0, amber up to 3)', () => {
    const rule = { greenThreshold: 0, amberThreshold: 3, higherIsBetter: false };
    expect([status(0, rule, 'count'), status(1, rule, 'count'), status(3, rule, 'count'), status(4, rule, 'count')]).toEqual(['green', 'amber', 'amber', 'red']);
  });

  it('days (intake: green up to 45, amber up to 75), judged to 0.1 day', () => {
    const rule = { greenThreshold: 45, amberThreshold: 75, higherIsBetter: false };
    expect([status(44, rule, 'days'), status(45, rule, 'days'), status(45.04, rule, 'days'), status(45.06, rule, 'days'), status(75, rule, 'days'), status(75.04, rule, 'days'), status(75.1, rule, 'days')])
      .toEqual(['green', 'green', 'green', 'amber', 'amber', 'amber', 'red']);
  });

  it('a signed percentage (budget variance: green up to +5 %, amber up to +10 %): an underspend is green', () => {
    const rule = { greenThreshold: 5, amberThreshold: 10, higherIsBetter: false };
    expect([status(-12.5, rule, 'percent'), status(5, rule, 'percent'), status(5.04, rule, 'percent'), status(10, rule, 'percent'), status(10.05, rule, 'percent')])
      .toEqual(['green', 'green', 'green', 'amber', 'red']);
  });

  it('equal thresholds leave no amber band', () => {
    const rule = { greenThreshold: 2, amberThreshold: 2, higherIsBetter: false };
    expect([status(2, rule, 'count'), status(3, rule, 'count')]).toEqual(['green', 'red']);
  });
});

describe('kpiStatus: no data and broken rules', () => {
  it('no data is noData under any thresholds, never green', () => {
    expect(kpiStatus(noKpiData('noMilestonesDue'), { greenThreshold: 0, amberThreshold: 0, higherIsBetter: true }, 'percent')).toBe('noData');
    expect(kpiStatus(noKpiData('noRisks'), { greenThreshold: 0, amberThreshold: 3, higherIsBetter: false }, 'count')).toBe('noData');
  });

  it('refuses to colour with thresholds in the wrong order or missing', () => {
    expect(() => kpiStatus(kpiValue(1, 1), { greenThreshold: 0.8, amberThreshold: 0.9, higherIsBetter: true }, 'ratio')).toThrow(/amberThreshold \(thresholdOrder\)/);
    expect(() => kpiStatus(kpiValue(1, 1), { greenThreshold: 3, amberThreshold: 0, higherIsBetter: false }, 'count')).toThrow(RangeError);
    expect(() => kpiStatus(noKpiData('noRisks'), { greenThreshold: 0 }, 'count')).toThrow(/amberThreshold \(amberThresholdMissing\)/);
  });
});

describe('roundKpiValue', () => {
  it('rounds half away from zero to the unit\'s precision, as shown', () => {
    expect([roundKpiValue(66.66666, 'percent'), roundKpiValue(0.875, 'ratio'), roundKpiValue(2.5, 'count'), roundKpiValue(-2.5, 'count'), roundKpiValue(1234.5, 'amount'), roundKpiValue(26.25, 'days')])
      .toEqual([66.7, 0.88, 3, -3, 1235, 26.3]);
    expect(Object.is(roundKpiValue(-0.04, 'percent'), 0)).toBe(true);
  });
});

describe('kpiStatus: the budget variance rates the absolute deviation (green up to 5 %, amber up to 10 %)', () => {
  const formula = kpiFormula('BudgetVariance');
  const rule = { greenThreshold: formula.thresholds.green, amberThreshold: formula.thresholds.amber, higherIsBetter: formula.higherIsBetter };
  const rated = (value: number): string => kpiStatus(kpiValue(value, 1), rule, formula.unit, formula.rates);

  it('rates an underspend as an overspend of the same size, on both boundaries', () => {
    expect(formula.rates).toBe('absolute');
    expect([rated(0), rated(5), rated(5.04), rated(5.1), rated(10), rated(10.1), rated(57.6)]).toEqual(['green', 'green', 'green', 'amber', 'amber', 'red', 'red']);
    expect([rated(-5), rated(-5.04), rated(-5.1), rated(-10), rated(-10.1), rated(-57.6)]).toEqual(['green', 'green', 'amber', 'amber', 'red', 'red']);
  });

  it('rates the amount the same way; other formulas still rate the value itself', () => {
    const amount = kpiFormula('BudgetVarianceAmount');
    expect(amount.rates).toBe('absolute');
    const amountRule = { greenThreshold: 0, amberThreshold: 100000, higherIsBetter: false };
    expect([-250000, -100000, 0, 100000, 250000].map(v => kpiStatus(kpiValue(v, 1), amountRule, 'amount', amount.rates))).toEqual(['red', 'amber', 'green', 'amber', 'red']);
    expect(kpiFormula('MilestonesLate').rates).toBeUndefined();
    expect(status(-3, { greenThreshold: 0, amberThreshold: 5, higherIsBetter: false }, 'count')).toBe('green');
  });
});

describe('ratedTrendDirection: the budget variance\'s trend is judged by the size of the deviation', () => {
  it('calls a growing underspend worsening and a shrinking one improving, keeping the change of the values', () => {
    expect(ratedTrendDirection([-50, -55, -60], false, 'percent', 'absolute')).toEqual({ direction: 'worsening', change: -10 });
    expect(ratedTrendDirection([-60, -50], false, 'percent', 'absolute')).toEqual({ direction: 'improving', change: 10 });
    expect(ratedTrendDirection([-50, -60], false, 'percent')).toEqual({ direction: 'improving', change: -10 });
    expect(ratedTrendDirection([undefined, -60], false, 'percent', 'absolute')).toEqual({ direction: 'noData' });
  });
});
