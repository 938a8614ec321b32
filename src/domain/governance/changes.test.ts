import { CHANGE_STATUSES, changeRebaseline, checkChangeTransition, nextChangeStates, type IChangeRequest } from './index';

/*
 * The flow is the issue's (raised → assessed → approved / rejected, then implemented); PRINCE2 2017's
 * Change theme (AXELOS) runs a request for change through capture, assess, propose, decide, implement
 * (from memory). "Raised" is the stored code Submitted.
 */
describe('change request flow', () => {
  it('lists the next states of each state', () => {
    expect(CHANGE_STATUSES.map(s => [s, nextChangeStates(s)])).toEqual([
      ['Submitted', ['Assessed']],
      ['Assessed', ['Approved', 'Rejected']],
      ['Approved', ['Implemented']],
      ['Rejected', []],
      ['Implemented', []]
    ]);
    expect(nextChangeStates('Raised')).toEqual([]);
  });

  it('allows exactly the steps of the flow', () => {
    const allowed = CHANGE_STATUSES.flatMap(from => CHANGE_STATUSES.filter(to => checkChangeTransition(from, to).length === 0).map(to => `${from}>${to}`));
    expect(allowed).toEqual(['Submitted>Assessed', 'Assessed>Approved', 'Assessed>Rejected', 'Approved>Implemented']);
  });

  it('names the problem: skipping assessment, reopening, same state, unknown codes', () => {
    expect(checkChangeTransition('Submitted', 'Approved')).toEqual([{ code: 'transitionNotAllowed', field: 'to' }]);
    expect(checkChangeTransition('Rejected', 'Assessed')).toEqual([{ code: 'transitionNotAllowed', field: 'to' }]);
    expect(checkChangeTransition('Assessed', 'Assessed')).toEqual([{ code: 'sameStatus', field: 'to' }]);
    expect(checkChangeTransition('Raised', 'Done')).toEqual([{ code: 'unknownStatus', field: 'from' }, { code: 'unknownStatus', field: 'to' }]);
  });
});

describe('re-baselining from an approved change', () => {
  const milestones = [
    { id: 1, baselineDate: '2027-02-15' },
    { id: 2, baselineDate: '2027-06-30' },
    { id: 3 }
  ];
  const change: IChangeRequest = { id: 42, status: 'Approved', scopeImpact: 'Add NIS2 reporting', scheduleImpactDays: 14, costImpact: 25000, milestoneIds: [1, 2] };

  it('moves the named milestones by the schedule impact and the budget by the cost impact', () => {
    expect(changeRebaseline(change, milestones, 400000)).toEqual({
      ok: true,
      rebaseline: {
        changeId: 42,
        milestones: [
          { milestoneId: 1, previousBaseline: '2027-02-15', newBaseline: '2027-03-01' },
          { milestoneId: 2, previousBaseline: '2027-06-30', newBaseline: '2027-07-14' }
        ],
        budget: { previousPlanned: 400000, newPlanned: 425000, delta: 25000 }
      }
    });
  });

  it('handles a schedule gain and a saving; no entries for a zero impact', () => {
    const gain = changeRebaseline({ ...change, scheduleImpactDays: -20, costImpact: -5000, milestoneIds: [1] }, milestones, 100);
    expect(gain).toEqual({ ok: true, rebaseline: { changeId: 42, milestones: [{ milestoneId: 1, previousBaseline: '2027-02-15', newBaseline: '2027-01-26' }], budget: { previousPlanned: 100, newPlanned: -4900, delta: -5000 } } });
    expect(changeRebaseline({ ...change, scheduleImpactDays: 0, costImpact: 0, milestoneIds: [3, 9] }, milestones, 100)).toEqual({ ok: true, rebaseline: { changeId: 42, milestones: [] } });
  });

  it('refuses a change that is not approved, bad impacts, unknown or undated milestones', () => {
    expect(changeRebaseline({ ...change, status: 'Assessed' }, milestones)).toEqual({ ok: false, problems: [{ code: 'notApproved', field: 'status' }] });
    expect(changeRebaseline({ ...change, scheduleImpactDays: 1.5, costImpact: NaN, milestoneIds: [] }, milestones)).toEqual({
      ok: false, problems: [{ code: 'scheduleImpactNotInteger', field: 'scheduleImpactDays' }, { code: 'costImpactInvalid', field: 'costImpact' }]
    });
    expect(changeRebaseline({ ...change, milestoneIds: [1, 3, 9, 9] }, milestones)).toEqual({
      ok: false,
      problems: [
        { code: 'milestoneNotFound', field: 'milestoneIds', milestoneIds: [9] },
        { code: 'milestoneWithoutBaseline', field: 'milestoneIds', milestoneIds: [3] }
      ]
    });
  });
});
