/**
 * Demo data for the local PMO site: `seedSite(env, { projects })` generates a deterministic
 * portfolio (workbench/seed/generate.ts) and writes it through PnPjs batches as the site owner,
 * with items authored by their demo users where `actAs` is given. A site that already has projects
 * is left alone.
 */
import type { IPmoEnvironment } from '../../src/services/environment';
import { pmoSchema } from '../../src/schema/pmoSchema';
import { PmoHubConfigList, ProjectsList, StrategicObjectivesList } from '../../src/schema';
import type { ISiteSchema } from '../../src/schema/types';
import type { SPFI } from '../../src/platform/pnp';
import { configGroupKey, configList } from '../../src/provisioning/site';
import { loadLocale } from '../locales';
import { generateSeed } from './generate';
import { validateSeed } from './validate';
import { SeedWriter, type ISeedProgress } from './write';

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
}

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

/** Seeds a provisioned PMO site with demo data; does nothing on a site that already has projects. */
export async function seedSite(env: IPmoEnvironment, options: ISeedOptions): Promise<ISeedResult> {
  const schema = options.schema ?? pmoSchema;
  const sp = env.sp;
  const web = await sp.web.select('ServerRelativeUrl')();
  const webUrl = String(web.ServerRelativeUrl || '').replace(/\/$/, '');
  const projects = schema.lists.filter(l => l.key === ProjectsList.key)[0];
  if (!projects) throw new Error(`Schema version ${schema.version} has no Projects list`);
  // Top 1 without a filter: allowed on any list size (no list view threshold).
  const existing = (await sp.web.getList(`${webUrl}/${projects.url}`).items.select(ProjectsList.fields.Id).top(1)()) as unknown[];
  if (existing.length > 0) {
    return { counts: {}, alreadySeeded: true, message: 'The site already has projects: demo data not seeded again.' };
  }
  // A run that stopped before Projects leaves reference rows behind (unique codes): say so instead of failing on duplicates.
  const objectives = schema.lists.filter(l => l.key === StrategicObjectivesList.key)[0];
  if (objectives && ((await sp.web.getList(`${webUrl}/${objectives.url}`).items.select(StrategicObjectivesList.fields.Id).top(1)()) as unknown[]).length > 0) {
    throw new Error('The site has strategic objectives but no projects: an earlier seed stopped part-way. Start from a blank site (npm start -- --reset) and seed again.');
  }

  const data = generateSeed({ projects: options.projects, seed: options.seed });
  const problems = validateSeed(data, schema);
  if (problems.length > 0) throw new Error(`The demo data does not fit schema version ${schema.version}:\n${problems.slice(0, 20).join('\n')}`);

  const groupIds = await pmoGroupIds(sp, schema, env.locale);
  const writer = new SeedWriter(sp, schema, {
    groupIds,
    siteTimeZone: await env.siteTimeZone.get(),
    onProgress: options.onProgress,
    actAs: options.actAs,
    batchSize: options.batchSize,
    concurrency: options.concurrency
  });
  const result = await writer.write(data);
  const total = Object.values(result.counts).reduce((s, n) => s + n, 0);
  return {
    counts: result.counts,
    alreadySeeded: false,
    message: `Seeded ${total} items for ${options.projects} projects.`
  };
}
