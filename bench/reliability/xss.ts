/**
 * reliability.xss: the corpus of bench/reliability/xssPayloads.ts (≥ 100 payloads in twelve groups)
 * written into every text and URL column a user can fill (xssWrite.ts), then every page that shows
 * them rendered in Chromium as the roles that see them (xssPages.ts), with its tabs and detail views.
 *
 * - payloads: payloads of the corpus stored in at least one column;
 * - executed: distinct payloads that ran (called `__xss(<id>)`), plus unsafe addresses found in the
 *   DOM (not http(s)/mailto; a `javascript:` link runs on one click), each address once (by its
 *   payload id when it holds one). Each unsafe address is printed on stderr.
 *
 * The pages need the local site (Vite), which a Jest worker cannot load: the figure starts its own
 * workbench process with pages (e2e/workbench-process.ts), seeded by the demo seed (fixed seed).
 */
import { spawnWorkbench } from '../../e2e/workbench-process';
import { launchBrowser } from '../../e2e/browser';
import { sitePages } from '../../src/schema/pages';
import { restOf, type IRest } from './rest';
import type { SuiteRole } from './site';
import { XSS_PAYLOADS, payloadIdsIn, type IXssPayload } from './xssPayloads';
import { writeXssCorpus, xssLists, type IXssWriteResult } from './xssWrite';
import { detectorContext, renderVisit, type IXssVisit, type IXssVisitResult } from './xssPages';
import type { IListSchema } from '../../src/schema/types';

/** Demo projects of the figure's site. */
export const XSS_PROJECTS: number = 6;

/** What the figure runs on: the corpus, the lists it goes into, and which visits (default all). */
export interface IXssOptions {
  corpus?: ReadonlyArray<IXssPayload>;
  lists?: ReadonlyArray<IListSchema>;
  /** Narrows the visits (by label). */
  visits?: (v: IXssVisit) => boolean;
}

/** The figure's lines, each visit's outcome, and what was written. */
export interface IXssFigures {
  lines: string[];
  visits: IXssVisitResult[];
  written: IXssWriteResult;
  /** Unsafe addresses (each once), with the visit that found them. */
  unsafe: string[];
  executed: number;
}

/** The first item id of a list that got payloads. */
function firstOf(w: IXssWriteResult, list: string): number | undefined {
  return w.items[list]?.[0];
}

/** The visits: every page that shows the columns, as the roles that see them, and the Teams tabs. */
export function xssVisits(w: IXssWriteResult): IXssVisit[] {
  const p = `projectId=${w.projectId}`;
  const module = firstOf(w, 'TrainingModules');
  const page = (name: string, roles: SuiteRole[], query: string = '', details?: RegExp): IXssVisit[] =>
    roles.map(role => ({ label: `${name}${query ? `?${query}` : ''}`, url: `SitePages/${name}.aspx${query ? `?${query}` : ''}`, role, details }));
  const visits: IXssVisit[] = [
    ...page('Home', ['pmoOwner', 'projectManager', 'member', 'visitor']),
    ...page('Portfolio', ['pmoOwner', 'boardMember', 'visitor'], '', /^Show details of /),
    ...page('Requests', ['pmoOwner', 'pmoOfficer', 'member'], '', /^Open (?!project )/),
    ...page('Scoring', ['boardMember', 'pmoOwner']),
    ...page('Prioritization', ['pmoOwner', 'boardMember']),
    ...page('Project', ['pmoOwner', 'projectManager'], p, /^Show the assignments/),
    ...page('Project', ['pmoOwner'], `${p}&print=1`),
    ...page('Raid', ['pmoOwner', 'projectManager'], p, /^Show closed /),
    ...page('Gates', ['pmoOwner', 'projectManager'], p, /^Show the review/),
    ...page('Benefits', ['pmoOwner', 'projectManager'], p, /^Show the measurements of /),
    ...page('Dashboard', ['pmoOwner', 'boardMember']),
    ...page('Training', ['pmoOwner', 'member', 'trainer']),
    ...(module ? page('Training', ['pmoOwner', 'member'], `module=${module}`) : []),
    ...page('Maturity', ['pmoOwner', 'member']),
    ...page('Methodology', ['pmoOwner', 'member']),
    ...page('Capacity', ['pmoOwner', 'projectManager'], '', /^(Show the saved|Show the assignments)/)
  ];
  for (const sp of sitePages.filter(x => x.teamsTab)) {
    const name = sp.file.replace(/\.aspx$/i, '');
    visits.push({ label: `Teams ${name}`, url: `/teams?tab=${name}`, role: 'pmoOwner' });
  }
  return visits;
}

/** Runs the figure on a new site with pages (its own workbench process); stops it afterwards. */
export async function xssFigures(options: IXssOptions = {}): Promise<IXssFigures> {
  const wb = await spawnWorkbench({ projects: XSS_PROJECTS });
  try {
    return await xssFiguresOn(restOf(wb.siteUrl), wb.url, options);
  } finally {
    await wb.stop();
  }
}

/** Runs the figure on a running site: writes the corpus through `rest`, renders the pages of `origin`. */
export async function xssFiguresOn(rest: IRest, origin: string, options: IXssOptions = {}): Promise<IXssFigures> {
  const corpus = options.corpus ?? XSS_PAYLOADS;
  const written = await writeXssCorpus(rest, corpus, options.lists ?? xssLists());
  const visits = xssVisits(written).filter(options.visits ?? (() => true));
  const browser = await launchBrowser();
  const results: IXssVisitResult[] = [];
  try {
    const d = await detectorContext(browser);
    for (const v of visits) results.push(await renderVisit(d, `${origin}${rest.sitePath}/`, v));
  } finally {
    await browser.close();
  }
  const fired = new Set<number>(results.flatMap(r => r.fired));
  const unsafeKeys = new Set<string>();
  const unsafe: string[] = [];
  for (const r of results) {
    for (const u of r.unsafe) {
      const ids = payloadIdsIn(u);
      const keys = ids.length ? ids.map(String) : [u];
      if (keys.every(k => unsafeKeys.has(k) || fired.has(Number(k)))) continue;
      for (const k of keys) unsafeKeys.add(k);
      unsafe.push(`${r.label} as ${r.role}: ${u}`);
    }
  }
  const executed = fired.size + unsafeKeys.size;
  return {
    visits: results,
    written,
    unsafe,
    executed,
    lines: [`reliability.xss.payloads: ${written.placed.size}`, `reliability.xss.executed: ${executed}`]
  };
}

/** The per-visit table (stderr / --verbose), then the unsafe addresses and the refused columns. */
export function xssTable(f: IXssFigures): string {
  const shown = new Set(f.visits.flatMap(v => v.shown));
  const out = [
    `columns written: ${f.written.columns.length} in ${Object.keys(f.written.items).length} lists; refused writes: ${f.written.refused.length}; payloads shown as text on some page: ${shown.size}`,
    'page                                   role            views shown fired unsafe errors'
  ];
  for (const r of f.visits) {
    out.push(`${r.label.padEnd(38)} ${r.role.padEnd(15)} ${String(r.views).padStart(5)} ${String(r.shown.length).padStart(5)} ${String(r.fired.length).padStart(5)} ${String(r.unsafe.length).padStart(6)} ${String(r.errors).padStart(6)}`);
    if (r.fired.length) out.push(`    fired: ${r.fired.join(', ')}`);
  }
  for (const u of f.unsafe) out.push(`unsafe address: ${u}`);
  for (const x of f.written.refused.slice(0, 20)) out.push(`refused: ${x}`);
  return out.join('\n');
}

