import { fieldNumberText, readFieldNumber } from './index';

const HOURS = { decimals: 2, min: 0, above: true };
const SEATS = { decimals: 0, min: 1 };

describe('readFieldNumber', () => {
  it('"3,5" is 3.5 hours in German, French, Dutch and Italian', () => {
    for (const locale of ['de-de', 'fr-fr', 'nl-nl', 'it-it']) expect(readFieldNumber('3,5', locale, HOURS)).toEqual({ ok: true, value: 3.5 });
  });

  it('"3,5" is not a number in English (the comma groups thousands), "3.5" is', () => {
    expect(readFieldNumber('3,5', 'en-us', HOURS)).toEqual({ ok: false, problem: 'invalid' });
    expect(readFieldNumber('3.5', 'en-us', HOURS)).toEqual({ ok: true, value: 3.5 });
    // And the other way round: "3.5" in German could be 35 or 3.5 — refused, never guessed.
    expect(readFieldNumber('3.5', 'de-de', HOURS)).toEqual({ ok: false, problem: 'invalid' });
  });

  it('blank is no value; the least value and whole numbers are checked', () => {
    expect(readFieldNumber('  ', 'en-us', HOURS)).toEqual({ ok: true, value: undefined });
    expect(readFieldNumber('0', 'en-us', HOURS)).toEqual({ ok: false, problem: 'tooSmall' });
    expect(readFieldNumber('-2', 'en-us', SEATS)).toEqual({ ok: false, problem: 'tooSmall' });
    expect(readFieldNumber('0', 'en-us', SEATS)).toEqual({ ok: false, problem: 'tooSmall' });
    expect(readFieldNumber('1', 'en-us', SEATS)).toEqual({ ok: true, value: 1 });
    expect(readFieldNumber('12,5', 'de-de', SEATS)).toEqual({ ok: false, problem: 'whole' });
    expect(readFieldNumber('1.000', 'de-de', SEATS)).toEqual({ ok: true, value: 1000 });
    expect(readFieldNumber('1.255', 'en-us', HOURS)).toEqual({ ok: false, problem: 'decimals' });
  });
});

describe('fieldNumberText', () => {
  it("writes a stored number in the locale's form, which reads back to the same number", () => {
    expect(fieldNumberText(3.5, 'de-de')).toBe('3,5');
    expect(fieldNumberText(3.5, 'en-us')).toBe('3.5');
    expect(fieldNumberText(undefined, 'en-us')).toBe('');
    for (const locale of ['en-us', 'de-de', 'fr-fr', 'nl-nl', 'it-it']) expect(readFieldNumber(fieldNumberText(1234.5, locale), locale, HOURS)).toEqual({ ok: true, value: 1234.5 });
  });
});
