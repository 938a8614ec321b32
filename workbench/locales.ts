/**
 * Loads PMO Hub's SPFx resource modules (src/loc/<locale>.js, AMD `define([], factory)`) outside
 * SharePoint: in the CLI, the seed, benchmarks, the local site's server, Jest and the tools, with
 * the strings staged in src/loc/pending/*.json merged over them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The five UI locales of PMO Hub, as SPFx names its resource files. */
export const LOCALES = ['en-us', 'de-de', 'fr-fr', 'nl-nl', 'it-it'] as const;
export type Locale = (typeof LOCALES)[number];

const locDir: string = path.resolve(__dirname, '..', 'src', 'loc');
const pendingDir: string = path.join(locDir, 'pending');
const cache: Map<string, Record<string, string>> = new Map();

/** One file of strings staged in src/loc/pending (see the README there): strings by locale, then key. */
export interface IPendingStringsFile {
  /** File name, e.g. 'portfolio-views.json'. */
  file: string;
  strings: Record<string, Record<string, string>>;
}

/** The staged string files, by file name. */
export function pendingFiles(): IPendingStringsFile[] {
  if (!existsSync(pendingDir)) return [];
  return readdirSync(pendingDir).filter(f => f.endsWith('.json')).sort().map(f => ({
    file: f,
    strings: JSON.parse(readFileSync(path.join(pendingDir, f), 'utf8')) as Record<string, Record<string, string>>
  }));
}

/** The staged strings of one locale (later files win). */
export function pendingStrings(locale: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of pendingFiles()) Object.assign(out, p.strings[locale] || {});
  return out;
}

/** Evaluates an AMD resource module's source text and returns the strings object it defines. */
export function evaluateAmdStrings(source: string): Record<string, string> {
  let result: Record<string, string> | undefined;
  const define = (_deps: string[], factory: () => Record<string, string>): void => {
    result = factory();
  };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- trusted, local resource file of this repository
  new Function('define', source)(define);
  if (!result) throw new Error('The resource module did not call define()');
  return result;
}

/** One SPFx resource module of PMO Hub: its name (what `import * as strings from '…'` names) and folder. */
export interface IStringModule {
  /** Module name, e.g. 'PmoHubStrings' or 'ScoringStrings'. */
  name: string;
  /** Absolute folder of its five `<locale>.js` files (src/loc or a folder below it). */
  dir: string;
}

let modulesCache: IStringModule[] | undefined;

/**
 * PMO Hub's resource modules, read from config/config.json `localizedResources` (the one list; the
 * SPFx build reads it too): `lib/loc/{locale}.js` → src/loc, `lib/loc/scoring/{locale}.js` →
 * src/loc/scoring. 'PmoHubStrings' (shared by every web part) comes first.
 * @throws Error when an entry does not point below lib/loc/ with a `{locale}.js` file name.
 */
export function stringModules(): IStringModule[] {
  if (modulesCache) return modulesCache;
  const config = JSON.parse(readFileSync(path.resolve(__dirname, '..', 'config', 'config.json'), 'utf8')) as { localizedResources: Record<string, string> };
  modulesCache = Object.entries(config.localizedResources).map(([name, pattern]) => {
    const m = /^lib\/loc\/((?:[a-z0-9-]+\/)*)\{locale\}\.js$/.exec(pattern);
    if (!m) throw new Error(`config.json localizedResources.${name}: expected lib/loc/[folder/]{locale}.js, got ${pattern}`);
    return { name, dir: path.join(locDir, m[1]) };
  }).sort((a, b) => (a.name === 'PmoHubStrings' ? -1 : b.name === 'PmoHubStrings' ? 1 : a.name.localeCompare(b.name)));
  return modulesCache;
}

const moduleCache: Map<string, Record<string, string>> = new Map();

/**
 * The strings of one resource module in one locale (falls back to en-us for an unknown locale). The
 * strings staged in src/loc/pending belong to 'PmoHubStrings'.
 * @throws Error for a module name config/config.json does not list.
 */
export function loadModuleStrings(moduleName: string, locale: string): Record<string, string> {
  const mod = stringModules().find(m => m.name === moduleName);
  if (!mod) throw new Error(`Unknown strings module ${moduleName} (config/config.json localizedResources)`);
  const l = (LOCALES as readonly string[]).indexOf(locale.toLowerCase()) >= 0 ? locale.toLowerCase() : 'en-us';
  const cacheKey = `${moduleName}/${l}`;
  let strings = moduleCache.get(cacheKey);
  if (!strings) {
    strings = evaluateAmdStrings(readFileSync(path.join(mod.dir, `${l}.js`), 'utf8'));
    if (moduleName === 'PmoHubStrings') strings = { ...strings, ...pendingStrings(l) };
    moduleCache.set(cacheKey, strings);
  }
  return strings;
}

/**
 * Every string of one locale, from all of PMO Hub's resource modules (keys are unique across
 * modules: src/loc/locales.test.ts checks it). Falls back to en-us for an unknown locale. For Node
 * callers (CLI, seed, tools, Jest), which need no per-web-part split.
 */
export function loadLocale(locale: string): Record<string, string> {
  const l = (LOCALES as readonly string[]).indexOf(locale.toLowerCase()) >= 0 ? locale.toLowerCase() : 'en-us';
  let strings = cache.get(l);
  if (!strings) {
    strings = Object.assign({}, ...stringModules().map(m => loadModuleStrings(m.name, l))) as Record<string, string>;
    cache.set(l, strings);
  }
  return strings;
}
