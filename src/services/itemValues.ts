/**
 * Readers of list item values as SharePoint REST returns them (null for empty, numbers as numbers,
 * dates as ISO strings): the one place that turns them into the domain's optional values. Date-only
 * columns are read and written by the date module (domain/dates) for the site's time zone.
 */
// By module, not the index: every web part's services read items through this file, and the index
// would bring the whole portfolio domain (filters, grouping, export) into each of their bundles.
import { RAG_DIMENSIONS, toRag, type Rag, type RagDimension } from '../domain/portfolio/rag';
import type { IPortfolioPerson } from '../domain/portfolio/row';
import { RAG_COLUMNS } from '../schema/refs';

/** A non-empty string, or undefined. */
export function text(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** A finite number, or undefined. */
export function num(v: unknown): number | undefined {
  return typeof v === 'number' && isFinite(v) ? v : undefined;
}

/** An expanded person column (`Id`, `Title`, `EMail`), or undefined. */
// eslint-disable-next-line @rushstack/no-new-null -- SharePoint REST answers null for an empty person column
export function person(u: { Id: number; Title: string; EMail?: string } | undefined | null): IPortfolioPerson | undefined {
  return u && typeof u.Id === 'number' ? { id: u.Id, name: u.Title, email: u.EMail || undefined } : undefined;
}

/** The RAG per dimension of a Projects or StatusReports item (columns of {@link RAG_COLUMNS}). */
export function ragOf(item: { readonly [C in (typeof RAG_COLUMNS)[RagDimension]]?: unknown }): Partial<Record<RagDimension, Rag>> {
  const rag: Partial<Record<RagDimension, Rag>> = {};
  for (const d of RAG_DIMENSIONS) {
    const v = toRag(item[RAG_COLUMNS[d]]);
    if (v) rag[d] = v;
  }
  return rag;
}

/** The RAG columns, for `$select`. */
export const RAG_SELECT: ReadonlyArray<string> = RAG_DIMENSIONS.map(d => RAG_COLUMNS[d]);

/** The ETag of an item as read (verbose or nometadata JSON); '*' when it has none. */
export function etagOf(row: { 'odata.etag'?: string; __metadata?: { etag?: string } }): string {
  return row['odata.etag'] ?? row.__metadata?.etag ?? '*';
}
