/**
 * The organisation view's 5-respondent rule and its sums. Groups under MIN_GROUP_SIZE are never shown,
 * so a small department's average cannot be traced to a person (issue 15; the same threshold as
 * minimum-cell-size rules of staff surveys). Levels after AXELOS P3M3 v3 (2015).
 */
import { addContribution, emptyGroupAggregate, groupView, maturityResult, MIN_GROUP_SIZE, PERSPECTIVES, type IMaturityQuestion, type IMaturityResult, type MaturityLevel } from './index';

const QUESTIONS: IMaturityQuestion[] = PERSPECTIVES.map((perspective, i) => ({ key: `Q${i}`, perspective, order: i }));

/** A complete result: perspective i at levels[i]. */
function result(levels: MaturityLevel[]): IMaturityResult {
  const answers: Record<string, number> = {};
  levels.forEach((l, i) => { answers[`Q${i}`] = l; });
  return maturityResult(QUESTIONS, answers);
}

const R3 = result([3, 3, 4, 3, 5, 3, 3]); // overall 3
const R2 = result([2, 3, 3, 3, 3, 3, 4]); // overall 2
const R4 = result([4, 4, 4, 4, 4, 5, 5]); // overall 4

describe('the 5-respondent rule', () => {
  it('is 5', () => {
    expect(MIN_GROUP_SIZE).toBe(5);
  });

  it('4 respondents: hidden (only the count); 5: shown with averages per perspective and overall', () => {
    let a = emptyGroupAggregate();
    for (const r of [R3, R3, R2, R4]) a = addContribution(a, r, 1);
    expect(groupView(a)).toEqual({ shown: false, respondents: 4 });
    a = addContribution(a, R3, 1);
    const v = groupView(a);
    expect(v.shown).toBe(true);
    if (!v.shown) return;
    expect(v.respondents).toBe(5);
    // Overall levels 3, 3, 2, 4, 3 → 15 / 5 = 3; governance 3, 3, 2, 4, 3 → 3; stakeholder 5, 5, 3, 4, 5 → 4.4.
    expect(v.averages.overall).toBe(3);
    expect(v.averages.OrganizationalGovernance).toBe(3);
    expect(v.averages.StakeholderManagement).toBeCloseTo(4.4, 10);
    expect(v.averages.ResourceManagement).toBeCloseTo(3.6, 10);
    expect(a.overallCounts).toEqual([0, 1, 3, 1, 0]);
  });

  it('a resubmission subtracts the previous contribution: the count stays, the sums move', () => {
    let a = emptyGroupAggregate();
    for (const r of [R3, R3, R3, R2, R4]) a = addContribution(a, r, 1);
    expect(a.respondents).toBe(5);
    expect(a.levelSums.overall).toBe(15);
    // The respondent who answered R2 resubmits with R4.
    a = addContribution(addContribution(a, R2, -1), R4, 1);
    expect(a.respondents).toBe(5);
    expect(a.levelSums.overall).toBe(17);
    expect(a.levelSums.OrganizationalGovernance).toBe(3 + 3 + 3 + 4 + 4);
    expect(a.overallCounts).toEqual([0, 0, 3, 2, 0]);
    // Taking one away again (e.g. a withdrawn submission) drops the group under 5: hidden.
    expect(groupView(addContribution(a, R4, -1))).toEqual({ shown: false, respondents: 4 });
  });

  it('does not change the aggregate it is given', () => {
    const a = emptyGroupAggregate();
    addContribution(a, R3, 1);
    expect(a).toEqual(emptyGroupAggregate());
  });

  it('refuses an incomplete result and taking away what is not there', () => {
    const incomplete = maturityResult(QUESTIONS, { Q0: 3 });
    expect(() => addContribution(emptyGroupAggregate(), incomplete, 1)).toThrow(RangeError);
    expect(() => addContribution(emptyGroupAggregate(), R3, -1)).toThrow(RangeError);
    expect(() => addContribution(addContribution(emptyGroupAggregate(), R3, 1), R4, -1)).toThrow(RangeError);
  });
});
