import { AhpMatrixError, ahpWeights, CONSISTENCY_THRESHOLD, identityMatrix, mostInconsistentPair, RANDOM_INDEX, saatyJudgement, saatyScale, SAATY_VALUES, withJudgement } from './index';

/**
 * Saaty's drinks matrix: "Which drink is consumed more in the U.S.?" (coffee, wine, tea, beer, sodas,
 * milk, water). T. L. Saaty, "Decision making with the analytic hierarchy process", Int. J. Services
 * Sciences 1(1), 2008, pp. 83–98 (the drinks example): eigenvector .177 .019 .042 .116 .190 .129 .327,
 * C.R. = .022 (also in Saaty, "On the measurement of intangibles", Notices of the AMS 60(2), 2013, p. 195).
 */
const DRINKS = [
  [1, 9, 5, 2, 1, 1, 1 / 2],
  [1 / 9, 1, 1 / 3, 1 / 9, 1 / 9, 1 / 9, 1 / 9],
  [1 / 5, 3, 1, 1 / 3, 1 / 4, 1 / 3, 1 / 9],
  [1 / 2, 9, 3, 1, 1 / 2, 1, 1 / 3],
  [1, 9, 4, 2, 1, 2, 1 / 2],
  [1, 9, 3, 1, 1 / 2, 1, 1 / 3],
  [2, 9, 9, 3, 2, 3, 1]
];

/**
 * Saaty's house example: eight criteria of a family buying a house (size, transportation,
 * neighbourhood, age, yard space, modern facilities, general condition, financing). T. L. Saaty,
 * "How to make a decision: The Analytic Hierarchy Process", European Journal of Operational Research
 * 48 (1990), pp. 9–26 (the house example, the criteria's matrix): priority vector .173 .054 .188 .018 .031 .036 .167 .333,
 * λmax = 9.669, C.I. = 0.238, C.R. = 0.169.
 */
const HOUSE = [
  [1, 5, 3, 7, 6, 6, 1 / 3, 1 / 4],
  [1 / 5, 1, 1 / 3, 5, 3, 3, 1 / 5, 1 / 7],
  [1 / 3, 3, 1, 6, 3, 4, 6, 1 / 5],
  [1 / 7, 1 / 5, 1 / 6, 1, 1 / 3, 1 / 4, 1 / 7, 1 / 8],
  [1 / 6, 1 / 3, 1 / 3, 3, 1, 1 / 2, 1 / 5, 1 / 6],
  [1 / 6, 1 / 3, 1 / 4, 4, 2, 1, 1 / 5, 1 / 6],
  [3, 5, 1 / 6, 7, 5, 5, 1, 1 / 2],
  [4, 7, 5, 8, 6, 6, 2, 1]
];

const to3 = (xs: number[]): string[] => xs.map(x => x.toFixed(3));

describe('ahpWeights on published matrices', () => {
  it('reproduces Saaty\'s drinks matrix: weights and CR to 3 decimals', () => {
    const r = ahpWeights(DRINKS);
    expect(to3(r.weights)).toEqual(['0.177', '0.019', '0.042', '0.116', '0.190', '0.129', '0.327']);
    expect(r.consistencyRatio.toFixed(3)).toBe('0.022');
    expect(r.weights.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
  });

  it('reproduces Saaty\'s house example: weights, λmax and CR to 3 decimals (an inconsistent matrix: CR above 0.10)', () => {
    const r = ahpWeights(HOUSE);
    expect(to3(r.weights)).toEqual(['0.173', '0.054', '0.188', '0.018', '0.031', '0.036', '0.167', '0.333']);
    expect(r.lambdaMax.toFixed(3)).toBe('9.669');
    expect(r.consistencyRatio.toFixed(3)).toBe('0.169');
    expect(r.consistencyRatio).toBeGreaterThan(CONSISTENCY_THRESHOLD);
  });

  it('gives exact weights, λmax = n and CR 0 for a consistent matrix', () => {
    const w = [0.5, 0.3, 0.2];
    const m = w.map(a => w.map(b => a / b));
    const r = ahpWeights(m);
    r.weights.forEach((x, i) => expect(x).toBeCloseTo(w[i], 12));
    expect(r.lambdaMax).toBeCloseTo(3, 10);
    expect(r.consistencyRatio).toBeCloseTo(0, 10);
  });

  it('gives CR 0 for one and two criteria, and uses Saaty\'s random index for n = 3 … 15', () => {
    expect(ahpWeights([[1]])).toEqual({ weights: [1], lambdaMax: 1, consistencyRatio: 0 });
    const two = ahpWeights([[1, 3], [1 / 3, 1]]);
    expect(to3(two.weights)).toEqual(['0.750', '0.250']);
    expect(two.consistencyRatio).toBe(0);
    expect(RANDOM_INDEX).toHaveLength(15);
    expect(RANDOM_INDEX.slice(2, 10)).toEqual([0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49]);
  });

  it('accepts judgements stored with three decimals (1/3 as 0.333)', () => {
    const stored = DRINKS.map(r => r.map(x => Math.round(x * 1000) / 1000));
    expect(to3(ahpWeights(stored).weights)).toEqual(to3(ahpWeights(DRINKS).weights));
  });
});

describe('ahpWeights refuses a matrix it cannot use, naming the cell', () => {
  const cases: Array<[string, number[][], string, RegExp]> = [
    ['empty', [], 'empty', /empty/],
    ['not square', [[1, 2], [0.5]], 'notSquare', /Row 2 .* has 1 cells/],
    ['zero', [[1, 0], [2, 1]], 'notPositive', /cell \(1, 2\) is 0/],
    ['negative', [[1, 2, 3], [0.5, 1, -2], [1 / 3, -0.5, 1]], 'notPositive', /cell \(2, 3\) is -2/],
    ['NaN', [[1, NaN], [1, 1]], 'notFinite', /cell \(1, 2\) is NaN/],
    ['Infinity', [[1, 2], [Infinity, 1]], 'notFinite', /cell \(2, 1\) is Infinity/],
    ['diagonal', [[1, 2], [0.5, 2]], 'diagonalNotOne', /cell \(2, 2\) is 2/],
    ['not reciprocal', [[1, 3, 5], [1 / 3, 1, 2], [1 / 5, 1 / 3, 1]], 'notReciprocal', /cell \(3, 2\) is 0\.333.* cell \(2, 3\) is 2/]
  ];
  it.each(cases)('%s', (_name, m, problem, message) => {
    let err: unknown;
    try { ahpWeights(m); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(AhpMatrixError);
    expect((err as AhpMatrixError).problem).toBe(problem);
    expect((err as Error).message).toMatch(message);
  });

  it('refuses more than 15 criteria', () => {
    expect(() => ahpWeights(identityMatrix(16))).toThrow(/at most 15/);
  });
});

describe('mostInconsistentPair', () => {
  it('names the house example\'s neighbourhood vs general condition judgement (6, where the weights imply 1.13)', () => {
    const r = ahpWeights(HOUSE);
    const p = mostInconsistentPair(HOUSE, r.weights);
    expect(p).toMatchObject({ i: 2, j: 6, judgement: 6 });
    expect(p?.implied.toFixed(2)).toBe('1.13');
  });

  it('finds a pair made inconsistent on purpose', () => {
    const w = [0.4, 0.3, 0.2, 0.1];
    const consistent = w.map(a => w.map(b => a / b));
    const broken = withJudgement(consistent, 1, 3, 1 / 3);
    const p = mostInconsistentPair(broken, ahpWeights(broken).weights);
    expect([p?.i, p?.j]).toEqual([1, 3]);
    expect(p?.ratio).toBeLessThan(1);
  });

  it('is undefined for one criterion and refuses weights that do not fit', () => {
    expect(mostInconsistentPair([[1]], [1])).toBeUndefined();
    expect(() => mostInconsistentPair(HOUSE, [0.5, 0.5])).toThrow(/one per row/);
  });
});

describe('Saaty\'s verbal scale', () => {
  it('has nine intensities with loc keys, and 17 values from 1/9 to 9', () => {
    expect(saatyScale.map(s => s.value)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(saatyScale[4].key).toBe('Ahp_Judgement_5');
    expect(SAATY_VALUES).toHaveLength(17);
    expect(SAATY_VALUES[0]).toBeCloseTo(1 / 9);
  });

  it('phrases a judgement and its reciprocal with the favoured criterion first', () => {
    expect(saatyJudgement(5)).toEqual({ key: 'Ahp_Judgement_5', favoured: 'first', intensity: 5 });
    expect(saatyJudgement(1 / 5)).toEqual({ key: 'Ahp_Judgement_5', favoured: 'second', intensity: 5 });
    expect(saatyJudgement(0.333)).toMatchObject({ favoured: 'second', intensity: 3 });
    expect(saatyJudgement(1)).toEqual({ key: 'Ahp_Judgement_1', favoured: 'first', intensity: 1 });
    expect(() => saatyJudgement(0)).toThrow(/positive/);
  });

  it('keeps the reciprocal in step when a judgement is set', () => {
    const m = withJudgement(identityMatrix(3), 0, 2, 7);
    expect(m[0][2]).toBe(7);
    expect(m[2][0]).toBeCloseTo(1 / 7);
    expect(() => withJudgement(m, 1, 1, 3)).toThrow(/No pairwise judgement/);
  });
});
