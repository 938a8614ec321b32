/**
 * Items for the permission matrix, made on the seeded site as the site owner: a copy of a demo item of
 * the list (so every required column, lookup and validation holds), with its Author set to the user
 * whose item it is (validateUpdateListItem, as a migration sets it). Libraries get a small text file
 * with the copied columns.
 */
import type { IFieldSchema, IListSchema, ISiteSchema } from '../../src/schema/types';
import { claimsOf, ok, type IRest } from './rest';

/** The site owner: makes the items (Full Control). */
export const ITEM_MAKER: string = 'olivia.bennett@pmohub.demo';

/** A lookup of a list: its column and target list key, and whether it takes several values. */
export interface ILookupColumn { field: string; target: string; multi: boolean }

/** What an item of a list is copied from. */
export interface IListTemplate {
  list: IListSchema;
  /** Column values of a demo item, as REST writes them (lookups and people as `<Name>Id`). */
  payload: Record<string, unknown>;
  lookups: ILookupColumn[];
}

const PEOPLE_OR_LOOKUP = new Set(['Lookup', 'LookupMulti', 'User', 'UserMulti']);

function selectOf(list: IListSchema): string[] {
  return ['Title', ...list.fields.filter(f => f.type !== 'Calculated' && f.name !== 'Title').map(f => (PEOPLE_OR_LOOKUP.has(f.type) ? `${f.name}Id` : f.name))];
}

/**
 * A demo item's values of `list` (the one with the most lookups set, among the first 200); for a list
 * the demo seed leaves empty, values made up from the schema (see {@link generatedPayload}).
 */
export async function templateOf(rest: IRest, schema: ISiteSchema, list: IListSchema): Promise<IListTemplate | undefined> {
  const select = selectOf(list);
  const a = await rest.call(ITEM_MAKER, 'GET', `${rest.list(list.url)}/items?$select=${encodeURIComponent(select.join(','))}&$top=200`);
  const rows = (a.body?.value ?? []) as Array<Record<string, unknown>>;
  const lookups: ILookupColumn[] = list.fields.filter(f => (f.type === 'Lookup' || f.type === 'LookupMulti') && f.lookup).map(f => ({ field: f.name, target: f.lookup?.list ?? '', multi: f.type === 'LookupMulti' }));
  if (!ok(a)) return undefined;
  if (rows.length === 0) return { list, payload: await generatedPayload(rest, schema, list), lookups };
  const filled = (r: Record<string, unknown>): number => lookups.filter(l => hasValue(r[`${l.field}Id`])).length;
  const best = rows.reduce((b, r) => (filled(r) > filled(b) ? r : b), rows[0]);
  const payload: Record<string, unknown> = {};
  for (const k of select) if (best[k] !== null && best[k] !== undefined && !(Array.isArray(best[k]) && (best[k] as unknown[]).length === 0)) payload[k] = best[k];
  return { list, payload, lookups };
}

/** A value of a column from its schema: the first choice, the lower bound, a day, the first item of a lookup's list, the site owner. */
async function valueOf(rest: IRest, schema: ISiteSchema, f: IFieldSchema): Promise<[string, unknown] | undefined> {
  switch (f.type) {
    case 'Text': case 'Note': return [f.name, 'Reliability check'];
    case 'Choice': return f.choices?.length ? [f.name, f.choices[0]] : undefined;
    case 'MultiChoice': return f.choices?.length ? [f.name, [f.choices[0]]] : undefined;
    case 'Number': case 'Currency': return [f.name, f.min ?? 1];
    case 'DateTime': return [f.name, '2026-11-30T00:00:00Z'];
    case 'Boolean': return [f.name, false];
    case 'User': case 'UserMulti': {
      const me = Number((await rest.call(ITEM_MAKER, 'GET', 'web/currentUser?$select=Id')).body?.Id);
      return [`${f.name}Id`, f.type === 'User' ? me : [me]];
    }
    case 'Lookup': case 'LookupMulti': {
      const target = schema.lists.filter(l => l.key === f.lookup?.list)[0];
      const first = target ? ((await rest.call(ITEM_MAKER, 'GET', `${rest.list(target.url)}/items?$select=Id&$top=1`)).body?.value as Array<{ Id: number }> | undefined)?.[0] : undefined;
      return first ? [`${f.name}Id`, f.type === 'Lookup' ? first.Id : [first.Id]] : undefined;
    }
    default: return undefined;
  }
}

/** Values for a list without demo items: its required columns and its lookups, from the schema. */
async function generatedPayload(rest: IRest, schema: ISiteSchema, list: IListSchema): Promise<Record<string, unknown>> {
  const payload: Record<string, unknown> = { Title: 'Reliability check' };
  for (const f of list.fields.filter(x => x.required || x.type === 'Lookup' || x.type === 'LookupMulti')) {
    const v = await valueOf(rest, schema, f);
    if (v) payload[v[0]] = v[1];
  }
  return payload;
}

/** True when a lookup value (an id or ids) is set. */
export function hasValue(v: unknown): boolean {
  return Array.isArray(v) ? v.length > 0 : typeof v === 'number' && v > 0;
}

/** The payload with unique columns made unique for the `n`th copy. */
function copyPayload(t: IListTemplate, n: number): Record<string, unknown> {
  const p: Record<string, unknown> = { ...t.payload };
  for (const f of t.list.fields) if (f.unique && typeof p[f.name] === 'string') p[f.name] = `${String(p[f.name]).slice(0, 200)}-r${n}`;
  p.Title = `${String(p.Title ?? 'Item').slice(0, 200)} #r${n}`;
  return p;
}

let counter = 0;

/** Adds a copy of the template's item as `upn` (a library: uploads a file), with columns `overrides`; the answer and the new item's id. */
export async function addCopy(rest: IRest, t: IListTemplate, upn: string, overrides: Record<string, unknown> = {}): Promise<{ status: number; id?: number }> {
  const n = ++counter;
  const payload = { ...copyPayload(t, n), ...overrides };
  if (t.list.template === 101) {
    const up = await rest.call(upn, 'POST', `web/getFolderByServerRelativePath(decodedUrl='${rest.sitePath}/${t.list.url}')/files/addUsingPath(decodedUrl='reliability-${n}.txt',overwrite=false)`, new TextEncoder().encode(`Reliability check ${n}`));
    if (!ok(up)) return { status: up.status };
    const item = await rest.call(upn, 'GET', `web/getFileByServerRelativePath(decodedUrl='${rest.sitePath}/${t.list.url}/reliability-${n}.txt')/listItemAllFields?$select=Id`);
    const id = Number(item.body?.Id);
    const set = await rest.call(upn, 'MERGE', `${rest.list(t.list.url)}/items(${id})`, payload);
    return { status: ok(set) ? up.status : set.status, id };
  }
  const a = await rest.call(upn, 'POST', `${rest.list(t.list.url)}/items`, payload);
  return { status: a.status, id: ok(a) ? Number(a.body?.Id) : undefined };
}

/** Makes an item of the list (as the site owner) whose Author is `author` (and columns `overrides`); its id. Throws when the owner cannot. */
export async function makeItem(rest: IRest, t: IListTemplate, author: string, overrides: Record<string, unknown> = {}): Promise<number> {
  const added = await addCopy(rest, t, ITEM_MAKER, overrides);
  if (added.id === undefined || !(added.status >= 200 && added.status < 300)) throw new Error(`${t.list.key}: the site owner could not add an item (${added.status})`);
  const a = await rest.call(ITEM_MAKER, 'POST', `${rest.list(t.list.url)}/items(${added.id})/validateUpdateListItem`, {
    formValues: [{ FieldName: 'Author', FieldValue: JSON.stringify([{ Key: claimsOf(author) }]) }], bNewDocumentUpdate: true
  });
  const failed = ((a.body?.value ?? []) as Array<{ HasException?: boolean; ErrorMessage?: string }>).filter(v => v.HasException);
  if (!ok(a) || failed.length) throw new Error(`${t.list.key}: the Author of item ${added.id} could not be set (${a.status} ${failed.map(f => f.ErrorMessage).join('; ')})`);
  // A second version, so that the item has a history to read.
  await rest.call(ITEM_MAKER, 'MERGE', `${rest.list(t.list.url)}/items(${added.id})`, { Title: `${String(t.payload.Title ?? 'Item').slice(0, 200)} #v2` });
  return added.id;
}
