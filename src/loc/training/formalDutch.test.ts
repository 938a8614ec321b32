import { loadModuleStrings, stringModules } from '../../../workbench/locales';

/**
 * PMO Hub addresses its Dutch users formally ("u", "uw") everywhere. This test reads every
 * string module's nl-nl file and fails on an informal pronoun as a whole word.
 */
const INFORMAL = /(^|[^\p{L}])(je|jij|jouw|jou|jezelf)(?![\p{L}])/iu;

/** The informal pronoun found in a text, or undefined. */
function informalPronoun(text: string): string | undefined {
  const m = INFORMAL.exec(text);
  return m ? m[2] : undefined;
}

describe('Dutch strings use the formal "u"', () => {
  it('recognises the informal pronouns as words only', () => {
    expect(informalPronoun('Je plaats is geannuleerd.')).toBe('Je');
    expect(informalPronoun('Wat wil jij doen?')).toBe('jij');
    expect(informalPronoun('Kies jouw pad')).toBe('jouw');
    expect(informalPronoun('Dit is voor jou.')).toBe('jou');
    expect(informalPronoun('Schrijf jezelf in')).toBe('jezelf');
    expect(informalPronoun('De jeugd en de journalist')).toBeUndefined();
    expect(informalPronoun('U bent ingeschreven; uw plaats')).toBeUndefined();
  });

  it.each(stringModules().map(m => [m.name] as const))('%s (nl-nl) has no informal pronoun', name => {
    const strings = loadModuleStrings(name, 'nl-nl');
    const informal = Object.keys(strings)
      .filter(key => informalPronoun(strings[key]) !== undefined)
      .map(key => `${key}: ${strings[key]}`);
    expect(informal).toEqual([]);
  });
});
