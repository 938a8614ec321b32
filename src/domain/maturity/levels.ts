/**
 * The level rule of P3M3 version 3 (AXELOS 2015): levels are cumulative — an organisation is at a level
 * only when it meets all of that level's attributes (and those of the levels below). PMO Hub applies
 * it to the self-assessment: a question's answer is a level 1–5; a perspective's level is the LOWEST
 * answer among its questions; the overall level is the LOWEST perspective level.
 */
import { isMaturityLevel, perPerspective, PERSPECTIVES, type MaturityLevel, type Perspective } from './vocabulary';

/** A question of the assessment: `key` is its code (MaturityQuestions.Code, e.g. 'OG1'). */
export interface IMaturityQuestion {
  key: string;
  perspective: Perspective;
  /** Order within the questionnaire (MaturityQuestions.SortOrder). */
  order: number;
}

/** The result of one assessment (stored as MaturityAssessments.LevelsJson). */
export interface IMaturityResult {
  /** Each perspective's level; undefined while one of its questions is unanswered (or it has none). */
  perspectives: Record<Perspective, MaturityLevel | undefined>;
  /** The lowest perspective level; undefined until all seven perspectives have a level. */
  overall: MaturityLevel | undefined;
  /** Progress per perspective: questions answered and questions asked. */
  answered: Record<Perspective, { answered: number; total: number }>;
}

/**
 * The levels of an assessment.
 * @param questions the questions asked (active ones); a key listed twice counts once.
 * @param answers question key → level 1–5 (MaturityAssessments.AnswersJson). A value that is not an
 *   integer 1–5 counts as unanswered; keys of questions not asked are ignored.
 * @returns per perspective the lowest answer when all its questions are answered (a perspective without
 *   questions has no level), overall the lowest perspective level when all seven have one.
 */
export function maturityResult(questions: ReadonlyArray<IMaturityQuestion>, answers: Readonly<Record<string, number>>): IMaturityResult {
  const seen = new Set<string>();
  const answered = perPerspective(() => ({ answered: 0, total: 0 }));
  const lowest = perPerspective<MaturityLevel | undefined>(() => undefined);
  for (const q of questions) {
    if (seen.has(q.key)) continue;
    seen.add(q.key);
    const progress = answered[q.perspective];
    progress.total++;
    const a = Object.prototype.hasOwnProperty.call(answers, q.key) ? answers[q.key] : undefined;
    if (!isMaturityLevel(a)) continue;
    progress.answered++;
    const low = lowest[q.perspective];
    lowest[q.perspective] = low === undefined || a < low ? a : low;
  }
  const perspectives = perPerspective(p => (answered[p].total > 0 && answered[p].answered === answered[p].total ? lowest[p] : undefined));
  let overall: MaturityLevel | undefined;
  for (const p of PERSPECTIVES) {
    const level = perspectives[p];
    if (level === undefined) {
      overall = undefined;
      break;
    }
    overall = overall === undefined || level < overall ? level : overall;
  }
  return { perspectives, overall, answered };
}

/** Whether a result has a level for every perspective and overall (it may then be added to a group). */
export function isCompleteResult(r: IMaturityResult): boolean {
  return r.overall !== undefined && PERSPECTIVES.every(p => r.perspectives[p] !== undefined);
}
