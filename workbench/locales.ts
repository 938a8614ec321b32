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

/** The strings of one locale (falls back to en-us for an unknown locale). */
export function loadLocale(locale: string): Record<string, string> {
  const l = (LOCALES as readonly string[]).indexOf(locale.toLowerCase()) >= 0 ? locale.toLowerCase() : 'en-us';
  let strings = cache.get(l);
  if (!strings) {
    strings = { ...evaluateAmdStrings(readFileSync(path.join(locDir, `${l}.js`), 'utf8')), ...pendingStrings(l) };
    cache.set(l, strings);
  }
  return strings;
}
