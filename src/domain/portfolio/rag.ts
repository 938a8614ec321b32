/**
 * RAG values of the portfolio: the dimensions of a highlight report, severity ("worst of") and the
 * parsing of stored codes.
 */
import { isCode, RAG_CHOICES, type LifecycleStatus, type Rag } from '../vocabulary';

export type { Rag };

/** A RAG filter value: a RAG, or 'None' for projects without a published status report. */
export type RagFilterValue = Rag | 'None';

/** The RAG dimensions of a highlight report. */
export type RagDimension = 'overall' | 'schedule' | 'cost' | 'scope' | 'risk';

/** Every RAG dimension, overall first. */
export const RAG_DIMENSIONS: ReadonlyArray<RagDimension> = ['overall', 'schedule', 'cost', 'scope', 'risk'];

/** Parses a stored RAG code; anything else is no RAG. */
export function toRag(value: unknown): Rag | undefined {
  return isCode(RAG_CHOICES, value) ? value : undefined;
}

/** Severity of a RAG for sorting and "worst of": Red 3, Amber 2, Green 1, none 0. */
export function ragSeverity(rag: Rag | undefined): number {
  return rag === 'Red' ? 3 : rag === 'Amber' ? 2 : rag === 'Green' ? 1 : 0;
}

/** RAG values, worst first. */
export const RAG_VALUES: ReadonlyArray<Rag> = RAG_CHOICES.slice().sort((a, b) => ragSeverity(b) - ragSeverity(a));

/** Every RAG filter value: the RAG values worst first, then 'None'. */
export const RAG_FILTER_VALUES: ReadonlyArray<RagFilterValue> = [...RAG_VALUES, 'None'];

/** Lifecycle states of a project that has ended: it is no longer running, so it has no current RAG. */
export const ENDED_STATES: ReadonlyArray<LifecycleStatus> = ['Closed', 'Cancelled'];

/** Whether a project with this lifecycle status code has ended (closed or cancelled). */
export function hasEnded(status: string | undefined): boolean {
  return ENDED_STATES.some(s => s === status);
}

/**
 * The current RAG of a project: its latest status report's, while it runs; none once it is closed
 * or cancelled (its last report describes a project that is no longer there to steer).
 */
export function currentRag<T extends object>(status: string | undefined, rag: T): Partial<T> {
  return hasEnded(status) ? {} : rag;
}

/** The worst of several RAG values (undefined when none has one). */
export function worstRag(values: ReadonlyArray<Rag | undefined>): Rag | undefined {
  let worst: Rag | undefined;
  for (const v of values) if (ragSeverity(v) > ragSeverity(worst)) worst = v;
  return worst;
}
