/**
 * Loads PMO Hub's SPFx resource modules (src/loc/<locale>.js, AMD `define([], factory)`) outside
 * SharePoint: in the CLI, the seed, benchmarks and the local site's server.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain CommonJS helper shared with Jest
const { pendingStrings } = require('../tools/pending-strings') as { pendingStrings: (locale: string) => Record<string, string> };

/** The five UI locales of PMO Hub, as SPFx names its resource files. */
export const LOCALES = ['en-us', 'de-de', 'fr-fr', 'nl-nl', 'it-it'] as const;
export type Locale = (typeof LOCALES)[number];

const locDir: string = path.resolve(__dirname, '..', 'src', 'loc');
const cache: Map<string, Record<string, string>> = new Map();

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
