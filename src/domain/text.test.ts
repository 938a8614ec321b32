import { MAX_SEARCH_LENGTH, TEXT_MAX_LENGTH, fitToLength, cleanSearchInput, formatPlural, formatString, isTooLong } from './text';

describe('fitToLength', () => {
  it('cuts text PMO Hub makes to the limit between characters, never inside an emoji', () => {
    expect(fitToLength(`${'x'.repeat(254)}📈 2027-06-15`)).toBe('x'.repeat(254));
    expect(fitToLength(`${'x'.repeat(253)}📈 2027`)).toBe(`${'x'.repeat(253)}📈`);
    expect(fitToLength('short')).toBe('short');
  });
});

describe('isTooLong', () => {
  it('counts UTF-16 code units as SharePoint does (an emoji outside the BMP counts 2), after trimming the ends', () => {
    expect(TEXT_MAX_LENGTH).toBe(255);
    expect(isTooLong('x'.repeat(255))).toBe(false);
    expect(isTooLong('x'.repeat(256))).toBe(true);
    expect(isTooLong(`  ${'x'.repeat(255)}  `)).toBe(false);
    expect(isTooLong(`${'x'.repeat(254)}📈`)).toBe(true);
    expect(isTooLong('abc', 2)).toBe(true);
    expect(isTooLong(undefined)).toBe(false);
  });
});

describe('formatString', () => {
  it('fills numbered placeholders in any order', () => {
    expect(formatString('{1} von {0}', 'Anna', 3)).toBe('3 von Anna');
  });
  it('repeats a placeholder used twice', () => {
    expect(formatString('{0} / {0}', 'x')).toBe('x / x');
  });
  it('leaves a placeholder without argument visible', () => {
    expect(formatString('Hello, {0} {1}', 'Luc')).toBe('Hello, Luc {1}');
  });
});

describe('cleanSearchInput', () => {
  it('drops control characters, collapses whitespace and trims', () => {
    expect(cleanSearchInput(' Anna\u0000 \u0001Schmidt\t\n O\u0085\u2028Neil ')).toEqual({ text: 'Anna Schmidt O Neil', length: 19, tooLong: false, unsearchable: false });
    expect(cleanSearchInput('\u0001\u0002')).toEqual({ text: '', length: 0, tooLong: false, unsearchable: true });
    expect(cleanSearchInput('   ')).toEqual({ text: '', length: 0, tooLong: false, unsearchable: false });
    expect(cleanSearchInput('Lefèvre – “Ü” 🚀')).toEqual({ text: 'Lefèvre – “Ü” 🚀', length: 15, tooLong: false, unsearchable: false });
  });

  it('bounds the text to MAX_SEARCH_LENGTH characters (code points) and says it was too long', () => {
    expect(MAX_SEARCH_LENGTH).toBe(255);
    const exact = cleanSearchInput('a'.repeat(255));
    expect([exact.text.length, exact.tooLong]).toEqual([255, false]);
    const long = cleanSearchInput('🚀'.repeat(10_000));
    expect([Array.from(long.text).length, long.length, long.tooLong]).toEqual([255, 10_000, true]);
  });
});

describe('formatPlural', () => {
  const requests = { one: '{0} request', other: '{0} requests' };
  it('takes the one form where the locale\'s plural rules say so (CLDR via Intl.PluralRules)', () => {
    expect(formatPlural(requests, 1, 'en-us', 1)).toBe('1 request');
    expect(formatPlural(requests, 0, 'en-us', 0)).toBe('0 requests');
    expect(formatPlural(requests, 2, 'en-us', 2)).toBe('2 requests');
    expect(formatPlural({ one: '{0} Antrag', other: '{0} Anträge' }, 1, 'de-de', 1)).toBe('1 Antrag');
    // French puts 0 and 1 in the singular.
    expect(formatPlural({ one: '{0} demande', other: '{0} demandes' }, 0, 'fr-fr', 0)).toBe('0 demande');
    expect(formatPlural({ one: '{0} demande', other: '{0} demandes' }, 2, 'fr-fr', 2)).toBe('2 demandes');
    expect(formatPlural({ one: '{0} aanvraag', other: '{0} aanvragen' }, 1, 'nl-nl', 1)).toBe('1 aanvraag');
    expect(formatPlural({ one: '{0} richiesta', other: '{0} richieste' }, 1, 'it-it', 1)).toBe('1 richiesta');
  });

  it('falls back to the other form where there is no one form, and chooses by the count given (the total of "{0} of {1}")', () => {
    expect(formatPlural({ other: '{0} items' }, 1, 'en-us', 1)).toBe('1 items');
    expect(formatPlural({ one: '{0} of {1} project', other: '{0} of {1} projects' }, 1, 'en-us', 0, 1)).toBe('0 of 1 project');
  });
});
