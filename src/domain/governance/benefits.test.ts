import { benefitRealisation, latestMeasurement } from './index';

/* Worked examples by hand; the progress formula is linear interpolation between baseline and target (no published source needed). */
const TODAY = '2027-09-01';

describe('benefit realisation', () => {
  it('an increasing benefit: satisfaction 60 → 80, measured 70 then 75', () => {
    const r = benefitRealisation({ baseline: 60, target: 80, plannedDate: '2027-12-31', measurements: [{ on: '2027-03-01', value: 70 }, { on: '2027-06-01', value: 75 }] }, TODAY);
    expect(r).toEqual({ latest: { on: '2027-06-01', value: 75 }, progressPercent: 75, targetReached: false, suggestedStatus: 'OnTrack' });
  });

  it('a decreasing benefit: processing time 100 → 60 days, measured 80 (50 %), then 55 (realised)', () => {
    const plan = { baseline: 100, target: 60, plannedDate: '2027-06-30', measurements: [{ on: '2027-05-01', value: 80 }] };
    expect(benefitRealisation(plan, TODAY)).toEqual({ latest: { on: '2027-05-01', value: 80 }, progressPercent: 50, targetReached: false, suggestedStatus: 'AtRisk' });
    expect(benefitRealisation(plan, '2027-06-30').suggestedStatus).toBe('OnTrack');
    const done = benefitRealisation({ ...plan, measurements: [...plan.measurements, { on: '2027-08-01', value: 55 }] }, TODAY);
    expect(done).toMatchObject({ progressPercent: 112.5, targetReached: true, suggestedStatus: 'Realised' });
  });

  it('a value worse than the baseline gives a negative progress', () => {
    expect(benefitRealisation({ baseline: 100, target: 60, measurements: [{ on: '2027-01-01', value: 110 }] }, TODAY).progressPercent).toBe(-25);
  });

  it('exactly on the target is realised', () => {
    expect(benefitRealisation({ baseline: 0, target: 1000000, measurements: [{ on: '2027-01-01', value: 1000000 }] }, TODAY)).toMatchObject({ progressPercent: 100, suggestedStatus: 'Realised' });
  });

  it('without measurements: Planned, or AtRisk once the planned day has passed', () => {
    expect(benefitRealisation({ baseline: 1, target: 2, plannedDate: '2027-12-31', measurements: [] }, TODAY)).toEqual({ reason: 'noMeasurement', targetReached: false, suggestedStatus: 'Planned' });
    expect(benefitRealisation({ baseline: 1, target: 2, plannedDate: '2027-08-31', measurements: [] }, TODAY).suggestedStatus).toBe('AtRisk');
  });

  it('no figure and no suggestion when baseline equals target or one is missing, with the reason', () => {
    const m = [{ on: '2027-01-01', value: 5 }];
    expect(benefitRealisation({ baseline: 5, target: 5, measurements: m }, TODAY)).toEqual({ latest: m[0], reason: 'baselineEqualsTarget', targetReached: false });
    expect(benefitRealisation({ baseline: undefined, target: 5, measurements: m }, TODAY).reason).toBe('baselineMissing');
    expect(benefitRealisation({ baseline: 1, target: NaN, measurements: m }, TODAY).reason).toBe('targetMissing');
  });

  it('the latest measurement is by day, skipping invalid ones; on the same day the later entry wins', () => {
    expect(latestMeasurement([
      { on: '2027-05-01', value: 1 }, { on: '2027-02-01', value: 2 }, { on: '2027-13-01', value: 3 }, { on: '2027-06-01', value: NaN }, { on: '2027-05-01', value: 4 }
    ])).toEqual({ on: '2027-05-01', value: 4 });
    expect(latestMeasurement([])).toBeUndefined();
  });
});
