import { LOCALES, loadLocale } from '../../tools/jest/locale';
import { pendingFiles } from '../../workbench/locales';

describe('PMO Hub strings', () => {
  const english = loadLocale('en-us');
  const englishKeys = Object.keys(english).sort();

  it('has a healthy English baseline', () => {
    expect(englishKeys.length).toBeGreaterThan(30);
    for (const key of englishKeys) expect(english[key].trim()).not.toBe('');
  });

  it.each(LOCALES.filter(l => l !== 'en-us'))('%s has exactly the English keys, none empty', locale => {
    const strings = loadLocale(locale);
    const keys = Object.keys(strings).sort();
    expect(keys.filter(k => englishKeys.indexOf(k) < 0)).toEqual([]); // extra keys
    expect(englishKeys.filter(k => keys.indexOf(k) < 0)).toEqual([]); // missing keys
    for (const key of keys) expect(strings[key].trim()).not.toBe('');
  });

  it.each(LOCALES)('%s keeps every {n} placeholder of the English text', locale => {
    const strings = loadLocale(locale);
    for (const key of englishKeys) {
      const placeholders = (s: string): string[] => (s.match(/\{\d+\}/g) ?? []).sort();
      expect({ key, p: placeholders(strings[key]) }).toEqual({ key, p: placeholders(english[key]) });
    }
  });

  it('has no strings left in src/loc/pending (the SPFx build reads only the five locale files)', () => {
    expect(pendingFiles().map(p => `${p.file}: run npx tsx tools/merge-pending-strings.ts`)).toEqual([]);
  });

  it('declares every English key in PmoHubStrings.d.ts or uses a documented prefix', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- read the declaration file as text
    const decl: string = require('fs').readFileSync(require('path').join(__dirname, 'PmoHubStrings.d.ts'), 'utf8');
    const undeclared = englishKeys.filter(k => decl.indexOf(`${k}:`) < 0 && !/^(List|Field|Group|View|Choice|Validation|Error|Setup|Portfolio|Request|Intake|Teams|Scoring)_/.test(k));
    expect(undeclared).toEqual([]);
  });
});
