/**
 * Demo data for the local PMO site: `seedSite(env, { projects })` generates a deterministic
 * portfolio in the site's language (workbench/seed/generate.ts) and writes it through PnPjs batches as the site owner,
 * with items authored by their demo users where `actAs` is given.
 *
 * The seed resumes like provisioning does: it keeps a journal in PmoHubConfig (`DemoSeed.Started`,
 * one `DemoSeed.List.<key>` per list written completely, with its ids, and `DemoSeed.Done`). A run
 * that was stopped (the workbench killed, Ctrl+C) continues with the first list it did not finish,
 * emptied and written anew, and ends with the same data as an uninterrupted run. A seeded site, or
 * one with projects that no seed wrote, is left alone.
 */
import type { IPmoEnvironment } from '../../src/services/environment';
import { pmoSchema } from '../../src/schema/pmoSchema';
import { KpiSnapshotsList, PmoHubConfigList, ProjectsList, StrategicObjectivesList } from '../../src/schema';
import { createPmoServices } from '../../src/services';
import type { ISiteSchema } from '../../src/schema/types';
import type { SPFI } from '../../src/platform/pnp';
import { configGroupKey, configList } from '../../src/provisioning/site';
import { loadLocale } from '../locales';
import { generateSeed } from './generate';
import { validateSeed } from './validate';
import { SeedWriter, decodeIdRuns, encodeIdRuns, type ISeedJournal, type ISeedProgress } from './write';

export { generateSeed, DEFAULT_PROJECTS, DEFAULT_SEED, LIST_ORDER } from './generate';
export { validateSeed } from './validate';
export { SeedWriteError, type ISeedProgress } from './write';
export type { ISeedData, ISeedList, ISeedRow } from './model';

export interface ISeedOptions {
  /** Number of projects; every project-related list scales with it. */
  projects: number;
  onProgress?: (e: ISeedProgress) => void;
  /** PRNG seed (default DEFAULT_SEED). */
  seed?: number;
  /** The language of the demo data: a site locale (default: the environment's, `env.locale`). */
  locale?: string;
  /**
   * PnPjs as a given demo user, so that requests, history, scores, status reports, enrolments and
   * self-assessments are authored by their people (item-level security, "my requests").
   * Everything is written as `env`'s user when omitted.
   */
  actAs?: (upn: string) => SPFI;
  /** The schema (default pmoSchema). */
  schema?: ISiteSchema;
  /** Adds per $batch (default 100). */
  batchSize?: number;
  /** Batches in flight (default 2). */
  concurrency?: number;
  /** Stops the seed between batches; the next run resumes it. */
  signal?: AbortSignal;
}

/** PmoHubConfig keys of the seed's journal. */
const JOURNAL = {
  started: 'DemoSeed.Started',
  done: 'DemoSeed.Done',
  list: (key: string): string => `DemoSeed.List.${key}`
};

export interface ISeedResult {
  /** Items written per list (empty when the site was already seeded). */
  counts: Record<string, number>;
  /** True when the site already had projects and nothing was written. */
  alreadySeeded: boolean;
  /** One line for the CLI and logs. */
  message: string;
}

/** The PMO groups' ids: from PmoHubConfig (`Group.<key>`), else by their title in the site's locale. */
export async function pmoGroupIds(sp: SPFI, schema: ISiteSchema, locale: string): Promise<Partial<Record<string, number>>> {
  const web = await sp.web.select('ServerRelativeUrl')();
  const webUrl = String(web.ServerRelativeUrl || '').replace(/\/$/, '');
  const ids: Partial<Record<string, number>> = {};
  const { ConfigKey, ConfigValue } = PmoHubConfigList.fields;
  const rows = (await sp.web.getList(`${webUrl}/${configList(schema).url}`).items.select(ConfigKey, ConfigValue).top(500)()) as Array<Record<string, string | null>>;
  for (const g of schema.groups) {
    const row = rows.filter(r => r[ConfigKey] === configGroupKey(g.key))[0];
    const id = row ? parseInt(String(row[ConfigValue]), 10) : NaN;
    if (Number.isFinite(id)) ids[g.key] = id;
  }
  if (schema.groups.some(g => ids[g.key] === undefined)) {
    const strings = loadLocale(locale);
    const groups = (await sp.web.siteGroups.select('Id', 'Title')()) as Array<{ Id: number; Title: string }>;
    for (const g of schema.groups) {
      if (ids[g.key] !== undefined) continue;
      const found = groups.filter(x => x.Title === (strings[g.title] ?? g.title))[0];
      if (found) ids[g.key] = found.Id;
    }
  }
  return ids;
}

/** The seed's journal rows in PmoHubConfig, by key. */
async function readJournal(sp: SPFI, webUrl: string, schema: ISiteSchema): Promise<Map<string, { id: number; value: string }>> {
  const { ConfigKey, ConfigValue, Id } = PmoHubConfigList.fields;
  const rows = (await sp.web.getList(`${webUrl}/${configList(schema).url}`).items.select(Id, ConfigKey, ConfigValue).top(5000)()) as Array<Record<string, string | number | null>>;
  const out = new Map<string, { id: number; value: string }>();
  for (const r of rows) {
    const key = String(r[ConfigKey] ?? '');
    if (key.indexOf('DemoSeed.') === 0) out.set(key, { id: Number(r[Id]), value: String(r[ConfigValue] ?? '') });
  }
  return out;
}

/**
 * Takes the dashboard's KPI figures of the demo (the trend's period ends and today) as the seed's
 * user, through the dashboard service, so that the first dashboard view reads them (README, "KPIs and
 * reports"). Nothing on a schema without KpiSnapshots.
 */
async function takeDashboardFigures(env: IPmoEnvironment, schema: ISiteSchema): Promise<void> {
  if (!schema.lists.some(l => l.key === KpiSnapshotsList.key)) return;
  await createPmoServices(env, {}).dashboard.refreshFigures();
}

/** Whether a schema list has at least one item (top 1 without a filter: allowed on any list size). */
async function hasItems(sp: SPFI, webUrl: string, schema: ISiteSchema, key: string): Promise<boolean> {
  const l = schema.lists.filter(x => x.key === key)[0];
  if (!l) throw new Error(`Schema version ${schema.version} has no ${key} list`);
  return ((await sp.web.getList(`${webUrl}/${l.url}`).items.select('Id').top(1)()) as unknown[]).length > 0;
}

/**
 * Seeds a provisioned PMO site with demo data, or resumes a seed that stopped part-way (see the
 * module comment). Does nothing on a seeded site or a site with projects no seed wrote. Throws when
 * the site has reference rows (strategic objectives) that no seed wrote, and on a write that fails.
 */
export async function seedSite(env: IPmoEnvironment, options: ISeedOptions): Promise<ISeedResult> {
  const schema = options.schema ?? pmoSchema;
  const sp = env.sp;
  const web = await sp.web.select('ServerRelativeUrl')();
  const webUrl = String(web.ServerRelativeUrl || '').replace(/\/$/, '');
  const journal = await readJournal(sp, webUrl, schema);
  if (journal.has(JOURNAL.done) || (!journal.has(JOURNAL.started) && await hasItems(sp, webUrl, schema, ProjectsList.key))) {
    return { counts: {}, alreadySeeded: true, message: 'The site already has projects: demo data not seeded again.' };
  }
  if (!journal.has(JOURNAL.started) && await hasItems(sp, webUrl, schema, StrategicObjectivesList.key)) {
    throw new Error('The site has strategic objectives but no projects, and no seed wrote them (an earlier seed that stopped part-way resumes by itself). Start from a blank site (npm start -- --reset) and seed again.');
  }
  // A resumed run writes what the first run began with, whatever size this run asked for.
  const started = journal.get(JOURNAL.started);
  // So does its language (a journal from before the seed had one: the site's).
  const params = started
    ? (JSON.parse(started.value) as { projects: number; seed?: number; locale?: string })
    : { projects: options.projects, seed: options.seed, locale: options.locale ?? env.locale };
  const data = generateSeed({ projects: params.projects, seed: params.seed, locale: params.locale ?? options.locale ?? env.locale });
  const problems = validateSeed(data, schema);
  if (problems.length > 0) throw new Error(`The demo data does not fit schema version ${schema.version}:\n${problems.slice(0, 20).join('\n')}`);

  const config = sp.web.getList(`${webUrl}/${configList(schema).url}`);
  const { Title, ConfigKey, ConfigValue } = PmoHubConfigList.fields;
  const note = async (key: string, value: string): Promise<void> => { await config.items.add({ [Title]: key, [ConfigKey]: key, [ConfigValue]: value }); };
  if (!started) await note(JOURNAL.started, JSON.stringify(params));
  const seedJournal: ISeedJournal = {
    written: key => {
      const row = journal.get(JOURNAL.list(key));
      return row ? decodeIdRuns(JSON.parse(row.value) as Array<[number, number]>) : undefined;
    },
    record: (key, ids) => note(JOURNAL.list(key), JSON.stringify(encodeIdRuns(ids)))
  };

  const groupIds = await pmoGroupIds(sp, schema, env.locale);
  const writer = new SeedWriter(sp, schema, {
    groupIds,
    siteTimeZone: await env.siteTimeZone.get(),
    onProgress: options.onProgress,
    actAs: options.actAs,
    batchSize: options.batchSize,
    concurrency: options.concurrency,
    journal: seedJournal,
    signal: options.signal
  });
  const result = await writer.write(data);
  await takeDashboardFigures(env, schema);
  const total = Object.values(result.counts).reduce((s, n) => s + n, 0);
  const message = `Seeded ${total} items for ${params.projects} projects${started ? ' (resumed after an interrupted run)' : ''}.`;
  await note(JOURNAL.done, message);
  // The ids of each list were needed only to resume.
  const listRows = (await readJournal(sp, webUrl, schema));
  const [batched, execute] = sp.batched();
  const deletes = Array.from(listRows.entries()).filter(([k]) => k.indexOf('DemoSeed.List.') === 0).map(([, r]) => batched.web.getList(`${webUrl}/${configList(schema).url}`).items.getById(r.id).delete());
  await execute();
  await Promise.all(deletes);
  return { counts: result.counts, alreadySeeded: false, message };
}
