import { MAX_SEARCH_LENGTH, cleanSearchInput, formatString } from './text';

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
