/**
 * Writes generated demo data to a PMO site through PnPjs batches, in dependency order. Lookup,
 * user and JSON references become the SharePoint ids returned by the adds (ids are never assumed).
 * Lookups to a list that is written later (the request ↔ project cycle) are set by updates at the end.
 * Nothing here queries a big list, so the list view threshold never applies.
 */
import '@pnp/sp/files';
import type { SPFI } from '../../src/platform/pnp';
import { lookupId } from '../../src/schema/refs';
import type { IFieldSchema, IListSchema, ISiteSchema } from '../../src/schema/types';
import { claimsLogin, findDemoUser } from '../directory';
import { UTC_TIME_ZONE, wallClockAt, writeDateOnly, type ISiteTimeZone } from '../../src/domain/dates';
import {
  type ISeedData, type ISeedRow, type SeedValue, isJsonRef, isJsonUserRef, isJsonValue, isRefText, isLookupRef, isLookupRefs, isUrlValue, isUserRef, isUsersRef
} from './model';

/** Progress after each batch: `done` of `total` rows of one list. */
export interface ISeedProgress {
  list: string;
  done: number;
  total: number;
}

/**
 * What an earlier, interrupted run of the seed wrote, and where this run records its own progress,
 * so that a seed resumes list by list (seedSite keeps it in PmoHubConfig).
 */
export interface ISeedJournal {
  /** The ids of a list an earlier run wrote completely, in write order; undefined when it did not. */
  written(list: string): number[] | undefined;
  /** Records that a list is written completely, with its ids in write order. */
  record(list: string, idsInWriteOrder: number[]): Promise<void>;
}

export interface IWriteOptions {
  onProgress?: (e: ISeedProgress) => void;
  /** Resume an interrupted run: completed lists are not written again, a partly written list is emptied and written anew. */
  journal?: ISeedJournal;
  /** Stops the writing between batches (the workbench is stopping); what was written stays for a resume. */
  signal?: AbortSignal;
  /** PnPjs as another demo user (so that rows are authored by their owner); rows are written by `sp` when omitted. */
  actAs?: (upn: string) => SPFI;
  /** Adds per $batch request (default 100). */
  batchSize?: number;
  /** Batches in flight at once (default 2). */
  concurrency?: number;
  /** The ids of the PMO groups by schema key (from PmoHubConfig or by title). */
  groupIds: Partial<Record<string, number>>;
  /** The site's time zone: date-only values are written as PMO Hub writes them (default UTC). */
  siteTimeZone?: ISiteTimeZone;
}

export interface IWriteResult {
  /** Rows written per list key. */
  counts: Record<string, number>;
  /** Site ids of the rows per list key, in generated order. */
  ids: Record<string, number[]>;
}

/** A write that failed, with the list and row it belongs to. */
export class SeedWriteError extends Error {
  public readonly list: string;
  public readonly row: number;

  public constructor(list: string, row: number, cause: unknown) {
    super(`Seeding list ${list} failed at row ${row}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'SeedWriteError';
    this.list = list;
    this.row = row;
    (this as { cause?: unknown }).cause = cause;
    Object.setPrototypeOf(this, SeedWriteError.prototype);
  }
}

interface IPending {
  list: string;
  index: number;
  /** The column values (references) that wait for a list written later. */
  payload: Record<string, SeedValue>;
}

/**
 * Runs async tasks with at most `limit` in flight. After a failure (or an abort of `signal`) no task
 * starts, and the call rejects only once the tasks in flight have ended: nothing is written after it returns.
 */
async function pool<T>(items: T[], limit: number, task: (item: T) => Promise<void>, signal?: AbortSignal): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (next < items.length && !failure) {
      if (signal?.aborted) {
        failure = { error: signal.reason };
        break;
      }
      const item = items[next++];
      try {
        await task(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure) throw failure.error;
}

/** Decodes runs `[[firstId, count], …]` into ids. */
export function decodeIdRuns(runs: ReadonlyArray<readonly [number, number]>): number[] {
  const ids: number[] = [];
  for (const [first, count] of runs) for (let k = 0; k < count; k++) ids.push(first + k);
  return ids;
}

/** Encodes ids as runs of consecutive ids `[[firstId, count], …]` (a batch's adds get consecutive ids). */
export function encodeIdRuns(ids: ReadonlyArray<number>): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const id of ids) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === id) last[1]++;
    else runs.push([id, 1]);
  }
  return runs;
}

/** The Id of an add result (PnPjs v4 returns the item's JSON). */
function idOf(result: unknown): number {
  const r = result as { Id?: number; ID?: number; d?: { Id?: number } };
  const id = r.Id ?? r.ID ?? r.d?.Id;
  if (typeof id !== 'number') throw new Error('The add result has no Id');
  return id;
}

export class SeedWriter {
  private readonly ids: Map<string, number[]> = new Map();
  private readonly userIds: Map<string, number> = new Map();
  private readonly actors: Map<string, SPFI> = new Map();
  private readonly fields: Map<string, Map<string, IFieldSchema>> = new Map();
  private webUrl: string = '';

  public constructor(
    private readonly sp: SPFI,
    private readonly schema: ISiteSchema,
    private readonly options: IWriteOptions
  ) {}

  public async write(data: ISeedData): Promise<IWriteResult> {
    const web = await this.sp.web.select('ServerRelativeUrl')();
    this.webUrl = String(web.ServerRelativeUrl || '').replace(/\/$/, '');
    await this.ensureUsers(data);
    await this.addMemberships(data);

    const counts: Record<string, number> = {};
    const deferred: IPending[] = [];
    for (const l of data.lists) {
      const list = this.listSchema(l.key);
      const order = this.writeOrder(list, l.rows);
      const done = this.options.journal?.written(l.key);
      if (done && done.length === order.length) {
        this.restore(list, l.rows, order, done, deferred);
        counts[l.key] = l.rows.length;
        continue;
      }
      this.options.signal?.throwIfAborted();
      if (this.options.journal) await this.empty(list);
      counts[l.key] = list.template === 101 ? await this.writeFiles(list, l.rows) : await this.writeList(list, l.rows, order, deferred);
      const ids = this.ids.get(l.key) ?? [];
      await this.options.journal?.record(l.key, order.map(i => ids[i]));
    }
    this.options.signal?.throwIfAborted();
    await this.applyDeferred(deferred);
    await this.grantProjectEditors(data);
    // Last: every write before changes Modified.
    await this.applyStamps(data);
    const ids: Record<string, number[]> = {};
    for (const [k, v] of this.ids) ids[k] = v;
    return { counts, ids };
  }

  /**
   * Each project's manager and deputy edit it through an item-level Contribute grant, as PMO Hub gives
   * it on conversion (src/services/projectEditors.ts); here in batches, as the items are new.
   * Idempotent: an item that already has its own permissions keeps them and the grant is added again.
   */
  private async grantProjectEditors(data: ISeedData): Promise<void> {
    const seeded = data.lists.filter(l => l.key === 'Projects')[0];
    const ids = this.ids.get('Projects');
    if (!seeded || !ids) return;
    const defs = (await this.sp.web.roleDefinitions.select('Id', 'RoleTypeKind')()) as Array<{ Id: number; RoleTypeKind: number }>;
    const contribute = defs.filter(d => d.RoleTypeKind === 3)[0];
    if (!contribute) return;
    const url = this.listUrl(this.listSchema('Projects'));
    const size = this.options.batchSize ?? 100;
    for (let i = 0; i < seeded.rows.length; i += size) {
      this.options.signal?.throwIfAborted();
      const [batched, execute] = this.sp.batched();
      const calls: Array<Promise<unknown>> = [];
      seeded.rows.slice(i, i + size).forEach((row, k) => {
        const id = ids[i + k];
        const editors = ['ProjectManager', 'DeputyProjectManager'].map(f => row.values[f]).filter(isUserRef).map(v => this.userId(v.user));
        if (id === undefined || editors.length === 0) return;
        const item = batched.web.getList(url).items.getById(id);
        calls.push(item.breakRoleInheritance(true, false));
        for (const u of editors) calls.push(item.roleAssignments.add(u, contribute.Id));
      });
      await execute();
      await Promise.all(calls);
    }
  }

  /** The row indexes of a list in the order they are written (by author, then generated order; a library's rows with a file). */
  private writeOrder(list: IListSchema, rows: ISeedRow[]): number[] {
    if (list.template === 101) return rows.map((r, i) => (r.file ? i : -1)).filter(i => i >= 0);
    // By round (ISeedRow.round: what happened earlier gets the lower id, as on a real site), then by
    // author within a round, then in generated order.
    const byRound = new Map<number, Map<string, number[]>>();
    rows.forEach((r, i) => {
      const round = r.round ?? 0;
      let authors = byRound.get(round);
      if (!authors) byRound.set(round, (authors = new Map<string, number[]>()));
      const k = r.author ?? '';
      const mine = authors.get(k);
      if (mine) mine.push(i);
      else authors.set(k, [i]);
    });
    const rounds = Array.from(byRound.keys()).sort((a, b) => a - b);
    return rounds.reduce<number[]>((all, round) => Array.from((byRound.get(round) as Map<string, number[]>).values()).reduce((acc, idx) => acc.concat(idx), all), []);
  }

  /** Takes over a list an earlier run wrote: its ids, and the references it left for lists written later. */
  private restore(list: IListSchema, rows: ISeedRow[], order: number[], written: number[], deferred: IPending[]): void {
    const ids: number[] = new Array<number>(rows.length);
    order.forEach((i, k) => { ids[i] = written[k]; });
    this.ids.set(list.key, ids);
    if (list.template === 101) return;
    rows.forEach((row, i) => {
      const { later } = this.payloadOf(list, row);
      if (Object.keys(later).length > 0) deferred.push({ list: list.key, index: i, payload: later });
    });
  }

  /** Deletes what an interrupted run left in a list it did not finish (the seed writes it anew). */
  private async empty(list: IListSchema): Promise<void> {
    const target = this.sp.web.getList(this.listUrl(list));
    const info = (await target.select('ItemCount')()) as { ItemCount: number };
    if (info.ItemCount === 0) return;
    const ids: number[] = [];
    for await (const page of target.items.select('Id').top(5000)) for (const r of page as Array<{ Id: number }>) ids.push(r.Id);
    const size = this.options.batchSize ?? 100;
    for (let k = 0; k < ids.length; k += size) {
      const [batched, execute] = this.sp.batched({ maxRequests: size });
      const list2 = batched.web.getList(this.listUrl(list));
      const deletes = ids.slice(k, k + size).map(id => list2.items.getById(id).delete());
      await execute();
      await Promise.all(deletes);
    }
  }

  private listSchema(key: string): IListSchema {
    const l = this.schema.lists.filter(x => x.key === key)[0];
    if (!l) throw new Error(`The schema has no list ${key}`);
    return l;
  }

  private listUrl(list: IListSchema): string {
    return `${this.webUrl}/${list.url}`;
  }

  private actor(upn: string | undefined): SPFI {
    if (!upn || !this.options.actAs) return this.sp;
    let a = this.actors.get(upn);
    if (!a) {
      a = this.options.actAs(upn);
      this.actors.set(upn, a);
    }
    return a;
  }

  /** ensureUser once per demo user the data mentions (one batch). */
  private async ensureUsers(data: ISeedData): Promise<void> {
    const upns = new Set<string>(data.memberships.map(m => m.upn));
    const visit = (v: SeedValue): void => {
      if (isUserRef(v)) upns.add(v.user);
      else if (isUsersRef(v)) for (const u of v.users) upns.add(u);
    };
    for (const l of data.lists) for (const r of l.rows) for (const v of Object.values(r.values)) visit(v);
    const [batched, execute] = this.sp.batched();
    const pending = Array.from(upns).map(upn => {
      const u = findDemoUser(upn);
      if (!u) throw new Error(`${upn} is not a demo user`);
      return batched.web.ensureUser(claimsLogin(u)).then(r => {
        this.userIds.set(upn, idOf(r));
      });
    });
    await execute();
    await Promise.all(pending);
  }

  /** Puts the demo users into the PMO groups (adding an existing member changes nothing). */
  private async addMemberships(data: ISeedData): Promise<void> {
    const [batched, execute] = this.sp.batched();
    const pending = data.memberships.map(m => {
      const id = this.options.groupIds[m.group];
      if (id === undefined) throw new Error(`The site has no PMO group '${m.group}'`);
      const u = findDemoUser(m.upn);
      if (!u) throw new Error(`${m.upn} is not a demo user`);
      return batched.web.siteGroups.getById(id).users.add(claimsLogin(u));
    });
    await execute();
    await Promise.all(pending);
  }

  private idFor(list: string, index: number): number | undefined {
    return this.ids.get(list)?.[index];
  }

  private userId(upn: string): number {
    const id = this.userIds.get(upn);
    if (id === undefined) throw new Error(`User ${upn} was not ensured`);
    return id;
  }

  /** Replaces JSON references with ids; undefined when a referenced list is not written yet. */
  private resolveJson(v: unknown): unknown {
    if (isJsonUserRef(v)) return this.userId(v.$user);
    if (isJsonRef(v)) {
      const id = this.idFor(v.$ref, v.$index);
      if (id === undefined) throw new DeferError();
      return id;
    }
    if (Array.isArray(v)) return v.map(x => this.resolveJson(x));
    if (v && typeof v === 'object') {
      const o: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) o[k] = this.resolveJson(x);
      return o;
    }
    return v;
  }

  /** The REST payload of a row, and the part that must wait for lists written later. */
  private payloadOf(list: IListSchema, row: ISeedRow): { now: Record<string, unknown>; later: Record<string, SeedValue> } {
    let fields = this.fields.get(list.key);
    if (!fields) {
      fields = new Map<string, IFieldSchema>(list.fields.map(f => [f.name, f]));
      this.fields.set(list.key, fields);
    }
    const now: Record<string, unknown> = {};
    const later: Record<string, SeedValue> = {};
    for (const [name, v] of Object.entries(row.values)) {
      if (v === null) continue;
      const f = fields.get(name);
      if (isLookupRef(v)) {
        const id = this.idFor(v.lookup, v.index);
        if (id === undefined) later[name] = v;
        else now[lookupId(name)] = id;
      } else if (isLookupRefs(v)) {
        const ids = v.indexes.map(i => this.idFor(v.lookups, i));
        if (ids.some(x => x === undefined)) later[name] = v;
        else now[lookupId(name)] = ids;
      } else if (isUserRef(v)) {
        now[lookupId(name)] = this.userId(v.user);
      } else if (isUsersRef(v)) {
        now[lookupId(name)] = v.users.map(u => this.userId(u));
      } else if (isUrlValue(v)) {
        now[name] = { Url: v.url, Description: v.description };
      } else if (isJsonRef(v)) {
        // a row's id as a plain number (RequestNumber)
        const id = this.idFor(v.$ref, v.$index);
        if (id === undefined) later[name] = v;
        else now[name] = id;
      } else if (isRefText(v)) {
        // a text naming rows' ids (a committed assignment's key)
        const ids = v.refText.map(x => (typeof x === 'string' ? x : this.idFor(x.$ref, x.$index)));
        if (ids.some(x => x === undefined)) later[name] = v;
        else now[name] = ids.join('');
      } else if (isJsonValue(v)) {
        try {
          now[name] = JSON.stringify(this.resolveJson(v.json));
        } catch (e) {
          if (!(e instanceof DeferError)) throw e;
          later[name] = v;
        }
      } else {
        if (f && f.type === 'Calculated') continue;
        // A generated date-only value names a day ('2026-11-01T00:00:00Z' is 1 Nov): written for the site's zone.
        now[name] = f && f.type === 'DateTime' && f.dateOnly !== false && typeof v === 'string' ? writeDateOnly(v.slice(0, 10), this.options.siteTimeZone ?? UTC_TIME_ZONE) : v;
      }
    }
    return { now, later };
  }

  private async writeList(list: IListSchema, rows: ISeedRow[], order: number[], deferred: IPending[]): Promise<number> {
    const ids: number[] = new Array<number>(rows.length);
    this.ids.set(list.key, ids);
    const size = this.options.batchSize ?? 100;
    // Rows by author (each author writes through their own PnPjs root: `order`), then chunks of `size` of one author.
    const chunks: Array<{ author: string; indexes: number[] }> = [];
    for (const i of order) {
      const author = rows[i].author ?? '';
      const last = chunks[chunks.length - 1];
      if (last && last.author === author && last.indexes.length < size) last.indexes.push(i);
      else chunks.push({ author, indexes: [i] });
    }
    let done = 0;
    const url = this.listUrl(list);
    this.options.onProgress?.({ list: list.key, done, total: rows.length });
    await pool(chunks, this.options.concurrency ?? 2, async chunk => {
      const [batched, execute] = this.actor(chunk.author || undefined).batched({ maxRequests: size });
      const target = batched.web.getList(url);
      const adds = chunk.indexes.map(i => {
        const { now, later } = this.payloadOf(list, rows[i]);
        if (Object.keys(later).length > 0) deferred.push({ list: list.key, index: i, payload: later });
        return target.items.add(now).then(r => {
          ids[i] = idOf(r);
        });
      });
      await execute();
      const results = await Promise.allSettled(adds);
      results.forEach((r, k) => {
        if (r.status === 'rejected') throw new SeedWriteError(list.key, chunk.indexes[k], r.reason);
      });
      done += chunk.indexes.length;
      this.options.onProgress?.({ list: list.key, done, total: rows.length });
    }, this.options.signal);
    return rows.length;
  }

  /**
   * Sets the stamped rows' Created, Modified and Editor (ISeedRow.stamp) through validateUpdateListItem,
   * as a migration would: the values are the site's wall time written as the web's locale (en-US)
   * writes a date. Idempotent, so a resumed run applies them again.
   */
  private async applyStamps(data: ISeedData): Promise<void> {
    const zone = this.options.siteTimeZone ?? UTC_TIME_ZONE;
    const wall = (iso: string): string => {
      const w = wallClockAt(Date.parse(iso), zone.iana);
      const h = w.hour % 12 === 0 ? 12 : w.hour % 12;
      return `${w.month}/${w.day}/${w.year} ${h}:${String(w.minute).padStart(2, '0')} ${w.hour < 12 ? 'AM' : 'PM'}`;
    };
    const stamped: Array<{ list: IListSchema; id: number; values: Array<{ FieldName: string; FieldValue: string }> }> = [];
    for (const l of data.lists) {
      const ids = this.ids.get(l.key) ?? [];
      l.rows.forEach((r, i) => {
        if (!r.stamp || ids[i] === undefined) return;
        const values: Array<{ FieldName: string; FieldValue: string }> = [];
        if (r.stamp.created) values.push({ FieldName: 'Created', FieldValue: wall(r.stamp.created) });
        if (r.stamp.modified) values.push({ FieldName: 'Modified', FieldValue: wall(r.stamp.modified) });
        if (r.stamp.editor) values.push({ FieldName: 'Editor', FieldValue: JSON.stringify([{ Key: `i:0#.f|membership|${r.stamp.editor}` }]) });
        if (values.length) stamped.push({ list: this.listSchema(l.key), id: ids[i], values });
      });
    }
    await this.inBatches(
      stamped,
      (batched, c) => batched.web.getList(this.listUrl(c.list)).items.getById(c.id).validateUpdateListItem(c.values, true),
      (chunk, results) => results.forEach((r, k) => {
        if (r.status === 'rejected') throw r.reason;
        const wrong = r.value.filter(v => v.HasException);
        if (wrong.length) throw new Error(`Stamping ${chunk[k].list.key} item ${chunk[k].id}: ${wrong.map(v => `${v.FieldName}: ${v.ErrorMessage}`).join('; ')}`);
      })
    );
  }

  /** Sets the lookups that pointed to lists written later. */
  private async applyDeferred(deferred: IPending[]): Promise<void> {
    await this.inBatches(
      deferred,
      (batched, p) => {
        const list = this.listSchema(p.list);
        const { now, later } = this.payloadOf(list, { values: p.payload });
        if (Object.keys(later).length > 0) throw new Error(`${p.list}[${p.index}]: ${Object.keys(later).join(', ')} cannot be resolved`);
        const id = this.idFor(p.list, p.index) as number;
        return batched.web.getList(this.listUrl(list)).items.getById(id).update(now);
      },
      (chunk, results) => results.forEach((r, k) => {
        if (r.status === 'rejected') throw new SeedWriteError(chunk[k].list, chunk[k].index, r.reason);
      })
    );
  }

  /**
   * Sends one call per item in $batch requests of `batchSize` items (default 100), at most
   * `concurrency` batches in flight (default 2), and hands each batch's outcomes, in item order, to
   * `check` (which throws to stop). Stops between batches when the signal aborts.
   */
  private async inBatches<T, R>(items: ReadonlyArray<T>, call: (batched: SPFI, item: T) => Promise<R>, check: (chunk: T[], results: Array<PromiseSettledResult<R>>) => void): Promise<void> {
    const size = this.options.batchSize ?? 100;
    const chunks: T[][] = [];
    for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
    await pool(chunks, this.options.concurrency ?? 2, async chunk => {
      const [batched, execute] = this.sp.batched({ maxRequests: size });
      const calls = chunk.map(item => call(batched, item));
      await execute();
      check(chunk, await Promise.allSettled(calls));
    }, this.options.signal);
  }

  /** Uploads the files of a document library (one by one: uploads are not batched) and sets their columns through the file's item. */
  private async writeFiles(list: IListSchema, rows: ISeedRow[]): Promise<number> {
    const ids: number[] = new Array<number>(rows.length);
    this.ids.set(list.key, ids);
    const folder = this.sp.web.getFolderByServerRelativePath(this.listUrl(list));
    let done = 0;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (!row.file) continue;
      this.options.signal?.throwIfAborted();
      try {
        const info = await folder.files.addUsingPath(row.file.name, row.file.content, { Overwrite: true });
        const item = await this.sp.web.getFileByServerRelativePath(String((info as { ServerRelativeUrl?: string }).ServerRelativeUrl)).getItem<{ Id: number }>('Id');
        const { now } = this.payloadOf(list, row);
        await item.update(now);
        ids[i] = item.Id;
      } catch (e) {
        throw new SeedWriteError(list.key, i, e);
      }
      done++;
      this.options.onProgress?.({ list: list.key, done, total: rows.length });
    }
    return done;
  }
}

class DeferError extends Error {}
