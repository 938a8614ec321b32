/**
 * The Scoring web part's texts built from codes: methods, statuses, directions, WSJF roles, model
 * and score issues, AHP judgements as sentences, and numbers in the user's locale.
 */
import * as strings from 'PmoHubStrings';
import { formatString } from '../../domain/text';
import { formatAmountFor } from '../../domain/numbers';
import { saatyJudgement, type ICriterion, type IModelIssue, type IScoreIssue } from '../../domain/scoring';

/** A loc string by key, the key itself when missing (a test checks every key exists). */
export function text(key: string): string {
  return strings[key] || key;
}

/** A number in the user's locale with at most `decimals` places (grouping as the locale does). */
export function formatNumber(value: number | undefined, locale: string, decimals: number = 2): string {
  return value === undefined || !isFinite(value) ? '–' : formatAmountFor(value, locale, decimals);
}

/** A share 0–1 as a percentage in the user's locale ("30 %" / "30%"). */
export function formatPercent(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** The message of a model issue, naming the criterion where it is about one. */
export function modelIssueText(issue: IModelIssue, criteria: ReadonlyArray<Pick<ICriterion, 'title'>>): string {
  const title = issue.criterion !== undefined ? criteria[issue.criterion]?.title || formatString(strings.Scoring_CriterionN, issue.criterion + 1) : strings.Scoring_ModelTitle;
  return formatString(text(`Scoring_Issue_${issue.code}`), title);
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
