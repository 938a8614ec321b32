/** Learning progress: a trainee along their learning path, and completion rates for the PMO. */

/** A module's place in a learning path (TrainingModules: LearningPath, PathStep). */
export interface ILearningPathStep {
  moduleId: number;
  step: number;
}

/**
 * A trainee's progress along a path: modules completed, modules in the path, and the first module in
 * step order (then module id) not yet completed (undefined when the path is done or empty). A module
 * listed twice counts once.
 */
export function pathProgress(steps: ReadonlyArray<ILearningPathStep>, completedModuleIds: ReadonlySet<number>): { done: number; total: number; next?: number } {
  const ordered = steps.slice().sort((a, b) => a.step - b.step || a.moduleId - b.moduleId);
  const seen = new Set<number>();
  let done = 0;
  let next: number | undefined;
  for (const s of ordered) {
    if (seen.has(s.moduleId)) continue;
    seen.add(s.moduleId);
    if (completedModuleIds.has(s.moduleId)) done++;
    else if (next === undefined) next = s.moduleId;
  }
  return next === undefined ? { done, total: seen.size } : { done, total: seen.size, next };
}

/** One participant of a module: enrolled (an active enrolment in one of its sessions) and/or completed (TrainingAttendance). */
export interface ICompletionRow {
  moduleId: number;
  team?: string;
  language?: string;
  enrolled: boolean;
  completed: boolean;
}

/** A line of the completion report. */
export interface ICompletionRate {
  /** The module id (as text), the team or the language; '' for rows without a team or language. */
  key: string;
  /** Participants: enrolled, or completed without an enrolment (a trainer recorded a walk-in). */
  enrolled: number;
  completed: number;
  /** completed / enrolled, 0–1; undefined without participants. */
  rate: number | undefined;
}

function keyOf(row: ICompletionRow, by: 'module' | 'team' | 'language'): string {
  if (by === 'module') return String(row.moduleId);
  return ((by === 'team' ? row.team : row.language) ?? '').trim();
}

/**
 * Completion rates per module, team or language. Rows neither enrolled nor completed are left out.
 * Ordered by module id (by 'module') or by key, the empty key last.
 */
export function completionRates(rows: ReadonlyArray<ICompletionRow>, by: 'module' | 'team' | 'language'): ICompletionRate[] {
  const groups = new Map<string, { enrolled: number; completed: number }>();
  for (const row of rows) {
    if (!row.enrolled && !row.completed) continue;
    const key = keyOf(row, by);
    const g = groups.get(key) ?? { enrolled: 0, completed: 0 };
    g.enrolled++;
    if (row.completed) g.completed++;
    groups.set(key, g);
  }
  const out: ICompletionRate[] = [];
  groups.forEach((g, key) => out.push({ key, enrolled: g.enrolled, completed: g.completed, rate: g.enrolled > 0 ? g.completed / g.enrolled : undefined }));
  return out.sort((a, b) => {
    if (by === 'module') return Number(a.key) - Number(b.key);
    if (a.key === '' || b.key === '') return a.key === '' ? (b.key === '' ? 0 : 1) : -1;
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  });
}
