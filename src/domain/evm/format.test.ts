import { earnedValue, formatEvmAmount, formatEvmFigure, formatEvmIndex } from './index';

const MINUS = '\u2212';

describe('earned-value figures as the Project page and the Portfolio show them', () => {
  it('writes indices with exactly two decimals in every locale (the trial saw "0,7" and "1")', () => {
    expect(formatEvmIndex(0.7, 'de-de')).toBe('0,70');
    expect(formatEvmIndex(1, 'de-de')).toBe('1,00');
    expect(formatEvmIndex(1, 'en-us')).toBe('1.00');
    expect(formatEvmIndex(0.8333, 'nl-nl')).toBe('0,83');
    expect(formatEvmIndex(1.25, 'fr-fr')).toBe('1,25');
  });

  it('writes amounts whole, without the cents a division leaves (EAC = BAC / CPI)', () => {
    expect(formatEvmAmount(4480.42, 'en-us')).toBe('4,480');
    expect(formatEvmAmount(1250000.5, 'de-de')).toBe('1.250.001');
    expect(formatEvmAmount(52840203.5, 'nl-nl')).toBe('52.840.204');
  });

  it('writes negative numbers with the minus sign U+2212, never a hyphen, and no "−0"', () => {
    expect(formatEvmAmount(-479.6, 'en-us')).toBe(`${MINUS}480`);
    expect(formatEvmAmount(-1250, 'de-de')).toBe(`${MINUS}1.250`);
    expect(formatEvmIndex(-0.05, 'it-it')).toBe(`${MINUS}0,05`);
    expect(formatEvmAmount(-0.4, 'en-us')).toBe('0');
    for (const locale of ['en-us', 'de-de', 'fr-fr', 'nl-nl', 'it-it']) expect(formatEvmAmount(-300, locale)).not.toContain('-');
  });

  it('formats each figure of the PMBOK worked example by its kind', () => {
    const r = earnedValue({ pv: 3000, ev: 2500, ac: 2800, bac: 4000 });
    expect(formatEvmFigure('cv', r.cv as number, 'en-us')).toBe(`${MINUS}300`);
    expect(formatEvmFigure('sv', r.sv as number, 'en-us')).toBe(`${MINUS}500`);
    expect(formatEvmFigure('spi', r.spi as number, 'de-de')).toBe('0,83');
    expect(formatEvmFigure('eac', r.eac as number, 'de-de')).toBe('4.480');
    expect(formatEvmFigure('vac', r.vac as number, 'en-us')).toBe(`${MINUS}480`);
    expect(formatEvmFigure('tcpiBac', r.tcpiBac as number, 'en-us')).toBe('1.25');
  });
});
