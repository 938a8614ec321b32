/**
 * The qualification plan and the smaller helpers (radar geometry, quarters). Levels and perspectives
 * after AXELOS P3M3 v3 (2015); quarters are calendar quarters (ISO 8601 calendar dates).
 */
import {
  perPerspective, qualificationPlan, quarterOf, radarPoints, maturityResult, PERSPECTIVES, type IMaturityQuestion, type IPlanModule, type IPlanStep, type IPlanTraining, type MaturityLevel
} from './index';

const QUESTIONS: IMaturityQuestion[] = PERSPECTIVES.map((perspective, i) => ({ key: `Q${i}`, perspective, order: i }));

describe('qualificationPlan', () => {
  // Governance 2, control 3, benefits 1, risk 3, stakeholder 4, finance 3, resource unanswered.
  const result = maturityResult(QUESTIONS, { Q0: 2, Q1: 3, Q2: 1, Q3: 3, Q4: 4, Q5: 3 });
  const targets = perPerspective<MaturityLevel>(() => 3);
  targets.StakeholderManagement = 3;
  const modules: IPlanModule[] = [
    { id: 10, perspectives: ['OrganizationalGovernance'], level: 3, active: true },
    { id: 11, perspectives: ['OrganizationalGovernance', 'BenefitsManagement'], level: 2, active: true },
    { id: 12, perspectives: ['OrganizationalGovernance'], level: 2, active: false },
    { id: 9, perspectives: ['OrganizationalGovernance'], level: 3, active: true },
    { id: 13, perspectives: ['OrganizationalGovernance'], level: 4, active: true },
    { id: 14, perspectives: ['BenefitsManagement'], level: 1, active: true },
    { id: 15, perspectives: ['ResourceManagement'], level: 1, active: true },
    { id: 16, perspectives: ['RiskManagement'], level: 3, active: true }
  ];

  /** Every module has a session to come; nothing completed. */
  const open: IPlanTraining = { sessions: modules.map(m => ({ moduleId: m.id, startUtc: '2027-01-10T08:00:00Z', bookable: true })), completedModuleIds: [] };
  const lines = (plan: IPlanStep[]): Array<Omit<IPlanStep, 'recommendations'>> => plan.map(({ recommendations: _r, ...rest }) => rest);

  it('lists the perspectives below target in P3M3 order with modules in (current, target], by level then id', () => {
    expect(lines(qualificationPlan(result, targets, modules, open))).toEqual([
      { perspective: 'OrganizationalGovernance', current: 2, target: 3, gap: 1, moduleIds: [9, 10] },
      { perspective: 'BenefitsManagement', current: 1, target: 3, gap: 2, moduleIds: [11] },
      { perspective: 'ResourceManagement', current: undefined, target: 3, gap: 3, moduleIds: [15] }
    ]);
  });

  it('nothing when every perspective meets its target; a raised target opens a gap', () => {
    const high = maturityResult(QUESTIONS, { Q0: 4, Q1: 4, Q2: 4, Q3: 4, Q4: 4, Q5: 4, Q6: 4 });
    expect(qualificationPlan(high, targets, modules, open)).toEqual([]);
    expect(lines(qualificationPlan(high, { ...targets, OrganizationalGovernance: 5 }, modules, open))).toEqual([
      { perspective: 'OrganizationalGovernance', current: 4, target: 5, gap: 1, moduleIds: [] }
    ]);
  });
});

describe('qualificationPlan: can the person enrol now?', () => {
  // Worked example: a new project manager at level 1 in management control, target 3. The path "New
  // project manager" (7): step 1 PM basics (1, level 2), step 2 PRINCE2 Foundation (2, level 2), step 3 house
  // standards (3, level 3); outside the path, earned value (4, level 3) and planning (5, level 2).
  const result = maturityResult(QUESTIONS, { Q0: 3, Q1: 1, Q2: 3, Q3: 3, Q4: 3, Q5: 3, Q6: 3 });
  const targets = perPerspective<MaturityLevel>(() => 3);
  const control: IPlanModule = { id: 0, perspectives: ['ManagementControl'], level: 2, active: true };
  const modules: IPlanModule[] = [
    { ...control, id: 1, pathId: 7, pathStep: 1 },
    { ...control, id: 2, pathId: 7, pathStep: 2 },
    { ...control, id: 3, level: 3, pathId: 7, pathStep: 3 },
    { ...control, id: 4, level: 3 },
    { ...control, id: 5 }
  ];
  const at = (moduleId: number, startUtc: string, bookable: boolean = true): { moduleId: number; startUtc: string; bookable: boolean } => ({ moduleId, startUtc, bookable });

  it('a module with a session to come can be enrolled in (the soonest named); one without says "no session planned"; prerequisites met first, then those to enrol in', () => {
    const training: IPlanTraining = {
      sessions: [at(1, '2027-02-01T08:00:00Z'), at(1, '2027-01-15T08:00:00Z'), at(4, '2027-03-01T08:00:00Z'), at(5, '2026-10-01T08:00:00Z', false)],
      completedModuleIds: []
    };
    const [line] = qualificationPlan(result, targets, modules, training);
    expect(line.perspective).toBe('ManagementControl');
    expect(line.recommendations).toEqual([
      { moduleId: 1, availability: { kind: 'enrol', nextStartUtc: '2027-01-15T08:00:00Z' } },
      { moduleId: 4, availability: { kind: 'enrol', nextStartUtc: '2027-03-01T08:00:00Z' } },
      // Module 5's only session has begun: it takes no enrolments.
      { moduleId: 5, availability: { kind: 'noSession' } },
      // Steps 2 and 3 of the path advise step 1 first, and rank after the modules whose prerequisites are met.
      { moduleId: 2, availability: { kind: 'noSession', firstComplete: 1 } },
      { moduleId: 3, availability: { kind: 'noSession', firstComplete: 1 } }
    ]);
    expect(line.moduleIds).toEqual([1, 4, 5, 2, 3]);
  });

  it('a step of a path advises the earliest step not completed and can still be enrolled in (advice, not a bar); completed modules are not recommended again', () => {
    const sessions = modules.map(m => at(m.id, '2027-01-15T08:00:00Z'));
    const afterBasics = qualificationPlan(result, targets, modules, { sessions, completedModuleIds: [1] })[0].recommendations;
    expect(afterBasics).toEqual([
      { moduleId: 2, availability: { kind: 'enrol', nextStartUtc: '2027-01-15T08:00:00Z' } },
      { moduleId: 5, availability: { kind: 'enrol', nextStartUtc: '2027-01-15T08:00:00Z' } },
      { moduleId: 4, availability: { kind: 'enrol', nextStartUtc: '2027-01-15T08:00:00Z' } },
      { moduleId: 3, availability: { kind: 'enrol', nextStartUtc: '2027-01-15T08:00:00Z', firstComplete: 2 } }
    ]);
    // Step 2 done but step 1 not (taken elsewhere): step 3 still names step 1, the earliest missing.
    expect(qualificationPlan(result, targets, modules, { sessions, completedModuleIds: [2] })[0].recommendations.filter(r => r.moduleId === 3))
      .toEqual([{ moduleId: 3, availability: { kind: 'enrol', nextStartUtc: '2027-01-15T08:00:00Z', firstComplete: 1 } }]);
    // Without a session either, both are said.
    expect(qualificationPlan(result, targets, modules, { sessions: [], completedModuleIds: [] })[0].recommendations.filter(r => r.moduleId === 2))
      .toEqual([{ moduleId: 2, availability: { kind: 'noSession', firstComplete: 1 } }]);
  });
});

describe('radarPoints', () => {
  it('first axis up, then clockwise; value / max × radius from the centre (y down, as in SVG)', () => {
    const p = radarPoints([5, 5, 5, 5], 5, 100);
    expect(p).toEqual([{ x: 0, y: -100 }, { x: 100, y: 0 }, { x: 0, y: 100 }, { x: -100, y: 0 }]);
    expect(radarPoints([2.5, 1, undefined, 10], 5, 100)).toEqual([{ x: 0, y: -50 }, { x: 20, y: 0 }, { x: 0, y: 0 }, { x: -100, y: 0 }]);
  });

  it('seven axes at 360/7° apart, all on the circle at max', () => {
    const p = radarPoints([5, 5, 5, 5, 5, 5, 5], 5, 80);
    expect(p).toHaveLength(7);
    for (const q of p) expect(Math.hypot(q.x, q.y)).toBeCloseTo(80, 2);
    expect(p[1].x).toBeCloseTo(80 * Math.sin((2 * Math.PI) / 7), 2);
    expect(p[1].y).toBeCloseTo(-80 * Math.cos((2 * Math.PI) / 7), 2);
  });

  it('refuses a non-positive max or radius', () => {
    expect(() => radarPoints([1], 0, 10)).toThrow(RangeError);
    expect(() => radarPoints([1], 5, -1)).toThrow(RangeError);
  });
});

describe('quarterOf', () => {
  it('calendar quarters', () => {
    expect(quarterOf('2026-01-01')).toBe('2026-Q1');
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(quarterOf('2026-04-01')).toBe('2026-Q2');
    expect(quarterOf('2026-09-30')).toBe('2026-Q3');
    expect(quarterOf('2026-11-30')).toBe('2026-Q4');
  });

  it('refuses what is not a day', () => {
    expect(() => quarterOf('2026-13-01')).toThrow(RangeError);
    expect(() => quarterOf('2026-11-30T10:00:00Z')).toThrow(RangeError);
  });
});
