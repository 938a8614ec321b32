/**
 * The P3M3 maturity self-assessment: MaturityQuestions (the questionnaire: seven perspectives, each
 * question with five answers for levels 1–5, in the five languages), the demo users' own
 * MaturityAssessments over the last three quarters (submitted; the trainee's current one a draft), and
 * MaturityResults, the anonymous sums per department and quarter. The sums count the demo users'
 * submissions plus colleagues outside the demo's directory, so that the organisation view has
 * departments with 5 or more respondents and some with fewer (hidden).
 */
import { MaturityAssessmentsList, MaturityQuestionsList, MaturityResultsList } from '../../../src/schema';
import {
  addContribution, emptyGroupAggregate, maturityResult, PERSPECTIVES, type IGroupAggregate, type IMaturityQuestion, type IMaturityResult
} from '../../../src/domain/maturity';
import { MATURITY_QUESTIONNAIRE, questionTextsJson } from '../maturityQuestionnaire';
import { demoUsers, type IDemoUser } from '../../directory';
import { choiceCodes } from '../choices';
import { user, type ISeedRow } from '../model';
import type { Rng } from '../prng';
import { row } from '../rows';
import { REF_DAY, clamp, iso } from '../shared';
import type { Lang } from '../text';

const Q = MaturityQuestionsList.fields;
const A = MaturityAssessmentsList.fields;
const R = MaturityResultsList.fields;
const perspectiveCode = choiceCodes(MaturityQuestionsList.choices.Perspective);
const assessmentState = choiceCodes(MaturityAssessmentsList.choices.AssessmentState);

/** The questionnaire's questions as the level rule reads them. */
function questionModel(): IMaturityQuestion[] {
  return MATURITY_QUESTIONNAIRE.map(q => ({ key: q.code, perspective: q.perspective, order: q.order }));
}

/** The rows of MaturityQuestions: the whole questionnaire, titled with its question in `lang`, its five languages in QuestionTexts. */
export function maturityQuestionRows(lang: Lang): ISeedRow[] {
  return MATURITY_QUESTIONNAIRE.map(q => row(MaturityQuestionsList, {
    [Q.Title]: q.texts[lang].q.slice(0, 255), [Q.Code]: q.code, [Q.Perspective]: perspectiveCode(q.perspective), [Q.SortOrder]: q.order,
    [Q.IsActive]: true, [Q.QuestionTexts]: questionTextsJson(q)
  }));
}

/** The quarters of the demo's assessments, oldest first; the last one is the reference date's. */
const QUARTERS: ReadonlyArray<{ quarter: string; firstDay: number }> = [
  { quarter: '2026-Q2', firstDay: REF_DAY - 214 },
  { quarter: '2026-Q3', firstDay: REF_DAY - 123 },
  { quarter: '2026-Q4', firstDay: REF_DAY - 31 }
];

/** How many people of a department submitted in each quarter (at least its demo users who did); departments not named: only demo users. */
const RESPONDENTS: Readonly<Record<string, readonly [number, number, number]>> = {
  'Portfolio Management Office': [5, 6, 6],
  'IT Infrastructure': [5, 7, 8],
  'Digital Services': [4, 6, 6],
  Finance: [2, 3, 3]
};

/** The organisation's maturity baseline per department (level), rising by about a third of a level per quarter. */
function baseline(department: string): number {
  return department === 'Portfolio Management Office' ? 2.6 : department === 'IT Infrastructure' ? 2.3 : 1.9;
}

/** One respondent's answers: a level per perspective around the baseline, each question at that level or one above (the lowest is the level). */
function answersFor(rng: Rng, questions: ReadonlyArray<IMaturityQuestion>, base: number): Record<string, number> {
  const answers: Record<string, number> = {};
  for (const p of PERSPECTIVES) {
    const level = clamp(Math.round(rng.normal(base, 0.7)), 1, 5);
    const qs = questions.filter(q => q.perspective === p);
    qs.forEach((q, i) => { answers[q.key] = i === 0 ? level : clamp(level + (rng.chance(0.5) ? 1 : 0), 1, 5); });
  }
  return answers;
}

/** The demo's assessments and the department sums they (and colleagues outside the demo) make. */
export interface IMaturityData {
  assessments: ISeedRow[];
  results: ISeedRow[];
}

/**
 * Every demo user but the site owner and the board assesses themselves each quarter (submitted, in the
 * quarter's first weeks); the trainee's current quarter is a draft with three perspectives answered.
 * None without projects.
 */
export function maturityRows(rng: Rng, projects: number): IMaturityData {
  const out: IMaturityData = { assessments: [], results: [] };
  if (projects === 0) return out;
  const questions = questionModel();
  const sums = new Map<string, IGroupAggregate>();
  const add = (department: string, quarter: string, result: IMaturityResult): void => {
    const key = `${department}|${quarter}`;
    sums.set(key, addContribution(sums.get(key) ?? emptyGroupAggregate(), result, 1));
  };
  const respondents = demoUsers.filter(u => u.role !== 'owner' && u.role !== 'boardMember');
  QUARTERS.forEach((q, qi) => {
    for (const u of respondents) {
      const answers = answersFor(rng, questions, baseline(u.department) + qi * 0.3);
      const draft = u.role === 'trainee' && qi === QUARTERS.length - 1;
      const started = new Set<string>(PERSPECTIVES.slice(0, 3));
      const kept = draft ? Object.fromEntries(questions.filter(x => started.has(x.perspective)).map(x => [x.key, answers[x.key]] as const)) : answers;
      const result = maturityResult(questions, kept);
      out.assessments.push(assessmentRow(u, q.quarter, q.firstDay + rng.int(3, 25), kept, draft ? undefined : result));
      if (!draft) add(u.department, q.quarter, result);
    }
    // Colleagues outside the demo's directory, up to each department's number of respondents.
    for (const [department, counts] of Object.entries(RESPONDENTS)) {
      const key = `${department}|${q.quarter}`;
      while ((sums.get(key)?.respondents ?? 0) < counts[qi]) add(department, q.quarter, maturityResult(questions, answersFor(rng, questions, baseline(department) + qi * 0.3)));
    }
  });
  for (const [key, a] of Array.from(sums.entries()).sort(([x], [y]) => x.localeCompare(y))) {
    const [department, quarter] = key.split('|');
    out.results.push(row(MaturityResultsList, {
      [R.Title]: key, [R.ResultKey]: key, [R.Department]: department, [R.Quarter]: quarter, [R.Respondents]: a.respondents,
      [R.LevelSums]: JSON.stringify(a.levelSums), [R.OverallCounts]: JSON.stringify(a.overallCounts)
    }));
  }
  return out;
}

/** A person's own assessment (authored by them): submitted with its result, or a draft. */
function assessmentRow(u: IDemoUser, quarter: string, day: number, answers: Record<string, number>, submitted: IMaturityResult | undefined): ISeedRow {
  return row(MaturityAssessmentsList, {
    [A.Title]: `${u.displayName} ${quarter}`,
    [A.Respondent]: user(u.userPrincipalName),
    [A.AssessmentDate]: iso(Math.min(day, REF_DAY - 1)),
    [A.AssessmentScope]: 'Self',
    [A.Department]: submitted ? u.department : null,
    [A.OverallLevel]: submitted?.overall ?? null,
    [A.AnswersJson]: JSON.stringify(answers),
    [A.AssessmentState]: assessmentState(submitted ? 'Submitted' : 'Draft'),
    [A.Quarter]: quarter,
    [A.LevelsJson]: submitted ? JSON.stringify(submitted) : null
  }, { author: u.userPrincipalName });
}
