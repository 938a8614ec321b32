import { formatAmountFor, formatMoney, MAX_AMOUNT, numberSymbols, readAmount, withMinusSign } from './amount';

const value = (text: string, locale: string): number | undefined => {
  const r = readAmount(text, locale);
  if (!r.ok) throw new Error(`${locale} refused "${text}": ${r.problem}`);
  return r.value;
};
const problem = (text: string, locale: string): string | undefined => {
  const r = readAmount(text, locale);
  return r.ok ? undefined : r.problem;
};

const NNBSP = '\u202f'; // fr-fr's thousands separator
const NBSP = '\u00a0';

describe('amounts: the separators of each locale (Intl.NumberFormat)', () => {
  it('are what PMO Hub displays', () => {
    expect(numberSymbols('en-us')).toEqual({ group: ',', decimal: '.' });
    expect(numberSymbols('de-de')).toEqual({ group: '.', decimal: ',' });
    expect(numberSymbols('fr-fr')).toEqual({ group: NNBSP, decimal: ',' });
    expect(numberSymbols('nl-nl')).toEqual({ group: '.', decimal: ',' });
    expect(numberSymbols('it-it')).toEqual({ group: '.', decimal: ',' });
  });
});

describe('amounts: reading what users type (issue 9, item 1)', () => {
  it('English: grouping with commas, a decimal point', () => {
    expect(value('250,000', 'en-us')).toBe(250000);
    expect(value('1,250,000', 'en-us')).toBe(1250000);
    expect(value('1250000.5', 'en-us')).toBe(1250000.5);
    expect(value('1,250,000.75', 'en-us')).toBe(1250000.75);
    expect(value('1 250 000', 'en-us')).toBe(1250000);
    expect(value('-1,500', 'en-us')).toBe(-1500);
    expect(value('\u22121,500.25', 'en-us')).toBe(-1500.25);
    expect(value('  42  ', 'en-us')).toBe(42);
    expect(value('', 'en-us')).toBeUndefined();
  });

  it('German, Dutch and Italian: grouping with points, a decimal comma', () => {
    for (const locale of ['de-de', 'nl-nl', 'it-it']) {
      expect(value('250.000', locale)).toBe(250000);
      expect(value('1.250.000', locale)).toBe(1250000);
      expect(value('1.250.000,50', locale)).toBe(1250000.5);
      expect(value('250,5', locale)).toBe(250.5);
      expect(value(`1${NBSP}250${NBSP}000,5`, locale)).toBe(1250000.5);
      expect(value('-12.345,67', locale)).toBe(-12345.67);
    }
  });

  it('French: narrow no-break spaces (as Intl writes them), plain spaces, a decimal comma', () => {
    expect(value(`1${NNBSP}250${NNBSP}000`, 'fr-fr')).toBe(1250000);
    expect(value('1 250 000,50', 'fr-fr')).toBe(1250000.5);
    expect(value(`1${NBSP}250,5`, 'fr-fr')).toBe(1250.5);
    expect(value('-250,75', 'fr-fr')).toBe(-250.75);
  });

  it('refuses what it would have to guess, rather than storing another number', () => {
    expect(problem('1,5', 'en-us')).toBe('invalid'); // a German decimal comma? 15? 1.5?
    expect(problem('1.250.000', 'en-us')).toBe('invalid');
    expect(problem('1.5', 'de-de')).toBe('invalid'); // an English decimal point in German
    expect(problem('1,250,000', 'de-de')).toBe('invalid');
    expect(problem('1.250.000', 'fr-fr')).toBe('invalid');
    expect(problem('12,34,567', 'en-us')).toBe('invalid'); // groups of three only
    expect(problem('1,250 000', 'en-us')).toBe('invalid'); // one kind of grouping per amount
    expect(problem('1e5', 'en-us')).toBe('invalid');
    expect(problem('12abc', 'en-us')).toBe('invalid');
    expect(problem('--5', 'en-us')).toBe('invalid');
    expect(problem('€ 100', 'de-de')).toBe('invalid');
  });

  it('refuses more than two decimal places, and amounts beyond the largest PMO Hub stores', () => {
    expect(problem('10.125', 'en-us')).toBe('decimals');
    expect(readAmount('10.125', 'en-us', 3)).toEqual({ ok: true, value: 10.125 });
    expect(problem('1000000000000', 'en-us')).toBe('tooLarge');
    expect(problem('1'.padEnd(308, '0'), 'en-us')).toBe('tooLarge'); // 1e307 was saved as Infinity
    expect(value('999,999,999,999.99', 'en-us')).toBe(MAX_AMOUNT);
  });

  it('reads back every amount as PMO Hub displays it, in all five locales', () => {
    const samples = [0, 5, 999, 1000, 250000, 1250000, 1250000.5, 12345.67, -1500.25, MAX_AMOUNT];
    for (const locale of ['en-us', 'de-de', 'fr-fr', 'nl-nl', 'it-it']) {
      for (const n of samples) expect({ locale, n, read: value(formatAmountFor(n, locale), locale) }).toEqual({ locale, n, read: n });
    }
  });
});

describe('money as PMO Hub shows it', () => {
  it('shows whole amounts without decimals and others with exactly two, never rounded to a different whole number', () => {
    expect(formatMoney(1500000.5, 'en-us')).toBe('1,500,000.50');
    expect(formatMoney(1500000, 'en-us')).toBe('1,500,000');
    expect(formatMoney(1500000.5, 'de-de')).toBe('1.500.000,50');
    expect(formatMoney(0.1, 'it-it')).toBe('0,10');
    expect(formatMoney(-250000, 'nl-nl')).toBe('-250.000');
    // fr-fr groups with a narrow no-break space (U+202F).
    expect(formatMoney(1760001, 'fr-fr')).toBe('1\u202f760\u202f001');
  });
});

describe('withMinusSign', () => {
  it('writes the minus of a formatted number as U+2212, which readAmount reads back', () => {
    expect(withMinusSign(formatMoney(-250000, 'nl-nl'))).toBe('\u2212250.000');
    expect(withMinusSign(formatMoney(250000, 'nl-nl'))).toBe('250.000');
    expect(readAmount(withMinusSign(formatMoney(-1250.5, 'de-de')), 'de-de')).toEqual({ ok: true, value: -1250.5 });
  });
});
