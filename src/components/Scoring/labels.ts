/**
 * The Scoring web part's texts built from codes: methods, statuses, directions, WSJF roles, model
 * and score issues, AHP judgements as sentences, and numbers in the user's locale.
 */
import * as strings from 'PmoHubStrings';
import * as scoringStrings from 'ScoringStrings';
import { formatString } from '../../domain/text';
import { formatAmountFor } from '../../domain/numbers';
import { saatyJudgement, scoreValueIssue, type ICriterion, type IModelIssue, type IScoreIssue, type ScoringMethod } from '../../domain/scoring';
import type { LeftOutReason } from '../../services/ScoringService';

/** A loc string by key, the key itself when missing (a test checks every key exists). */
export function text(key: string): string {
  return scoringStrings[key] || strings[key] || key;
}

/** A number in the user's locale with at most `decimals` places (grouping as the locale does). */
export function formatNumber(value: number | undefined, locale: string, decimals: number = 2): string {
  return value === undefined || !isFinite(value) ? '–' : formatAmountFor(value, locale, decimals);
}

/** A share 0–1 as a percentage in the user's locale ("30 %" / "30%"). */
export function formatPercent(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** A criterion as the model editor names it: its title, or "Criterion 2" while it has none (as its legend shows). */
export function criterionName(criteria: ReadonlyArray<Pick<ICriterion, 'title'>>, index: number): string {
  return criteria[index]?.title.trim() || formatString(scoringStrings.Scoring_CriterionN, index + 1);
}

/** The label of a criterion's field ('title', 'weight', 'scaleMin', 'scaleMax', 'scale', 'levels.<k>'), as the editor shows it. */
function criterionFieldLabel(c: Pick<ICriterion, 'levels'> | undefined, path: ReadonlyArray<string>, locale: string): string {
  switch (path[0]) {
    case 'title': return scoringStrings.Scoring_CriterionTitle;
    case 'weight': return scoringStrings.Scoring_Weight;
    case 'scaleMin': return scoringStrings.Scoring_ScaleMin;
    case 'scaleMax': return scoringStrings.Scoring_ScaleMax;
    case 'levels': return formatString(scoringStrings.Scoring_LevelLabel, formatNumber(c?.levels[Number(path[1])]?.value, locale, 0));
    default: return scoringStrings.Scoring_WsjfScale;
  }
}

/**
 * The name of a model field as the editor shows it (see IModelIssue.field): "Model title",
 * "“Strategic fit” – Weight (0–100)", "Criterion 2 – Criterion title", "“Value” compared with “Risk”".
 */
export function modelFieldName(field: string, criteria: ReadonlyArray<Pick<ICriterion, 'title' | 'levels'>>, locale: string): string {
  const path = field.split('.');
  if (path[0] === 'title') return scoringStrings.Scoring_ModelTitle;
  if (path[0] === 'ahpMatrix') {
    if (path.length < 3) return scoringStrings.Scoring_Ahp_Heading;
    const [a, b] = [Number(path[1]) - 1, Number(path[2]) - 1].sort((x, y) => x - y);
    return formatString(scoringStrings.Scoring_Ahp_PairLabel, criterionName(criteria, a), criterionName(criteria, b));
  }
  if (path.length < 3) return scoringStrings.Scoring_Criteria;
  const i = Number(path[1]);
  const name = criteria[i]?.title.trim() ? formatString(scoringStrings.Scoring_Quoted, criteria[i].title.trim()) : criterionName(criteria, i);
  return formatString(scoringStrings.Scoring_FieldOfCriterion, name, criterionFieldLabel(criteria[i], path.slice(2), locale));
}

/** The message of a model issue: the field as the editor shows it, then what to do ("“Strategic fit” – Weight (0–100): enter a number from 0 to 100."). */
export function modelIssueText(issue: IModelIssue, criteria: ReadonlyArray<Pick<ICriterion, 'title' | 'levels'>>, locale: string): string {
  return formatString(scoringStrings.Scoring_IssueLine, modelFieldName(issue.field, criteria, locale), text(`Scoring_Problem_${issue.code}`));
}

/**
 * A score, or an aggregate of scores (mean, min, max, spread), in the user's locale: at most two
 * decimals, the Scores list's own precision, so a stored value shows as stored ("6.5", "7", "6.75").
 * Every number of a result uses this one format.
 */
export function formatScore(value: number | undefined, locale: string): string {
  return formatNumber(value, locale, 2);
}

/**
 * Whether a stored value is off its criterion's scale (src/domain/scoring scoreValueIssue: between
 * the levels, such as 6.5 on a whole-number scale, or outside it).
 */
export function isOffScale(method: ScoringMethod, c: Pick<ICriterion, 'scaleMin' | 'scaleMax'>, value: number | undefined): boolean {
  return value !== undefined && scoreValueIssue(method, c, value) !== undefined;
}

/**
 * A score as the board reads it: the value with its level's anchored description where the PMO
 * wrote one ("4 – Strong fit"), the value alone otherwise ("4"); "–" for no value. A value off the
 * scale is shown as stored and flagged ("6.5 [not on the scale]"), never rounded to a level. Used
 * wherever a score is shown read-only, in the results and for the choices of the score sheet.
 */
export function levelText(method: ScoringMethod, c: Pick<ICriterion, 'levels' | 'scaleMin' | 'scaleMax'>, value: number | undefined, locale: string): string {
  if (value === undefined || !isFinite(value)) return '–';
  const n = formatScore(value, locale);
  if (isOffScale(method, c, value)) return formatString(scoringStrings.Scoring_OffScaleValue, n);
  const anchor = c.levels.filter(l => l.value === value)[0]?.description;
  return anchor ? `${n} – ${anchor}` : n;
}

/** Why a round's request can no longer be scored ("Decided: approved", "Withdrawn", …). */
export function leftOutText(reason: LeftOutReason | undefined): string {
  return text(`Scoring_LeftOut_${reason ?? 'unavailable'}`);
}

/** The message of a score issue, naming the request and the criterion. */
export function scoreIssueText(issue: IScoreIssue, requestTitle: string, criterionTitle: string): string {
  return formatString(text(`Scoring_ScoreIssue_${issue.code}`), requestTitle, criterionTitle);
}

/**
 * A pairwise judgement a_ij between criteria A (row) and B (column) as a sentence: 5 → "“A” is much
 * more important than “B”", 1/5 → "“B” is much more important than “A”", 1 → "equally important".
 */
export function judgementSentence(value: number, a: string, b: string): string {
  const j = saatyJudgement(value);
  return formatString(text(j.key), j.favoured === 'first' ? a : b, j.favoured === 'first' ? b : a);
}

/** A request as the screens name it: "#12 Customer service chatbot". */
export function requestLabel(id: number, title: string | undefined): string {
  return title ? `#${id} ${title}` : `#${id}`;
}
