/**
 * The dimensions a status report rates, as stored and in the PMO's configured order. Small on
 * purpose (no earned-value domain): the Portfolio's project panel reads a report's dimensions with it,
 * and the Project page, its trend table and new reports order them with it.
 */
import { toRag, type Rag } from '../domain/portfolio/rag';
import { DEFAULT_REPORT_DIMENSIONS, OVERALL_DIMENSION } from '../domain/rag/suggestions';
import { REPORT_RAG_COLUMNS, StatusReportsList } from '../schema/refs';

/** The PmoHubConfig key of the controlling settings (JSON `{ dimensions, fiscalYearStartMonth }`). */
export const CONTROLLING_CONFIG_KEY: string = 'Controlling.ReportDimensions';

/** A status report dimension as the PMO configured it: its code and, for a dimension of its own, a title. */
export interface IDimensionSetting {
  dimension: string;
  /** The title of a dimension the PMO added (the standard ones are titled by src/loc). */
  title?: string;
}

/** One dimension of a report: the RAG chosen, the one suggested, the KPI value, the justification of an override, the comment. */
export interface IDimensionRag {
  /** The dimension's code (schedule, cost, scope, quality, risk, resources, the PMO's own, or 'overall'). */
  dimension: string;
  rag?: Rag;
  suggested?: Rag;
  /** The KPI's value the suggestion came from. */
  value?: number;
  justification?: string;
  comment?: string;
}

/** Parses a JSON column; `fallback` when it is empty or not valid JSON (a column anyone with edit rights could have changed). */
export function parseJson<T>(value: unknown, fallback: T): T {
  if (typeof value !== 'string' || !value) return fallback;
  try {
    return JSON.parse(value) as T;
  } catch {
    return fallback;
  }
}

/**
 * The configured dimensions in a parsed controlling settings value (`{ dimensions: [{ dimension,
 * title? }] }`): codes trimmed, entries without a code dropped; PMO Hub's six standard dimensions
 * when there are none.
 */
export function dimensionSettingsOf(parsed: unknown): IDimensionSetting[] {
  const raw = (parsed as { dimensions?: unknown } | undefined)?.dimensions;
  const valid = Array.isArray(raw) ? (raw as Array<Partial<IDimensionSetting> | null>).filter((d): d is IDimensionSetting => !!d && typeof d.dimension === 'string' && !!d.dimension.trim()) : [];
  return valid.length
    ? valid.map(d => ({ dimension: d.dimension.trim(), ...(d.title ? { title: d.title } : {}) }))
    : DEFAULT_REPORT_DIMENSIONS.map(dimension => ({ dimension }));
}

/**
 * The dimensions of a stored report row: RagDetailsJson when it is there (every configured dimension
 * with its suggestion, justification and comment), else the RAG columns (reports filed before schema
 * 6 or outside PMO Hub, such as the demo's).
 * @param row A StatusReports or StatusReportDrafts item with RagDetailsJson and the RAG columns selected.
 */
export function storedDimensions(row: Record<string, unknown>): IDimensionRag[] {
  const stored = parseJson<IDimensionRag[]>(row[StatusReportsList.fields.RagDetailsJson], []);
  if (Array.isArray(stored) && stored.length) return stored.map(d => ({ ...d, rag: toRag(d.rag), suggested: toRag(d.suggested) }));
  const out: IDimensionRag[] = [];
  for (const [dimension, column] of Object.entries(REPORT_RAG_COLUMNS)) {
    const rag = toRag(row[column]);
    if (rag) out.push({ dimension, rag });
  }
  return out;
}

/**
 * `items` in the PMO's configured order: the overall RAG first, then the configured dimensions in
 * their order, then any others (a dimension the PMO has since removed) as they came. Reports filed
 * from the RAG columns list Risks before Quality; the page and new reports list them as configured.
 */
export function inConfiguredOrder<T extends { dimension: string }>(items: ReadonlyArray<T>, settings: ReadonlyArray<IDimensionSetting>): T[] {
  const rank = new Map<string, number>([[OVERALL_DIMENSION, -1]]);
  settings.forEach((s, i) => { if (!rank.has(s.dimension)) rank.set(s.dimension, i); });
  const order = (d: string): number => rank.get(d) ?? settings.length;
  return items.map((item, i) => ({ item, i })).sort((a, b) => order(a.item.dimension) - order(b.item.dimension) || a.i - b.i).map(x => x.item);
}
