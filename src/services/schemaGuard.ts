/**
 * The schema guard: a PnPjs behavior that refuses, before it leaves the client, any list item query
 * whose `$select`, `$filter`, `$orderby` or `$expand` names a column that the list does not define
 * in src/schema. The emulator (like SharePoint) only knows what the site has; the guard checks the
 * query against the schema itself, so a service that asks for a column of another list, a column
 * removed from the schema or a typo fails in the service tests, with the list and column named.
 *
 * `localEnvironment` adds it (tests, the local site, benchmarks); `spfxEnvironment` does not: in
 * SharePoint it would only repeat what the tests have proven.
 */
import type { Queryable } from '@pnp/queryable';
import { BUILT_IN_FIELDS, lists, upgrades, type IListSchema } from '../schema';

/** A query problem: the list's key and the column it does not define. */
export interface ISchemaQueryProblem {
  list: string;
  field: string;
  /** Which query option named it: select, filter, orderby or expand. */
  option: 'select' | 'filter' | 'orderby' | 'expand';
}

/** The symbol by which @pnp/sp's batching waits for a request to join its batch (`Symbol.for`, so shared). */
const BATCH_REGISTRATION: symbol = Symbol.for('batch_registration');

/** OData words that can appear in `$filter` besides column names. */
const ODATA_WORDS: ReadonlySet<string> = new Set([
  'eq', 'ne', 'gt', 'ge', 'lt', 'le', 'and', 'or', 'not', 'null', 'true', 'false', 'substringof', 'startswith',
  'datetime', 'asc', 'desc'
]);

/** The list a REST URL addresses through `getList('<server-relative url>')`, matched by its web-relative URL. */
function listOfUrl(url: string): IListSchema | undefined {
  // The items or one item, not what hangs below an item (attachmentFiles, roleAssignments, versions).
  const m = /\/_api\/web\/getList\('([^']*)'\)\/items(?:\(\d+\))?(?:\?|$)/i.exec(url);
  if (!m) return undefined;
  const path = decodeURIComponent(m[1]).toLowerCase();
  return (lists as ReadonlyArray<IListSchema>).filter(l => path.endsWith(`/${l.url.toLowerCase()}`))[0];
}

/** Column names a query option refers to: the head of each path (`Project/Id` → Project). */
function namesIn(option: 'select' | 'filter' | 'orderby' | 'expand', value: string): string[] {
  if (option === 'filter') {
    const noStrings = value.replace(/'(?:[^']|'')*'/g, "''");
    return (noStrings.match(/[A-Za-z_][A-Za-z0-9_]*(?:\/[A-Za-z_][A-Za-z0-9_]*)?/g) ?? [])
      .map(n => n.split('/')[0])
      .filter(n => !ODATA_WORDS.has(n));
  }
  return value.split(',').map(p => p.trim().split(/[\s/]/)[0]).filter(n => n !== '' && n !== '*');
}

/**
 * Whether `name` is a column of the list, a built-in, a column of an earlier version that an upgrade
 * step reads, or the id of a lookup/person column (`ProgrammeId`).
 */
function defines(list: IListSchema, name: string): boolean {
  if ((BUILT_IN_FIELDS as ReadonlyArray<string>).indexOf(name) >= 0) return true;
  if (list.fields.some(f => f.name === name)) return true;
  if (upgrades.some(u => (u.reads?.[list.key] ?? []).indexOf(name) >= 0)) return true;
  const lookup = /^(.+)Id$/.exec(name);
  return !!lookup && list.fields.some(f => f.name === lookup[1] && /^(Lookup|LookupMulti|User|UserMulti)$/.test(f.type));
}

/**
 * The columns a list item request names that its list does not define in the schema; [] when the
 * URL is not a list item query of a schema list.
 * @param url the absolute REST URL, as PnPjs sends it (query options may be percent-encoded).
 */
export function schemaQueryProblems(url: string): ISchemaQueryProblem[] {
  const list = listOfUrl(url);
  if (!list) return [];
  const query = url.indexOf('?') >= 0 ? url.slice(url.indexOf('?') + 1) : '';
  const problems: ISchemaQueryProblem[] = [];
  for (const part of query.split('&')) {
    const eq = part.indexOf('=');
    const key = decodeURIComponent(eq >= 0 ? part.slice(0, eq) : part).toLowerCase();
    const option = key === '$select' ? 'select' : key === '$filter' ? 'filter' : key === '$orderby' ? 'orderby' : key === '$expand' ? 'expand' : undefined;
    if (!option) continue;
    const value = decodeURIComponent(part.slice(eq + 1).replace(/\+/g, ' '));
    for (const name of namesIn(option, value)) {
      if (!defines(list, name)) problems.push({ list: list.key, field: name, option });
    }
  }
  return problems;
}

/**
 * PnPjs behavior: fails a request whose list item query names a column its list does not define
 * (see {@link schemaQueryProblems}). The error names the list, the column and the query option.
 */
export function SchemaGuard(): (instance: Queryable) => Queryable {
  return (instance: Queryable): Queryable => {
    instance.on.pre(async function (this: unknown, url: string, init: RequestInit, result: unknown): Promise<[string, RequestInit, unknown]> {
      const problems = schemaQueryProblems(url);
      if (problems.length > 0) {
        // A request of a PnPjs batch registers with its batch when it reaches `send`; one that fails
        // before must release that registration (PnPjs' own registered symbol), or the batch waits forever.
        const registered = (this as Record<symbol, unknown>)[BATCH_REGISTRATION];
        if (typeof registered === 'function') registered();
        const first = problems[0];
        throw new Error(`Schema guard: list '${first.list}' defines no column '${first.field}' (${first.option}) in ${url}`);
      }
      return [url, init, result];
    });
    return instance;
  };
}
