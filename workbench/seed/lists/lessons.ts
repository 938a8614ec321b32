/** Lessons: what went well and what to improve, from projects that are closing or closed, and from the PMO's annual review. */
import type { Prince2Stage } from '../../../src/domain/vocabulary';
import { LessonsList } from '../../../src/schema';
import { choiceCodes } from '../choices';
import type { ISeedRow } from '../model';
import type { Rng } from '../prng';
import { row } from '../rows';
import { LESSONS, RECOMMENDATIONS, type Lang } from '../text';
import { PORTFOLIO_REVIEW_NOTE } from '../vocabulary';
import type { IProjectScope } from './scope';

const L = LessonsList.fields;
const lessonCategory = choiceCodes(LessonsList.choices.LessonCategory);
const lessonType = choiceCodes(LessonsList.choices.LessonType);

/** The category of each lesson text (by its position in LESSONS). */
const CATEGORY_OF_LESSON: ReadonlyArray<string> = lessonCategory.many(['Procurement', 'Planning', 'Stakeholders', 'Compliance', 'Team', 'Planning']);

/** Lessons of a project: several when it closed or was cancelled, at most one while in delivery. */
export function projectLessonRows(rng: Rng, p: IProjectScope): ISeedRow[] {
  const { s } = p;
  const texts = LESSONS[p.lang];
  const rows: ISeedRow[] = [];
  const used = new Set<number>();
  const indexes = texts.map((_t, k) => k);
  for (let i = s.lifecycle === 'Closed' ? rng.int(2, 5) : s.lifecycle === 'Cancelled' ? rng.int(1, 3) : s.lifecycle === 'Active' && s.stage === 'Delivery' ? rng.int(0, 1) : 0; i > 0; i--) {
    const t = rng.pickFresh(indexes, used);
    const stage: Prince2Stage = s.stage === 'StartingUp' ? 'Initiation' : rng.pick((['Initiation', 'Delivery', 'Closing'] satisfies Prince2Stage[]).slice(0, s.stage === 'Closing' ? 3 : 2));
    rows.push(row(LessonsList, {
      [L.Title]: texts[t], [L.Project]: p.project, [L.LessonCategory]: CATEGORY_OF_LESSON[t], [L.LessonType]: lessonType(t === 2 || t === 4 ? 'WentWell' : 'ToImprove'),
      [L.Prince2Stage]: stage, [L.Summary]: `${s.title}: ${texts[t]}.`, [L.Recommendation]: rng.pick(RECOMMENDATIONS[p.lang])
    }));
  }
  return rows;
}

/** Organisation-wide lessons (no project): one per 20 projects, at least 2, in the site's language. */
export function organisationLessonRows(rng: Rng, projects: number, lang: Lang): ISeedRow[] {
  const rows: ISeedRow[] = [];
  for (let i = 0; i < Math.max(2, Math.round(projects / 20)); i++) {
    rows.push(row(LessonsList, {
      [L.Title]: rng.pick(LESSONS[lang]),
      [L.LessonCategory]: rng.pick(LessonsList.choices.LessonCategory),
      [L.LessonType]: lessonType(rng.chance(0.4) ? 'WentWell' : 'ToImprove'),
      [L.Summary]: PORTFOLIO_REVIEW_NOTE[lang],
      [L.Recommendation]: rng.pick(RECOMMENDATIONS[lang])
    }));
  }
  return rows;
}
