/** The workbench's own labels exist in all five languages, translated, with the same placeholders. */
import { LOCALES } from '../locales';
import { WORKBENCH_LOCALES, WORKBENCH_STRINGS, workbenchStrings, type IWorkbenchStrings } from './strings';

const keys = Object.keys(WORKBENCH_STRINGS['en-us']) as Array<keyof IWorkbenchStrings>;
/** Names and codes that read the same in every language. */
const SAME_EVERYWHERE: ReadonlyArray<keyof IWorkbenchStrings> = ['chat', 'posts'];

describe('the workbench\'s labels', () => {
  it('cover PMO Hub\'s five locales', () => {
    expect([...WORKBENCH_LOCALES]).toEqual([...LOCALES]);
  });

  it.each(WORKBENCH_LOCALES.filter(l => l !== 'en-us'))('are all translated into %s, with English\'s placeholders', locale => {
    const s = WORKBENCH_STRINGS[locale];
    expect(Object.keys(s).sort()).toEqual([...keys].sort());
    const untranslated = keys.filter(k => s[k] === WORKBENCH_STRINGS['en-us'][k] && SAME_EVERYWHERE.indexOf(k) < 0 && !(locale === 'nl-nl' && k === 'chat') && !(locale === 'it-it' && (k === 'chat' || k === 'posts' || k === 'files')));
    expect(untranslated).toEqual([]);
    for (const k of keys) {
      expect(s[k].trim()).not.toBe('');
      const holes = (t: string): string[] => (t.match(/\{\d\}/g) ?? []).sort();
      expect(`${k}: ${holes(s[k]).join(',')}`).toBe(`${k}: ${holes(WORKBENCH_STRINGS['en-us'][k]).join(',')}`);
    }
  });

  it('fall back to English for a language PMO Hub does not have', () => {
    expect(workbenchStrings('es-es').language).toBe('Language');
    expect(workbenchStrings('DE-DE').language).toBe('Sprache');
  });
});
