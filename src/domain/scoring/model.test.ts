import { checkScores, modelConfirmations, planModelEdit, validateModel, withAhpWeights, ModelVersionError, type ICriterion, type IModelVersion } from './index';

const c = (id: number, over: Partial<ICriterion> = {}): ICriterion => ({ id, title: `Criterion ${id}`, weight: 50, direction: 'Benefit', scaleMin: 0, scaleMax: 5, levels: [{ value: 0, description: 'None' }, { value: 5, description: 'Decisive' }], role: 'None', ...over });
const version = (over: Partial<IModelVersion> = {}): IModelVersion => ({ id: 7, modelKey: 'SM-0001', version: 2, title: 'Strategic value', method: 'Weighted', status: 'Active', locked: true, criteria: [c(1), c(2)], ...over });

describe('validateModel names the field', () => {
  it('accepts a complete weighted model', () => {
    expect(validateModel(version())).toEqual([]);
  });

  it('names the title, the criterion\'s weight, scale and levels', () => {
    const issues = validateModel(version({ title: ' ', criteria: [c(1, { weight: -1 }), c(2, { scaleMin: 5, scaleMax: 5 }), c(3, { levels: [{ value: 9, description: 'x' }, { value: 9, description: 'y' }] })] }));
    expect(issues).toEqual([
      { field: 'title', code: 'required' },
      { field: 'criteria.0.weight', code: 'weightInvalid', criterion: 0 },
      { field: 'criteria.1.scaleMax', code: 'scaleMaxInvalid', criterion: 1 },
      { field: 'criteria.2.levels.0', code: 'levelOutsideScale', criterion: 2 },
      { field: 'criteria.2.levels.1', code: 'levelOutsideScale', criterion: 2 },
      { field: 'criteria.2.levels.1', code: 'levelDuplicate', criterion: 2 }
    ]);
    expect(validateModel(version({ criteria: [] }))).toEqual([{ field: 'criteria', code: 'noCriteria' }]);
    expect(validateModel(version({ criteria: [c(1, { weight: 0 })] }))).toEqual([{ field: 'criteria.0.weight', code: 'weightsZero', criterion: 0 }]);
  });

  it('names the bound of the scale that is wrong: the lowest or the highest score', () => {
    expect(validateModel(version({ criteria: [c(1, { scaleMin: -1 }), c(2, { scaleMin: 2.5, scaleMax: 101 })] }))).toEqual([
      { field: 'criteria.0.scaleMin', code: 'scaleMinInvalid', criterion: 0 },
      { field: 'criteria.1.scaleMin', code: 'scaleMinInvalid', criterion: 1 },
      { field: 'criteria.1.scaleMax', code: 'scaleMaxInvalid', criterion: 1 }
    ]);
    expect(validateModel(version({ criteria: [c(1, { scaleMin: 4, scaleMax: 3, levels: [] })] }))).toEqual([{ field: 'criteria.0.scaleMax', code: 'scaleMaxInvalid', criterion: 0 }]);
  });

  it('WSJF needs one criterion per role on the 1–20 scale', () => {
    const roles: ICriterion['role'][] = ['BusinessValue', 'TimeCriticality', 'RiskReduction', 'JobSize'];
    const wsjf = version({ method: 'Wsjf', criteria: roles.map((role, i) => c(i + 1, { role, scaleMin: 1, scaleMax: 20, levels: [{ value: 13, description: 'High' }] })) });
    expect(validateModel(wsjf)).toEqual([]);
    expect(validateModel({ ...wsjf, criteria: wsjf.criteria.slice(0, 3) })).toEqual([{ field: 'criteria', code: 'wsjfRoles' }]);
    // WSJF has no weights: the formula is cost of delay / job size, so no weight is asked for or checked.
    expect(validateModel({ ...wsjf, criteria: wsjf.criteria.map(x => ({ ...x, weight: NaN })) })).toEqual([]);
    expect(validateModel({ ...wsjf, criteria: [c(1, { role: 'BusinessValue', levels: [{ value: 4, description: 'x' }], scaleMin: 1, scaleMax: 20 }), ...wsjf.criteria.slice(1)] })).toEqual([{ field: 'criteria.0.levels.0', code: 'levelOutsideScale', criterion: 0 }]);
  });

  it('AHP needs a reciprocal matrix with a row per criterion, and names the cell', () => {
    const ahp = version({ method: 'Ahp', ahpMatrix: [[1, 3], [1 / 3, 1]] });
    expect(validateModel(ahp)).toEqual([]);
    expect(validateModel({ ...ahp, ahpMatrix: [[1]] })).toEqual([{ field: 'ahpMatrix', code: 'matrixSize' }]);
    expect(validateModel({ ...ahp, ahpMatrix: [[1, 3], [3, 1]] })).toEqual([{ field: 'ahpMatrix.2.1', code: 'matrixInvalid' }]);
    expect(withAhpWeights(ahp).map(x => x.weight)).toEqual([75, 25]);
  });
});

describe('modelConfirmations: what a save as Active needs confirmed', () => {
  const three = [c(1, { title: 'Value' }), c(2, { title: 'Urgency' }), c(3, { title: 'Risk' })];
  const contradicting = [[1, 9, 1 / 9], [1 / 9, 1, 9], [9, 1 / 9, 1]];
  it('an Active AHP model above CR 0.10 names the ratio and the most inconsistent pair; a draft saves freely', () => {
    const active = version({ method: 'Ahp', status: 'Active', criteria: three, ahpMatrix: contradicting });
    const found = modelConfirmations(active);
    expect(found).toHaveLength(1);
    expect(found[0].code).toBe('inconsistentAhp');
    expect(found[0].consistencyRatio).toBeGreaterThan(0.1);
    expect([found[0].pair.i, found[0].pair.j]).toEqual([0, 1]);
    expect(modelConfirmations({ ...active, status: 'Draft' })).toEqual([]);
  });

  it('a consistent matrix, another method or an invalid matrix needs no confirmation', () => {
    expect(modelConfirmations(version({ method: 'Ahp', status: 'Active', criteria: three, ahpMatrix: [[1, 3, 9], [1 / 3, 1, 3], [1 / 9, 1 / 3, 1]] }))).toEqual([]);
    expect(modelConfirmations(version({ status: 'Active' }))).toEqual([]);
    expect(modelConfirmations(version({ method: 'Ahp', status: 'Active', criteria: three, ahpMatrix: [[1, 2, 3], [2, 1, 1], [1 / 3, 1, 1]] }))).toEqual([]);
  });
});

describe('planModelEdit: the versioning rule', () => {
  it('changes nothing when nothing changed', () => {
    expect(planModelEdit(version(), version())).toEqual({ kind: 'unchanged' });
  });

  it('edits texts and the status in place, even when locked', () => {
    const plan = planModelEdit(version(), { ...version(), title: 'Strategic value 2027', status: 'Retired', criteria: [c(1, { title: 'Fit', summary: 'Why' }), c(2)] });
    expect(plan).toMatchObject({ kind: 'inPlace', changes: [] });
  });

  it('edits an unlocked version in place, whatever changed', () => {
    const plan = planModelEdit(version({ locked: false }), { ...version(), criteria: [c(1, { weight: 70 }), c(2, { weight: 30 })] });
    expect(plan).toMatchObject({ kind: 'inPlace', changes: ['weight'] });
  });

  it.each([
    ['weight', [c(1, { weight: 70 }), c(2)]],
    ['scale', [c(1, { scaleMax: 10 }), c(2)]],
    ['levels', [c(1, { levels: [{ value: 0, description: 'Nothing' }] }), c(2)]],
    ['direction', [c(1, { direction: 'Cost' }), c(2)]],
    ['criterionAdded', [c(1), c(2), c(0)]],
    ['criterionRemoved', [c(1)]],
    ['criteriaOrder', [c(2), c(1)]]
  ] as Array<[string, ICriterion[]]>)('makes a new version of a locked one for a change of %s', (change, criteria) => {
    const plan = planModelEdit(version(), { ...version(), criteria });
    expect(plan.kind).toBe('newVersion');
    if (plan.kind !== 'newVersion') return;
    expect(plan.changes).toContain(change);
    expect(plan.version).toBe(3);
    expect(plan.next.status).toBe('Active');
    expect(plan.next.criteria.every(x => x.id === 0)).toBe(true);
  });

  it('makes a new version when the method or the AHP matrix changes', () => {
    const ahp = version({ method: 'Ahp', ahpMatrix: [[1, 3], [1 / 3, 1]] });
    expect(planModelEdit(ahp, { ...ahp, ahpMatrix: [[1, 5], [1 / 5, 1]] })).toMatchObject({ kind: 'newVersion', changes: ['matrix'] });
    expect(planModelEdit(version(), { ...version(), method: 'Ahp', ahpMatrix: [[1, 1], [1, 1]] })).toMatchObject({ kind: 'newVersion', changes: ['method', 'matrix'] });
  });

  it('refuses to edit a superseded version', () => {
    expect(() => planModelEdit(version({ status: 'Superseded' }), version())).toThrow(ModelVersionError);
  });
});

describe('checkScores', () => {
  const criteria = [c(1), c(2, { title: 'Risk', direction: 'Cost' })];
  it('lets a draft hold some values, each on its scale', () => {
    expect(checkScores('Weighted', criteria, [10, 11], [{ request: 10, criterion: 1, value: 3 }], 'draft')).toEqual([]);
    expect(checkScores('Weighted', criteria, [10], [{ request: 10, criterion: 2, value: 6 }, { request: 10, criterion: 1, value: 2.5 }], 'draft')).toEqual([
      { request: 10, criterion: 1, code: 'notOnScale' },
      { request: 10, criterion: 2, code: 'outsideScale' }
    ]);
  });

  it('needs every request and criterion to submit, naming each missing one', () => {
    expect(checkScores('Weighted', criteria, [10, 11], [{ request: 10, criterion: 1, value: 3 }, { request: 10, criterion: 2, value: 0 }, { request: 11, criterion: 2, value: 5 }], 'submit')).toEqual([
      { request: 11, criterion: 1, code: 'missing' }
    ]);
  });

  it('refuses requests and criteria that are not the round\'s, values off the WSJF scale and long comments', () => {
    expect(checkScores('Weighted', criteria, [10], [{ request: 99, criterion: 1, value: 1 }, { request: 10, criterion: 99, value: 1 }], 'draft')).toEqual([
      { request: 99, criterion: 1, code: 'unknownRequest' },
      { request: 10, criterion: 99, code: 'unknownCriterion' }
    ]);
    const fib = [c(1, { scaleMin: 1, scaleMax: 20, role: 'BusinessValue' })];
    expect(checkScores('Wsjf', fib, [10], [{ request: 10, criterion: 1, value: 4 }], 'draft')).toEqual([{ request: 10, criterion: 1, code: 'notOnScale' }]);
    expect(checkScores('Weighted', criteria, [10], [{ request: 10, criterion: 1, value: 1, comment: 'x'.repeat(2001) }], 'draft')).toEqual([{ request: 10, criterion: 1, code: 'commentTooLong' }]);
  });
});
