/**
 * The qualification plan and the smaller helpers (radar geometry, quarters). Levels and perspectives
 * after AXELOS P3M3 v3 (2015); quarters are calendar quarters (ISO 8601 calendar dates).
 */
import { perPerspective, qualificationPlan, quarterOf, radarPoints, maturityResult, PERSPECTIVES, type IMaturityQuestion, type IPlanModule, type MaturityLevel } from './index';

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

  it('lists the perspectives below target in P3M3 order with modules in (current, target], by level then id', () => {
    expect(qualificationPlan(result, targets, modules)).toEqual([
      { perspective: 'OrganizationalGovernance', current: 2, target: 3, gap: 1, moduleIds: [9, 10] },
      { perspective: 'BenefitsManagement', current: 1, target: 3, gap: 2, moduleIds: [11] },
      { perspective: 'ResourceManagement', current: undefined, target: 3, gap: 3, moduleIds: [15] }
    ]);
  });

  it('nothing when every perspective meets its target; a raised target opens a gap', () => {
    const high = maturityResult(QUESTIONS, { Q0: 4, Q1: 4, Q2: 4, Q3: 4, Q4: 4, Q5: 4, Q6: 4 });
    expect(qualificationPlan(high, targets, modules)).toEqual([]);
    expect(qualificationPlan(high, { ...targets, OrganizationalGovernance: 5 }, modules)).toEqual([
      { perspective: 'OrganizationalGovernance', current: 4, target: 5, gap: 1, moduleIds: [] }
    ]);
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
