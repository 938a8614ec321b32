/** Test helpers for PMO Hub's five locales (loaded as the workbench loads them: workbench/locales.ts). */
import { loadLocale, LOCALES, type Locale } from '../../workbench/locales';

export { loadLocale, LOCALES, type Locale };

/** Switches the strings that `import * as strings from 'PmoHubStrings'` (and every other strings module) sees in this test file. */
export function useTestLocale(locale: Locale): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the same module instance the components import
  const strings = require('PmoHubStrings') as Record<string, string>;
  Object.assign(strings, loadLocale(locale));
}
