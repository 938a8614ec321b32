import { foldText, matchesSearch } from './search';
import { ids, rows } from './fixtures';

describe('portfolio: text search', () => {
  it('folds case and diacritics (ü, è, é, ß)', () => {
    expect(foldText('Müller-Straße Lefèvre ÉLÉMENTS')).toBe('muller-strasse lefevre elements');
  });

  it('matches every word, diacritics-insensitive, across title, code, programme, PM and objectives', () => {
    expect(ids(rows.filter(r => matchesSearch(r, 'muller strasse')))).toEqual([1]);
    expect(ids(rows.filter(r => matchesSearch(r, 'LEFEVRE')))).toEqual([1, 5]);
    expect(ids(rows.filter(r => matchesSearch(r, 'elements donnees')))).toEqual([5]);
    expect(ids(rows.filter(r => matchesSearch(r, 'prj-2024')))).toEqual([2, 3]);
    expect(ids(rows.filter(r => matchesSearch(r, 'digital first')))).toEqual([1, 3]);
    expect(ids(rows.filter(r => matchesSearch(r, 'public go-live')))).toEqual([1]);
    expect(ids(rows.filter(r => matchesSearch(r, '   ')))).toEqual([1, 2, 3, 4, 5]);
    expect(ids(rows.filter(r => matchesSearch(r, 'nothing like this')))).toEqual([]);
  });
});

describe('portfolio: search input PMO Hub cannot hold', () => {
  it('never matches through the text between two fields: control characters (the old field separator U+0001) match nothing', () => {
    for (const text of ['\u0001', '\u0000', ' \u0001 ', '\u001f\u0085']) expect(`${JSON.stringify(text)}: ${ids(rows.filter(r => matchesSearch(r, text))).join(',')}`).toBe(`${JSON.stringify(text)}: `);
    // Control characters inside a word are dropped; tabs and line breaks separate words.
    expect(ids(rows.filter(r => matchesSearch(r, 'mul\u0001ler\tstrasse')))).toEqual([1]);
  });

  it('matches with the first 255 characters of a very long text, and fast', () => {
    const long = `muller ${'x'.repeat(10_000)}`;
    expect(ids(rows.filter(r => matchesSearch(r, long)))).toEqual([]);
    expect(ids(rows.filter(r => matchesSearch(r, `muller${' '.repeat(10_000)}strasse`)))).toEqual([1]);
  });
});
