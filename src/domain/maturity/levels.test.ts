/**
 * The level rule on worked examples. Source: AXELOS, P3M3 version 3 (2015), "P3M3 model overview":
 * the maturity levels are cumulative — a level is attained only when all of its attributes are met —
 * so a perspective is at the lowest level any of its questions shows, and the organisation overall at
 * the lowest level of its seven perspectives.
 */
import { maturityResult, PERSPECTIVES, type IMaturityQuestion, type Perspective } from './index';

const CODES: Record<Perspective, string> = {
  OrganizationalGovernance: 'OG', ManagementControl: 'MC', BenefitsManagement: 'BM', RiskManagement: 'RM',
  StakeholderManagement: 'SM', FinanceManagement: 'FM', ResourceManagement: 'RS'
};

/** Three questions per perspective, as the shipped questionnaire has. */
const QUESTIONS: IMaturityQuestion[] = [];
PERSPECTIVES.forEach((perspective, pi) => {
  for (const n of [1, 2, 3]) QUESTIONS.push({ key: `${CODES[perspective]}${n}`, perspective, order: pi * 10 + n });
});

/** Answers giving every question of a perspective the same level. */
function all(level: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const q of QUESTIONS) out[q.key] = level;
  return out;
}

describe('maturityResult', () => {
  it('a perspective is at its LOWEST answer: governance answered 4, 3, 5 is level 3', () => {
    const r = maturityResult(QUESTIONS, { ...all(4), OG1: 4, OG2: 3, OG3: 5 });
    expect(r.perspectives.OrganizationalGovernance).toBe(3);
    expect(r.perspectives.ManagementControl).toBe(4);
    expect(r.overall).toBe(3);
    expect(r.answered.OrganizationalGovernance).toEqual({ answered: 3, total: 3 });
  });

  it('overall is the lowest perspective: one perspective at 2, the rest at 4 or 5 → overall 2', () => {
    const r = maturityResult(QUESTIONS, { ...all(5), MC1: 4, MC2: 4, MC3: 4, RM1: 2, RM2: 5, RM3: 3 });
    expect(r.perspectives).toEqual({
      OrganizationalGovernance: 5, ManagementControl: 4, BenefitsManagement: 5, RiskManagement: 2,
      StakeholderManagement: 5, FinanceManagement: 5, ResourceManagement: 5
    });
    expect(r.overall).toBe(2);
  });

  it('a perspective with an unanswered question has no level, and then there is no overall level', () => {
    const answers = all(3);
    delete answers.BM2;
    const r = maturityResult(QUESTIONS, answers);
    expect(r.perspectives.BenefitsManagement).toBeUndefined();
    expect(r.answered.BenefitsManagement).toEqual({ answered: 2, total: 3 });
    expect(r.perspectives.RiskManagement).toBe(3);
    expect(r.overall).toBeUndefined();
  });

  it('overall stays undefined until all seven perspectives have a level; the seventh completes it', () => {
    const answers: Record<string, number> = {};
    let r = maturityResult(QUESTIONS, answers);
    expect(r.overall).toBeUndefined();
    expect(PERSPECTIVES.every(p => r.perspectives[p] === undefined)).toBe(true);
    PERSPECTIVES.forEach((p, i) => {
      for (const q of QUESTIONS.filter(x => x.perspective === p)) answers[q.key] = 5 - (i % 3);
      r = maturityResult(QUESTIONS, answers);
      expect(r.overall).toBe(i === PERSPECTIVES.length - 1 ? 3 : undefined);
    });
  });

  it('an answer outside 1–5 (0, 6, 2.5, NaN) counts as unanswered; answers to questions not asked are ignored', () => {
    for (const bad of [0, 6, 2.5, NaN]) {
      const r = maturityResult(QUESTIONS, { ...all(4), FM1: bad, XX9: 1 });
      expect(r.perspectives.FinanceManagement).toBeUndefined();
      expect(r.answered.FinanceManagement.answered).toBe(2);
      expect(r.overall).toBeUndefined();
    }
    expect(maturityResult(QUESTIONS, { ...all(4), XX9: 1 }).overall).toBe(4);
  });

  it('a perspective without questions (all deactivated) has no level; a question listed twice counts once', () => {
    const withoutFinance = QUESTIONS.filter(q => q.perspective !== 'FinanceManagement');
    const r = maturityResult([...withoutFinance, withoutFinance[0]], all(2));
    expect(r.answered.FinanceManagement).toEqual({ answered: 0, total: 0 });
    expect(r.perspectives.FinanceManagement).toBeUndefined();
    expect(r.answered.OrganizationalGovernance).toEqual({ answered: 3, total: 3 });
    expect(r.overall).toBeUndefined();
  });
});
