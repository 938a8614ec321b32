/** Test helpers for PMO Hub's five locales. */
export const LOCALES = ['en-us', 'de-de', 'fr-fr', 'nl-nl', 'it-it'] as const;
export type Locale = (typeof LOCALES)[number];

/** Loads one locale file (an SPFx AMD resource module) as a plain object, with strings staged in src/loc/pending. */
export function loadLocale(locale: Locale): Record<string, string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- Jest loads the AMD file through tools/jest/amd-transform.js
  const committed = require(`../../src/loc/${locale}.js`) as Record<string, string>;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- plain CommonJS helper shared with the workbench
  const { pendingStrings } = require('../pending-strings') as { pendingStrings: (l: string) => Record<string, string> };
  return { ...committed, ...pendingStrings(locale) };
}

/** Switches the strings that `import * as strings from 'PmoHubStrings'` sees in this test file. */
export function useTestLocale(locale: Locale): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the same module instance the components import
  const strings = require('PmoHubStrings') as Record<string, string>;
  Object.assign(strings, loadLocale(locale));
}
