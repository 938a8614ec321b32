import { aggregateRound, type ICriterion, type IRoundScore } from './index';

const crit = (id: number, weight: number, scaleMax: number, direction: 'Benefit' | 'Cost' = 'Benefit', role: ICriterion['role'] = 'None', scaleMin = 0): ICriterion =>
  ({ id, title: `C${id}`, weight, direction, scaleMin, scaleMax, levels: [], role });

/** Scores of members 1, 2, 3 (values per criterion, in criterion order) for a request. */
function scores(request: number, criteria: ReadonlyArray<ICriterion>, byMember: Record<number, number[]>): IRoundScore[] {
  return Object.keys(byMember).flatMap(m => byMember[Number(m)].map((value, i) => ({ member: Number(m), request, criterion: criteria[i].id, value })));
}

describe('aggregateRound: a weighted model, worked example', () => {
  // Strategic fit 50 % (0–10), financial benefit 30 % (0–10), delivery risk 20 % (0–5, lower is better).
  const criteria = [crit(11, 50, 10), crit(12, 30, 10), crit(13, 20, 5, 'Cost')];
  const input = {
    method: 'Weighted' as const,
    criteria,
    requests: [101, 102, 103, 104, 105],
    members: [1, 2, 3],
    spreadThreshold: 0.3,
    scores: [
      // means 7, 6, 1 → 0.7, 0.6, 0.8 → 100 · (0.5·0.7 + 0.3·0.6 + 0.2·0.8) = 69
      ...scores(101, criteria, { 1: [8, 6, 1], 2: [6, 6, 1], 3: [7, 6, 1] }),
      // means 8, 3, 0 → 0.8, 0.3, 1 → 40 + 9 + 20 = 69: tied with 101, higher on strategic fit
      ...scores(102, criteria, { 1: [8, 3, 0], 2: [8, 3, 0], 3: [8, 3, 0] }),
      // strategic fit 2, 10, 6: spread 8 of 10 > 0.3 → disagreement; means 6, 6, 1 → 30 + 18 + 16 = 64
      ...scores(103, criteria, { 1: [2, 6, 1], 2: [10, 6, 1], 3: [6, 6, 1] }),
      // scored by members 1 and 2 only: means 6, 5, 2 → 30 + 15 + 12 = 57, incomplete
      ...scores(104, criteria, { 1: [7, 5, 2], 2: [5, 5, 2] }),
      // a member who was not invited is ignored
      ...scores(101, criteria, { 9: [0, 0, 5] })
    ]
  };
  const result = aggregateRound(input);
  const of = (r: number): (typeof result.requests)[number] => result.requests.filter(x => x.request === r)[0];

  it('computes mean, min, max and spread (max − min) per criterion', () => {
    expect(of(103).criteria[0]).toEqual({ criterion: 11, count: 3, mean: 6, min: 2, max: 10, spread: 8, relativeSpread: 0.8, disagreement: true });
    expect(of(101).criteria[2]).toMatchObject({ mean: 1, min: 1, max: 1, spread: 0, disagreement: false });
  });

  it('computes the weighted totals on 0–100 and ranks them, unscored requests last', () => {
    expect(result.requests.map(r => [r.request, r.total === undefined ? undefined : Math.round(r.total * 1000) / 1000, r.rank])).toEqual([
      [102, 69, 1], [101, 69, 2], [103, 64, 3], [104, 57, 4], [105, undefined, 5]
    ]);
  });

  it('breaks the tie on the highest-weight criterion and says so', () => {
    expect(result.ties).toEqual([{ above: 102, below: 101, reason: 'highestWeightCriterion', criterion: 11 }]);
  });

  it('flags disagreement with its criteria, and requests scored by fewer members than invited (never as 0)', () => {
    expect([of(103).disagreement, of(103).disagreementCriteria]).toEqual([true, [11]]);
    expect(of(101).disagreement).toBe(false);
    expect(of(104)).toMatchObject({ incomplete: true, missingMembers: [3], scoredBy: 2 });
    expect(of(104).criteria[0]).toMatchObject({ count: 2, mean: 6 });
    expect(of(105)).toMatchObject({ incomplete: true, missingMembers: [1, 2, 3], scoredBy: 0, total: undefined });
    expect(of(102)).toMatchObject({ incomplete: false, missingMembers: [] });
  });

  it('counts a spread exactly at the threshold as agreement', () => {
    const r = aggregateRound({ ...input, requests: [101], scores: scores(101, criteria, { 1: [4, 5, 2], 2: [7, 5, 2] }) });
    expect(r.requests[0].criteria[0]).toMatchObject({ relativeSpread: 0.3, disagreement: false });
  });

  it('refuses a value off the scale and a threshold outside 0–1', () => {
    expect(() => aggregateRound({ ...input, scores: scores(101, criteria, { 1: [11, 5, 2] }) })).toThrow(/outside the scale 0–10/);
    expect(() => aggregateRound({ ...input, spreadThreshold: 3 })).toThrow(/share of the scale/);
  });
});

describe('aggregateRound: tie-break order', () => {
  const criteria = [crit(1, 50, 10), crit(2, 50, 10)];
  it('then fewer disagreements, then the earlier request number', () => {
    const r = aggregateRound({
      method: 'Weighted', criteria, requests: [7, 8, 9], members: [1, 2], spreadThreshold: 0.5,
      scores: [
        // 7: criterion 2 split 0/10 (disagreement), total 50
        ...scores(7, criteria, { 1: [5, 0], 2: [5, 10] }),
        // 8 and 9: 5/5 each, total 50, no disagreement
        ...scores(8, criteria, { 1: [5, 5], 2: [5, 5] }),
        ...scores(9, criteria, { 1: [5, 5], 2: [5, 5] })
      ]
    });
    expect(r.requests.map(x => x.request)).toEqual([8, 9, 7]);
    expect(r.ties).toEqual([
      { above: 8, below: 9, reason: 'lowerRequestNumber' },
      { above: 9, below: 7, reason: 'fewerDisagreements' }
    ]);
  });
});

describe('aggregateRound: AHP and WSJF models', () => {
  it('AHP: the weights from the matrix, stored on the criteria, make the total', () => {
    const criteria = [crit(1, 75, 5), crit(2, 25, 5)];
    const r = aggregateRound({ method: 'Ahp', criteria, requests: [1], members: [1], spreadThreshold: 0.5, scores: scores(1, criteria, { 1: [4, 2] }) });
    expect(r.requests[0].total).toBeCloseTo(100 * (0.75 * 0.8 + 0.25 * 0.4), 10);
  });

  it('WSJF: cost of delay of the component means over the mean job size; ties go to the smaller job', () => {
    const criteria = [crit(1, 25, 20, 'Benefit', 'BusinessValue', 1), crit(2, 25, 20, 'Benefit', 'TimeCriticality', 1), crit(3, 25, 20, 'Benefit', 'RiskReduction', 1), crit(4, 25, 20, 'Cost', 'JobSize', 1)];
    const r = aggregateRound({
      method: 'Wsjf', criteria, requests: [1, 2, 3], members: [1, 2], spreadThreshold: 0.5,
      scores: [
        // BV 8, TC 5 and 3 (mean 4), RR 3, job size 5 → (8 + 4 + 3) / 5 = 3
        ...scores(1, criteria, { 1: [8, 5, 3, 5], 2: [8, 3, 3, 5] }),
        // (13 + 13 + 5.5) / 10.5 = 3, bigger job
        ...scores(2, criteria, { 1: [13, 13, 3, 8], 2: [13, 13, 8, 13] }),
        // (20 + 20 + 20) / 1 = 60
        ...scores(3, criteria, { 1: [20, 20, 20, 1], 2: [20, 20, 20, 1] })
      ]
    });
    expect(r.requests.map(x => [x.request, x.total])).toEqual([[3, 60], [1, 3], [2, 3]]);
    expect(r.ties).toEqual([{ above: 1, below: 2, reason: 'highestWeightCriterion', criterion: 4 }]);
  });
});
