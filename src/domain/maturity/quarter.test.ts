import { quarterLabel } from './index';

describe('quarterLabel', () => {
  it("shows a stored quarter key in each language's usual form", () => {
    expect(quarterLabel('2026-Q4', 'en-us')).toBe('Q4 2026');
    expect(quarterLabel('2026-Q4', 'de-de')).toBe('Q4 2026');
    expect(quarterLabel('2026-Q4', 'fr-FR')).toBe('T4 2026');
    expect(quarterLabel('2026-Q1', 'nl-nl')).toBe('K1 2026');
    expect(quarterLabel('2027-Q2', 'it-it')).toBe('T2 2027');
  });

  it('another language reads the English form; a value that is not a key stays as it is', () => {
    expect(quarterLabel('2026-Q3', 'es-es')).toBe('Q3 2026');
    expect(quarterLabel('2026-Q5', 'en-us')).toBe('2026-Q5');
    expect(quarterLabel('', 'de-de')).toBe('');
  });
});
