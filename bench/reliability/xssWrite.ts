/**
 * reliability.xss, the writing half: the corpus (xssPayloads.ts) into every text and URL column a
 * user can fill, derived from src/schema (Title, Text, Note, URL, and the JSON-in-text columns the
 * services parse), on a few items per list, through plain REST as the site owner (who may write every
 * list). Payloads are dealt in turn, so each lands in many columns of many lists:
 * - Text: one payload (the next that fits the column's length);
 * - Note: five lines, as the line formats the services read (materials `title | link`, next events
 *   `date | title | link`) and raw;
 * - URL: a payload as the address and another as its description;
 * - a column holding JSON (an object or array): every free-text string in it (title, name, comment,
 *   reason, description, text, url, …) replaced by a payload, the shape kept.
 * Items of project-scoped lists are taken from one project (the pages show that project); the others
 * are the list's first items. Each column is written on its own (a refused column does not keep the
 * others out); refusals are counted.
 */
import { pmoSchema } from '../../src/schema/pmoSchema';
import { ProjectsList, RisksList } from '../../src/schema/refs';
import type { IFieldSchema, IListSchema } from '../../src/schema/types';
import { ok, type IRest } from './rest';
import { ITEM_MAKER } from './permissionItems';
import { XSS_PAYLOADS, type IXssPayload } from './xssPayloads';

/** Items written per list. */
export const XSS_ITEMS_PER_LIST: number = 3;

/** Lists left alone: the configuration PMO Hub reads its groups and settings from (written by PMO Setup only). */
const SKIPPED_LISTS: ReadonlySet<string> = new Set(['PmoHubConfig']);

/**
 * Text columns the services use as identifiers, not as text to show (a scoring model's key, a result's
 * key, a session's IANA time zone, a team's Graph id, a quarter `2026-Q3`, a KPI dimension code):
 * validated or looked up, never rendered as typed. Left alone so the pages still find their data.
 */
const IDENTIFIER_COLUMNS: ReadonlySet<string> = new Set(['ModelKey', 'ResultKey', 'SessionTimeZone', 'TeamsGroupId', 'Quarter', 'ReportDimension']);

/** Keys of a JSON object whose string values are free text a user typed (or a link). */
const FREE_TEXT_KEY = /title|name|comment|reason|justif|descr|text|note|summary|evidence|label|url|link|href|^q$|^a$|answer|question|lesson|action/i;

/** What was written: per list, the items and the columns tried and refused; the payload ids placed. */
export interface IXssWriteResult {
  /** Per list key: item ids written. */
  items: Record<string, number[]>;
  /** Columns written (list.column), and those the site refused with the status. */
  columns: string[];
  refused: string[];
  /** Payload ids placed at least once. */
  placed: Set<number>;
  /** The project whose items project-scoped lists got. */
  projectId: number;
}

/** The columns of a list a user can fill with text or an address: Title, Text, Note, URL (no calculated, no identifier). */
export function textColumns(list: IListSchema): IFieldSchema[] {
  const own = list.fields.filter(f => (f.type === 'Text' || f.type === 'Note' || f.type === 'URL') && !IDENTIFIER_COLUMNS.has(f.name));
  const title: IFieldSchema = { name: 'Title', type: 'Text', title: 'Field_Title' };
  return own.some(f => f.name === 'Title') ? own : [title, ...own];
}

/** The lists the corpus goes into. */
export function xssLists(lists: ReadonlyArray<IListSchema> = pmoSchema.lists): IListSchema[] {
  return lists.filter(l => !SKIPPED_LISTS.has(l.key) && textColumns(l).length > 0);
}

/** Deals payloads in turn. */
class Dealer {
  private next = 0;
  private taken: number[] = [];
  readonly placed = new Set<number>();
  constructor(private readonly corpus: ReadonlyArray<IXssPayload>) {}
  /** The next payload no longer than `max` characters. */
  take(max: number = Number.MAX_SAFE_INTEGER): IXssPayload {
    for (let i = 0; i < this.corpus.length; i++) {
      const p = this.corpus[(this.next + i) % this.corpus.length];
      if (p.text.length <= max) {
        this.next = (this.next + i + 1) % this.corpus.length;
        this.taken.push(p.id);
        return p;
      }
    }
    throw new Error(`No payload fits in ${max} characters`);
  }
  /** The payloads taken since the last call were stored (`stored`) or refused. */
  settle(stored: boolean): void {
    if (stored) for (const id of this.taken) this.placed.add(id);
    this.taken = [];
  }
}

/** The JSON value with its free-text strings replaced by payloads (recursively). */
function infiltrate(v: unknown, d: Dealer, key: string = ''): unknown {
  if (typeof v === 'string') return FREE_TEXT_KEY.test(key) ? d.take().text : v;
  if (Array.isArray(v)) return v.map(x => infiltrate(x, d, key));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, infiltrate(x, d, k)]));
  return v;
}

/** A JSON object or array in a text, or undefined. */
function jsonIn(text: unknown): unknown {
  if (typeof text !== 'string' || !/^\s*[[{]/.test(text)) return undefined;
  try { return JSON.parse(text) as unknown; } catch { return undefined; }
}

/** The value a column gets from the dealer; undefined to leave it (a hidden column the services fill, not JSON: a key or token). */
function valueFor(f: IFieldSchema, current: unknown, d: Dealer): unknown {
  if (f.type === 'URL') return { Url: d.take(255).text, Description: d.take(255).text };
  const json = jsonIn(current);
  if (json !== undefined) return JSON.stringify(infiltrate(json, d));
  if (f.hidden) return undefined;
  if (f.type === 'Text') return d.take(f.maxLength ?? 255).text;
  const [a, b, c, e, g] = [d.take(), d.take(), d.take(), d.take(), d.take()];
  return [a.text, `${b.text} | ${c.text}`, `2027-01-15T10:00Z | ${e.text} | ${g.text}`, `Checklist | https://example.com/${encodeURIComponent(a.text)}`].join('\n');
}

/** The project the pages show: the demo project with the most risks (so its tabs have items), else the first. */
async function targetProject(rest: IRest): Promise<number> {
  const risks = await rest.call(ITEM_MAKER, 'GET', `${rest.list(RisksList.url)}/items?$select=ProjectId&$top=2000`);
  const counts = new Map<number, number>();
  for (const r of (risks.body?.value ?? []) as Array<{ ProjectId?: number }>) if (r.ProjectId) counts.set(r.ProjectId, (counts.get(r.ProjectId) ?? 0) + 1);
  const best = Array.from(counts.entries()).sort((x, y) => y[1] - x[1] || x[0] - y[0])[0];
  if (best) return best[0];
  const first = await rest.call(ITEM_MAKER, 'GET', `${rest.list(ProjectsList.url)}/items?$select=Id&$orderby=Id&$top=1`);
  return Number(((first.body?.value ?? []) as Array<{ Id: number }>)[0]?.Id);
}

/** The items of a list that get payloads: those of the project for a project-scoped list, else the first ones. */
async function itemsOf(rest: IRest, list: IListSchema, projectId: number): Promise<Array<Record<string, unknown>>> {
  const select = ['Id', ...textColumns(list).map(f => f.name)].join(',');
  const scope = list.key === 'Projects' ? `&$filter=Id eq ${projectId}`
    : list.fields.some(f => f.type === 'Lookup' && f.lookup?.list === 'Projects' && f.name === 'Project') ? `&$filter=ProjectId eq ${projectId}` : '';
  const base = `${rest.list(list.url)}/items?$select=${encodeURIComponent(select)}&$orderby=Id&$top=${XSS_ITEMS_PER_LIST}`;
  let a = await rest.call(ITEM_MAKER, 'GET', base + scope);
  if (scope && ok(a) && ((a.body?.value ?? []) as unknown[]).length === 0) a = await rest.call(ITEM_MAKER, 'GET', base);
  if (list.key === 'Projects' && ok(a)) {
    const more = await rest.call(ITEM_MAKER, 'GET', `${base}&$filter=Id ne ${projectId}`);
    return [...((a.body?.value ?? []) as Array<Record<string, unknown>>), ...((more.body?.value ?? []) as Array<Record<string, unknown>>)].slice(0, XSS_ITEMS_PER_LIST);
  }
  return ok(a) ? (a.body?.value ?? []) as Array<Record<string, unknown>> : [];
}

/**
 * Writes the corpus (default: all of it) into the text and URL columns of `lists` (default: every list
 * of the schema but the configuration), {@link XSS_ITEMS_PER_LIST} items each. Throws when the site
 * cannot be read; a column the site refuses is counted in `refused`.
 */
export async function writeXssCorpus(rest: IRest, corpus: ReadonlyArray<IXssPayload> = XSS_PAYLOADS, lists: ReadonlyArray<IListSchema> = xssLists()): Promise<IXssWriteResult> {
  const d = new Dealer(corpus);
  const projectId = await targetProject(rest);
  const out: IXssWriteResult = { items: {}, columns: [], refused: [], placed: d.placed, projectId };
  for (const list of lists) {
    const rows = await itemsOf(rest, list, projectId);
    out.items[list.key] = rows.map(r => Number(r.Id));
    for (const f of textColumns(list)) {
      let written = false;
      for (const row of rows) {
        const value = valueFor(f, row[f.name], d);
        if (value === undefined) continue;
        const a = await rest.call(ITEM_MAKER, 'MERGE', `${rest.list(list.url)}/items(${Number(row.Id)})`, { [f.name]: value });
        d.settle(ok(a));
        if (!ok(a)) out.refused.push(`${list.key}.${f.name} #${Number(row.Id)} (${a.status})`);
        else written = true;
      }
      if (written) out.columns.push(`${list.key}.${f.name}`);
    }
  }
  return out;
}
