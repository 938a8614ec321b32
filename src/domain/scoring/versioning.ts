/**
 * The versioning rule of scoring models, pure: a round locks the version it scores with, and a
 * later change of what the ranking depends on (criteria, weights, scales and their anchors,
 * directions, WSJF roles, the method or the AHP matrix) makes a new version, so that no past
 * round's ranking changes silently. Texts (title, summaries, criterion titles) and the status change
 * in place.
 */
import type { ICriterion, IModelContent, IModelVersion } from './model';

/** What a change touches that the ranking depends on. */
export type StructuralChange = 'method' | 'criterionAdded' | 'criterionRemoved' | 'criteriaOrder' | 'weight' | 'scale' | 'levels' | 'direction' | 'role' | 'objective' | 'matrix';

/** How an edit is saved (see {@link planModelEdit}). */
export type ModelEditPlan =
  /** Nothing changed. */
  | { kind: 'unchanged' }
  /** The version is updated in place (it is not locked, or only texts/status changed). */
  | { kind: 'inPlace'; next: IModelContent; changes: StructuralChange[] }
  /**
   * A new version is created from `next` (criteria as new items: their ids are 0); the edited one
   * becomes 'Superseded' and stays as it was for the rounds that locked it.
   */
  | { kind: 'newVersion'; version: number; next: IModelContent; changes: StructuralChange[] };

/** Thrown for an edit of a version that no longer changes (a superseded one). */
export class ModelVersionError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'ModelVersionError';
    Object.setPrototypeOf(this, ModelVersionError.prototype);
  }
}

function sameLevels(a: ICriterion, b: ICriterion): boolean {
  return JSON.stringify(a.levels.map(l => [l.value, l.description.trim()])) === JSON.stringify(b.levels.map(l => [l.value, l.description.trim()]));
}

function sameMatrix(a: ReadonlyArray<ReadonlyArray<number>> | undefined, b: ReadonlyArray<ReadonlyArray<number>> | undefined): boolean {
  if (!a || !b) return !a === !b;
  return a.length === b.length && a.every((row, i) => row.length === b[i].length && row.every((x, j) => Math.abs(x - b[i][j]) <= 1e-9 * Math.max(1, Math.abs(x))));
}

/** The changes between a version's criteria and edited ones (matched by id; new criteria have id 0). */
function criteriaChanges(before: ReadonlyArray<ICriterion>, after: ReadonlyArray<ICriterion>): StructuralChange[] {
  const out = new Set<StructuralChange>();
  const byId = new Map(before.map(c => [c.id, c] as const));
  const kept = after.filter(c => c.id > 0 && byId.has(c.id));
  if (kept.length < after.length) out.add('criterionAdded');
  if (kept.length < before.length) out.add('criterionRemoved');
  if (kept.map(c => c.id).join() !== before.filter(c => kept.some(k => k.id === c.id)).map(c => c.id).join()) out.add('criteriaOrder');
  for (const c of kept) {
    const old = byId.get(c.id) as ICriterion;
    if (Math.abs(old.weight - c.weight) > 1e-9) out.add('weight');
    if (old.scaleMin !== c.scaleMin || old.scaleMax !== c.scaleMax) out.add('scale');
    if (!sameLevels(old, c)) out.add('levels');
    if (old.direction !== c.direction) out.add('direction');
    if (old.role !== c.role) out.add('role');
    if ((old.objectiveId ?? 0) !== (c.objectiveId ?? 0)) out.add('objective');
  }
  return Array.from(out);
}

function textsChanged(current: IModelVersion, edit: IModelContent): boolean {
  const t = (s: string | undefined): string => (s ?? '').trim();
  if (t(current.title) !== t(edit.title) || t(current.summary) !== t(edit.summary) || (edit.status !== undefined && edit.status !== current.status)) return true;
  const byId = new Map(current.criteria.map(c => [c.id, c] as const));
  return edit.criteria.some(c => {
    const old = byId.get(c.id);
    return !!old && (t(old.title) !== t(c.title) || t(old.summary) !== t(c.summary));
  });
}

/**
 * Decides how an edit of a model version is saved.
 * - Nothing changed → 'unchanged'.
 * - The version is not locked (no round used it yet), or only texts and the status changed →
 *   'inPlace'.
 * - The version is locked and a structural change was made → 'newVersion' with version + 1: the
 *   edited content with every criterion as a new item (id 0) and the status the edit asks for (the
 *   current one by default), while the old version becomes 'Superseded'.
 * Weights of AHP models are compared as stored (the caller derives them from the matrix first).
 * @throws ModelVersionError when the version is 'Superseded' (edit the model's latest version).
 */
export function planModelEdit(current: IModelVersion, edit: IModelContent): ModelEditPlan {
  if (current.status === 'Superseded') throw new ModelVersionError(`Version ${current.version} of '${current.title}' was superseded by a later version; edit the latest version.`);
  const changes = criteriaChanges(current.criteria, edit.criteria);
  if (current.method !== edit.method) changes.unshift('method');
  if (!sameMatrix(current.method === 'Ahp' ? current.ahpMatrix : undefined, edit.method === 'Ahp' ? edit.ahpMatrix : undefined)) changes.push('matrix');
  if (!changes.length && !textsChanged(current, edit)) return { kind: 'unchanged' };
  const next: IModelContent = { ...edit, status: edit.status ?? current.status };
  if (!current.locked || !changes.length) return { kind: 'inPlace', next, changes };
  return { kind: 'newVersion', version: current.version + 1, next: { ...next, criteria: edit.criteria.map(c => ({ ...c, id: 0 })) }, changes };
}
