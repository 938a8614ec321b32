/**
 * The shape of generated demo data: plain, JSON-like values (so two runs can be compared with
 * deep equality), with references instead of SharePoint ids. The writer turns references into ids
 * taken from the add results.
 */
import type { GroupKey } from '../../src/schema/types';

/** A Lookup value: the row `index` of the list with schema key `lookup`. */
export interface ILookupRef {
  lookup: string;
  index: number;
}

/** A LookupMulti value. */
export interface ILookupRefs {
  lookups: string;
  indexes: number[];
}

/** A User value: a demo user's UPN (the writer ensures the user and sends the site user id). */
export interface IUserRef {
  user: string;
}

/** A UserMulti value. */
export interface IUsersRef {
  users: string[];
}

/** A URL value. */
export interface IUrlValue {
  url: string;
  description: string;
}

/**
 * A JSON text column (…Json). Inside `json`, an object `{ $ref: listKey, $index: n }` stands for the
 * SharePoint id of that row; the writer replaces it with the id before serialising.
 */
export interface IJsonValue {
  json: unknown;
}

/** A reference to a row's id inside a JSON value. */
export interface IJsonRef {
  $ref: string;
  $index: number;
}

/**
 * A text that names rows' ids (a Text column): its parts joined, each reference replaced by the id of
 * that row when written. A committed assignment's Title is its key, `R<request id>|<role id>|<month>`.
 */
export interface IRefText {
  refText: Array<string | IJsonRef>;
}

/** A column value. Dates are ISO strings (`2026-11-01T00:00:00Z`); MultiChoice is a string array. */
export type SeedValue = string | number | boolean | null | string[] | ILookupRef | ILookupRefs | IUserRef | IUsersRef | IUrlValue | IJsonValue | IJsonRef | IRefText;

/** One item. */
export interface ISeedRow {
  /** Column values by internal name (Title included). */
  values: Record<string, SeedValue>;
  /** UPN of the demo user who creates the item (its Author); the seeding account when omitted. */
  author?: string;
  /**
   * Write round: rows of a lower round are written first, so they get lower ids (a request's history
   * steps: a site's ids grow with time, and PMO Hub reads a request's history in id order). 0 when omitted.
   */
  round?: number;
  /** Document libraries: the file to upload (name and text content). */
  file?: { name: string; content: string };
  /**
   * The item's own history, set after every write as a migration sets it (validateUpdateListItem):
   * when it was created and last changed (UTC ISO instants) and by whom (UPN).
   */
  stamp?: { created?: string; modified?: string; editor?: string };
}

/** The rows of one list, in the order they are written. */
export interface ISeedList {
  /** Schema key of the list. */
  key: string;
  rows: ISeedRow[];
}

/** A demo user to put into a PMO group. */
export interface ISeedMembership {
  group: GroupKey;
  upn: string;
}

/** Everything the seed writes, lists in dependency order. */
export interface ISeedData {
  /** Number of projects asked for. */
  projects: number;
  /** PRNG seed. */
  seed: number;
  /** The date the data is "current" at (ISO). */
  referenceDate: string;
  memberships: ISeedMembership[];
  lists: ISeedList[];
}

/** A list of the schema, by its typed reference (`ProjectsList`) or anything else with its key. */
export interface IListKeyRef {
  readonly key: string;
}

/** A Lookup value: row `index` of `list` (`ref(ProjectsList, 3)`). */
export function ref(list: IListKeyRef, index: number): ILookupRef {
  return { lookup: list.key, index };
}

/** A LookupMulti value: rows `indexes` of `list`. */
export function refs(list: IListKeyRef, indexes: number[]): ILookupRefs {
  return { lookups: list.key, indexes };
}

export function user(upn: string): IUserRef {
  return { user: upn };
}

export function users(upns: string[]): IUsersRef {
  return { users: upns };
}

/** The id of row `index` of `list`, inside a JSON value or as a Number column's value (RequestNumber). */
export function jsonRef(list: IListKeyRef, index: number): IJsonRef {
  return { $ref: list.key, $index: index };
}

/** A demo user's site id inside a JSON value (`{ $user: upn }`): the writer replaces it with the id. */
export interface IJsonUserRef {
  $user: string;
}

/** The site user id of a demo user, inside a JSON value. */
export function jsonUser(upn: string): IJsonUserRef {
  return { $user: upn };
}

export function isJsonUserRef(v: unknown): v is IJsonUserRef {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as IJsonUserRef).$user === 'string' && Object.keys(v).length === 1;
}

export function isLookupRef(v: SeedValue): v is ILookupRef {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'lookup' in v;
}
export function isLookupRefs(v: SeedValue): v is ILookupRefs {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'lookups' in v;
}
export function isUserRef(v: SeedValue): v is IUserRef {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'user' in v;
}
export function isUsersRef(v: SeedValue): v is IUsersRef {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'users' in v;
}
export function isUrlValue(v: SeedValue): v is IUrlValue {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'url' in v;
}
export function isJsonValue(v: SeedValue): v is IJsonValue {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'json' in v;
}
export function isRefText(v: unknown): v is IRefText {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Array.isArray((v as IRefText).refText);
}

/** A text of literal parts and row ids: `refText('R', jsonRef(ProjectRequestsList, 3), '|')`. */
export function refText(...parts: Array<string | IJsonRef>): IRefText {
  return { refText: parts };
}

export function isJsonRef(v: unknown): v is IJsonRef {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && '$ref' in v && '$index' in v;
}

/** Every JSON reference inside a JSON value. */
export function jsonRefsOf(v: unknown, out: IJsonRef[] = []): IJsonRef[] {
  if (isJsonRef(v)) out.push(v);
  else if (Array.isArray(v)) for (const x of v) jsonRefsOf(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) jsonRefsOf(x, out);
  return out;
}
