/**
 * The project management maturity assessment: MaturityQuestions (five levels per dimension,
 * P3M3-style) and completed MaturityAssessments, which improve over the last two years.
 */
import { MaturityAssessmentsList, MaturityQuestionsList } from '../../../src/schema';
import { demoUsers } from '../../directory';
import { choiceCodes } from '../choices';
import { jsonRef, user, type ISeedRow } from '../model';
import type { Rng } from '../prng';
import { MATURITY_DIMENSIONS, OFFICERS } from '../reference';
import { MATURITY_TEXTS, maturityQuestion } from '../referenceTexts';
import { row } from '../rows';
import { REF_DAY, clamp, iso } from '../shared';
import type { Lang } from '../text';
import { departmentName } from '../vocabulary';

const Q = MaturityQuestionsList.fields;
const A = MaturityAssessmentsList.fields;
const maturityDimension = choiceCodes(MaturityQuestionsList.choices.MaturityDimension);
const assessmentScope = choiceCodes(MaturityAssessmentsList.choices.AssessmentScope);

/** Levels per dimension. */
const LEVELS = 5;

/** The row of the question of a dimension (by its position in MATURITY_DIMENSIONS) and level (1–5). */
function questionIndex(dimension: number, level: number): number {
  return dimension * LEVELS + level - 1;
}

/** The rows of MaturityQuestions: each dimension's levels 1–5, in order, asked in `lang`. */
export function maturityQuestionRows(lang: Lang): ISeedRow[] {
  const t = MATURITY_TEXTS[lang];
  const rows: ISeedRow[] = [];
  MATURITY_DIMENSIONS.forEach(([dim, abbr], di) => {
    for (let level = 1; level <= LEVELS; level++) {
      rows.push(row(MaturityQuestionsList, {
        [Q.Title]: maturityQuestion(lang, dim, level), [Q.Code]: `${abbr}-${level}`, [Q.MaturityDimension]: maturityDimension(dim), [Q.MaturityLevel]: level,
        [Q.Guidance]: t.guidance(level, t.dimensions[dim]), [Q.SortOrder]: di * 10 + level, [Q.IsActive]: true
      }));
    }
  });
  return rows;
}

/** One assessment per 4 projects (at least 12; none without projects), by everyone but the board; some PMO ones assess the organisation. */
export function maturityAssessmentRows(rng: Rng, projects: number, lang: Lang): ISeedRow[] {
  const count = projects === 0 ? 0 : Math.max(12, Math.round(projects / 4));
  const respondents = demoUsers.filter(u => u.role !== 'boardMember');
  const rows: ISeedRow[] = [];
  for (let i = 0; i < count; i++) {
    const u = respondents[i % respondents.length];
    const day = REF_DAY - rng.int(0, 720);
    const org = (u.role === 'pmoOfficer' || u.role === 'owner') && rng.chance(0.4);
    const progress = (720 - (REF_DAY - day)) / 720; // the organisation matures over time
    const levels = MATURITY_DIMENSIONS.map(() => clamp(Math.round(rng.normal(2.2 + progress * 0.9, 0.6)), 1, 5));
    const answers = levels.flatMap((lv, di) => Array.from({ length: LEVELS }, (_, li) => ({ question: jsonRef(MaturityQuestionsList, questionIndex(di, li + 1)), met: li + 1 <= lv })));
    rows.push(row(MaturityAssessmentsList, {
      [A.Title]: `${org ? MATURITY_TEXTS[lang].organisation : MATURITY_TEXTS[lang].self} – ${u.displayName} – ${iso(day).slice(0, 10)}`,
      [A.Respondent]: user(u.userPrincipalName),
      [A.AssessmentDate]: iso(day),
      [A.AssessmentScope]: assessmentScope(org ? 'Organisation' : 'Self'),
      [A.Department]: departmentName(lang, u.department),
      [A.OverallLevel]: Math.round((levels.reduce((s, x) => s + x, 0) / levels.length) * 10) / 10,
      [A.AnswersJson]: { json: answers }
    }, { author: u.role === 'reader' ? rng.pick(OFFICERS).userPrincipalName : u.userPrincipalName }));
  }
  return rows;
}
