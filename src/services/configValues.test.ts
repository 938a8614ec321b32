import { configuredThresholds, fiscalYearStartMonthOf } from './configValues';
import { settingsOf } from './reportRules';

describe('the PMO\'s settings a KPI reads from PmoHubConfig', () => {
  it('takes the fiscal year\'s start month only as a whole month from 1 to 12, else January', () => {
    expect(fiscalYearStartMonthOf({ fiscalYearStartMonth: 4 })).toBe(4);
    expect(fiscalYearStartMonthOf({ fiscalYearStartMonth: 12 })).toBe(12);
    for (const start of [0, 13, 4.5, '4', null]) expect(fiscalYearStartMonthOf({ fiscalYearStartMonth: start })).toBe(1);
    expect(fiscalYearStartMonthOf(undefined)).toBe(1);
    expect(fiscalYearStartMonthOf(null)).toBe(1);
  });

  it('gives the status report\'s rules the same fiscal year as the dashboard reads', () => {
    expect(settingsOf(JSON.stringify({ fiscalYearStartMonth: 7 })).fiscalYearStartMonth).toBe(7);
    expect(settingsOf(JSON.stringify({ fiscalYearStartMonth: 0 })).fiscalYearStartMonth).toBe(1);
    expect(settingsOf('not json').fiscalYearStartMonth).toBe(1);
  });

  it('reads the risk thresholds as numbers, and nothing from an empty, invalid or non-object value', () => {
    expect(configuredThresholds('{"medium":6,"high":15}')).toEqual({ medium: 6, high: 15 });
    expect(configuredThresholds('{"medium":"6"}')).toEqual({ medium: 6, high: NaN });
    for (const value of [undefined, '', 'null', '7', '{broken']) expect(configuredThresholds(value)).toBeUndefined();
  });
});
