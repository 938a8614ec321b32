/**
 * What every provisioning step shares during one run: the PnPjs root, the schema, the options, the
 * site as read so far, the change log and the progress counters. Steps read and write it; the runner
 * (../runner.ts) advances the counters.
 * Throws (constructor) when the schema has no PmoHubConfig list.
 */
import type { SPFI } from '../../platform/pnp';
import type { ISitePageInfo } from '../../platform/pnpPages';
import { localize } from '../../schema/fieldXml';
import type { GroupKey, IListSchema, ISiteSchema } from '../../schema/types';
import { configList, serverRelative, type ISiteField, type ISiteGroup, type ISiteList, type ISiteRoleDefinition } from '../site';
import type { ChangeArea, IPlannedChange, IProvisionOptions, IProvisionProgress } from '../types';

/** One step of a run: the progress event names its kind and list; `run` compares and writes only differences. */
export interface IStep {
  /** The kind of step: read, group, role, webPermissions, list, fields, upgrade, views, permissions, pages, version. */
  step: string;
  /** Schema key of the list the step works on. */
  list?: string;
  run(): Promise<void>;
}

/** A view as the site reports it. */
export interface IViewRow {
  Id: string;
  Title: string;
  ServerRelativeUrl?: string;
  DefaultView?: boolean;
  ViewQuery?: string;
  RowLimit?: number;
}

/** The views of a list and the columns of each view (by view id). */
export interface IListViews {
  views: IViewRow[];
  columns: Map<string, string[]>;
}

/** The site as the run knows it: filled by the read step, kept current by the steps that write. */
export interface IRunState {
  /** The web's server-relative URL without a trailing slash. */
  webUrl: string;
  /** Lists by lower-cased server-relative URL. */
  lists: Map<string, ISiteList>;
  /** Columns by list id; an entry is dropped when its list's columns changed. */
  fields: Map<string, ISiteField[]>;
  groups: ISiteGroup[];
  roleDefs: ISiteRoleDefinition[];
  /** PmoHubConfig items: key → { item id, value }. */
  config: Map<string, { id: number; value: string }>;
  /** The schema version recorded on the site (0 for a new site). */
  siteVersion: number;
  /** Ids of the PMO groups, once their steps ran. */
  groupIds: Partial<Record<GroupKey, number>>;
  webHasUnique?: boolean;
  /** The Site Pages library's pages by lower-case file name, once the first pages step read them. */
  pages?: Map<string, ISitePageInfo>;
  /** Views read ahead for the views steps (by list id); an entry is used once. */
  views?: Map<string, IListViews>;
}

/** One provisioning run's shared state and helpers. */
export class ProvisioningContext {
  public readonly sp: SPFI;
  public readonly schema: ISiteSchema;
  public readonly options: IProvisionOptions;
  /** The schema's PmoHubConfig list, where the run records the schema version and group ids. */
  public readonly configList: IListSchema;
  public readonly state: IRunState = { webUrl: '', lists: new Map(), fields: new Map(), groups: [], roleDefs: [], config: new Map(), siteVersion: 0, groupIds: {} };
  /** One line per change and per upgrade step, in English. */
  public readonly log: string[] = [];
  /** Writes made so far. */
  public changes: number = 0;
  /** Steps done so far, and in all (for progress events). */
  public done: number = 0;
  public total: number = 0;
  /** The column the current step works on: a failure names it. */
  public field: string | undefined;
  /** Plan mode (`options.plan`): every write is recorded in `planned` instead of being made. */
  public readonly plan: boolean;
  /** The changes a run would make (plan mode) or made (otherwise), in order. */
  public readonly planned: IPlannedChange[] = [];
  /** Placeholder ids handed out in plan mode for what a run would create (negative, never sent to the site). */
  private nextPlaceholder: number = -1;

  public constructor(sp: SPFI, schema: ISiteSchema, options: IProvisionOptions) {
    this.sp = sp;
    this.schema = schema;
    this.options = options;
    this.configList = configList(schema);
    this.plan = !!options.plan;
    const missing = missingTitles(schema, options.strings);
    if (missing.length) {
      throw new Error(`Provisioning needs a title for ${missing.length} keys of the schema (${missing.slice(0, 3).join(', ')}…): pass SchemaStrings with PmoHubStrings.`);
    }
  }

  /**
   * The one way a step writes to the site. Outside plan mode it starts `action` at once (so a write
   * queued on a batched root joins its batch), counts the change and logs `text`; in plan mode it
   * only records the change and resolves undefined, so the caller must not rely on the result then.
   * @param area What kind of thing changes (the PMO Setup page names it in the user's language).
   * @param target What changes, technically: 'Risks', 'Risks.RiskOwner', 'Projects/ActiveProjects', 'Home.aspx'.
   * @param text One line in English for the log and the CLI.
   * @param count How many changes the result stands for (an upgrade migration reports its own); 1 when omitted.
   */
  public write<T>(area: ChangeArea, target: string, text: string, action: () => Promise<T>, count?: (result: T) => number): Promise<T | undefined> {
    this.planned.push({ area, target, text });
    this.log.push(text);
    if (this.plan) {
      this.changes++;
      return Promise.resolve(undefined);
    }
    if (!count) {
      this.changes++;
      return action();
    }
    return action().then(result => {
      this.changes += count(result);
      return result;
    });
  }

  /** A placeholder id for something a plan-mode run would create (negative, unique within the run). */
  public placeholderId(): number {
    return this.nextPlaceholder--;
  }

  /** A loc key in the run's locale. */
  public t(key: string): string {
    return localize(this.options.strings, key);
  }

  /** Server-relative URL of a schema list on this site. */
  public urlOf(l: IListSchema): string {
    return serverRelative(this.state.webUrl, l);
  }

  /** The site's list for a schema list, if it exists. */
  public siteList(l: IListSchema): ISiteList | undefined {
    return this.state.lists.get(this.urlOf(l).toLowerCase());
  }

  /** The site's list for a schema list; throws when it does not exist. */
  public mustList(l: IListSchema): ISiteList {
    const s = this.siteList(l);
    if (!s) throw new Error(`the list ${l.url} does not exist`);
    return s;
  }

  /** A schema list by key; throws naming the key when the schema has none. */
  public listByKey(key: string): IListSchema {
    const l = this.schema.lists.filter(x => x.key === key)[0];
    if (!l) throw new Error(`the schema has no list '${key}'`);
    return l;
  }

  /** Ids of the schema's lists that exist on the site, in schema order (not those a plan-mode run would create). */
  public existingListIds(): string[] {
    const ids: string[] = [];
    for (const l of this.schema.lists) {
      const found = this.siteList(l);
      if (found && !found.planned) ids.push(found.Id);
    }
    return ids;
  }

  /** Reports progress within the current step (`done` of `total` steps). */
  public emit(e: Omit<IProvisionProgress, 'done' | 'total'>): void {
    if (this.options.onProgress) this.options.onProgress({ ...e, done: this.done, total: this.total });
  }
}

/**
 * The schema's title keys (lists, their columns and views, groups, pages) that `strings` has no text
 * for. Titles live in two resource modules (SchemaStrings, PmoHubStrings for the pages): a caller that
 * passed one only would otherwise write the keys themselves as titles onto the site.
 */
export function missingTitles(schema: ISiteSchema, strings: Readonly<Record<string, string>>): string[] {
  const keys = new Set<string>();
  for (const l of schema.lists) {
    keys.add(l.title);
    for (const f of l.fields) keys.add(f.title);
    for (const v of l.views ?? []) if (v.title) keys.add(v.title);
  }
  for (const g of schema.groups) keys.add(g.title);
  for (const p of schema.pages ?? []) keys.add(p.title);
  return [...keys].filter(k => typeof strings[k] !== 'string' || strings[k].length === 0);
}
