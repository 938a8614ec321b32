/**
 * P3M3's vocabulary (AXELOS, P3M3 version 3, 2015): the seven perspectives the model assesses and the
 * five maturity levels. The codes are the stored values of MaturityQuestions.Perspective,
 * TrainingModules.MaturityPerspectives and the keys of MaturityResults.LevelSums.
 */

/** The seven P3M3 perspectives, in the model's order. */
export type Perspective =
  | 'OrganizationalGovernance'
  | 'ManagementControl'
  | 'BenefitsManagement'
  | 'RiskManagement'
  | 'StakeholderManagement'
  | 'FinanceManagement'
  | 'ResourceManagement';

/** The perspectives in P3M3's order (the radar's axes run clockwise in this order, the first at the top). */
export const PERSPECTIVES: ReadonlyArray<Perspective> = [
  'OrganizationalGovernance',
  'ManagementControl',
  'BenefitsManagement',
  'RiskManagement',
  'StakeholderManagement',
  'FinanceManagement',
  'ResourceManagement'
];

/** A P3M3 maturity level: 1 Awareness, 2 Repeatable, 3 Defined, 4 Managed, 5 Optimized. */
export type MaturityLevel = 1 | 2 | 3 | 4 | 5;

/** The levels, lowest first. */
export const MATURITY_LEVELS: ReadonlyArray<MaturityLevel> = [1, 2, 3, 4, 5];

/** P3M3's English names of the levels (the UI shows its own localised strings). */
export const MATURITY_LEVEL_NAMES: Readonly<Record<MaturityLevel, string>> = {
  1: 'Awareness',
  2: 'Repeatable',
  3: 'Defined',
  4: 'Managed',
  5: 'Optimized'
};

/** Whether a value is one of the seven perspective codes. */
export function isPerspective(value: unknown): value is Perspective {
  return typeof value === 'string' && PERSPECTIVES.indexOf(value as Perspective) >= 0;
}

/** Whether a value is a maturity level: an integer 1–5. */
export function isMaturityLevel(value: unknown): value is MaturityLevel {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** A record with one value per perspective, made by `f`. */
export function perPerspective<T>(f: (p: Perspective) => T): Record<Perspective, T> {
  const out = {} as Record<Perspective, T>;
  for (const p of PERSPECTIVES) out[p] = f(p);
  return out;
}
