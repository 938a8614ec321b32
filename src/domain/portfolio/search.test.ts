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
