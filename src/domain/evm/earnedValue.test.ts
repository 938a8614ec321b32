import { EAC_FORMULAS, EAC_METHODS, EVM_FIGURES, earnedValue, earnedValueDetailed, toCompleteIndex, type EacMethod, type IEarnedValueInput } from './index';

/**
 * Published worked example 1 — the "fence" exercise of Rita Mulcahy, PMP® Exam Prep (RMC
 * Publications), Cost Management chapter, p. 210 (reproduced as "Earned Value Exercise",
 * https://studylib.net/doc/5898152/earned-value-exercise):
 *   "You have a project to build a new fence. The fence is four sided. Each side is to take one day
 *   to build and is budgeted for $1,000 per side. [...] Today is the end of day three."
 *   Side 1 complete, spent $1,000; side 2 complete, spent $1,200; side 3 50 % done, spent $600;
 *   side 4 not yet started.
 * The book's answers: PV 3,000 · EV 2,500 · AC 2,800 · BAC 4,000 · CV −300 · CPI .893 · SV −500 ·
 * SPI .833 · EAC 4,479 · ETC 1,679 · VAC −479.
 * The book divides BAC by CPI rounded to .893 (4,000 / .893 = 4,479.3); unrounded, BAC / CPI =
 * 4,000 × 2,800 / 2,500 = 4,480 exactly, so ETC = 1,680 and VAC = −480. Both are checked below.
 */
const FENCE: IEarnedValueInput = { pv: 1000 + 1000 + 1000, ev: 1000 + 1000 + 500, ac: 1000 + 1200 + 600, bac: 4 * 1000 };

/**
 * Published worked example 2 — the PRA package for R (P. Govan, CRAN, v0.3.0), reference pages
 * `eac` and `tcpi` (https://paulgovan.github.io/PRA/reference/eac.html, …/tcpi.html):
 *   bac <- 100000; ev <- 35000; ac <- 63000
 *   "EAC (atypical): 128000"; "TCPI (to meet BAC): 1.76"; with eac <- 120482, "TCPI (to meet EAC): 1.13".
 * (PMBOK's "plan" EAC is PRA's "atypical" one.)
 */
const PRA: IEarnedValueInput = { bac: 100000, ev: 35000, ac: 63000 };

describe('earnedValue on published worked examples', () => {
  it('reproduces the fence exercise (Mulcahy, PMP Exam Prep, p. 210)', () => {
    expect(FENCE).toEqual({ pv: 3000, ev: 2500, ac: 2800, bac: 4000 });
    const r = earnedValue(FENCE);
    expect(r.cv).toBe(-300);
    expect(r.sv).toBe(-500);
    expect(Number(r.cpi?.toFixed(3))).toBe(0.893);
    expect(Number(r.spi?.toFixed(3))).toBe(0.833);
    expect(r.eac).toBeCloseTo(4480, 9);
    expect(r.etc).toBeCloseTo(1680, 9);
    expect(r.vac).toBeCloseTo(-480, 9);
    // The book's 4,479 / 1,679 / −479 come from CPI rounded to three places first:
    expect(Math.trunc(4000 / 0.893)).toBe(4479);
    expect(Math.trunc(4000 / 0.893) - 2800).toBe(1679);
    // TCPI to BAC = (4,000 − 2,500) / (4,000 − 2,800) = 1.25; to EAC = BAC / CPI is CPI itself.
    expect(r.tcpiBac).toBeCloseTo(1.25, 12);
    expect(r.tcpiEac).toBeCloseTo(2500 / 2800, 12);
  });

  it('forecasts the fence exercise with the other two EAC formulas (PMBOK Table 7-1)', () => {
    const plan = earnedValue({ ...FENCE, eacMethod: 'plan' });
    expect(plan.eac).toBe(2800 + (4000 - 2500)); // 4,300
    expect(plan.etc).toBe(1500);
    expect(plan.vac).toBe(-300);
    expect(plan.tcpiEac).toBe(1); // the rest at the budgeted rate
    // AC + (BAC − EV) / (CPI × SPI) = 2,800 + 1,500 / (25/28 × 5/6) = 2,800 + 2,016 = 4,816
    const cpiSpi = earnedValue({ ...FENCE, eacMethod: 'cpiSpi' });
    expect(cpiSpi.eac).toBeCloseTo(4816, 9);
    expect(cpiSpi.etc).toBeCloseTo(2016, 9);
    expect(cpiSpi.vac).toBeCloseTo(-816, 9);
    expect(cpiSpi.tcpiEac).toBeCloseTo(1500 / 2016, 12);
  });

  it('reproduces the PRA package figures for the "plan" EAC and both TCPIs', () => {
    const r = earnedValue({ ...PRA, eacMethod: 'plan' });
    expect(r.eac).toBe(128000);
    expect(Number(r.tcpiBac?.toFixed(2))).toBe(1.76);
    const tcpiEac = toCompleteIndex(100000, 35000, 63000, 120482, 'eac');
    expect(typeof tcpiEac === 'number' ? Number(tcpiEac.toFixed(2)) : tcpiEac).toBe(1.13);
  });

  it('names the EAC method and its formula, BAC / CPI by default', () => {
    expect(earnedValueDetailed(FENCE)).toMatchObject({ eacMethod: 'cpi', eacFormula: 'BAC / CPI' });
    for (const m of EAC_METHODS) expect(earnedValueDetailed({ ...FENCE, eacMethod: m })).toMatchObject({ eacMethod: m, eacFormula: EAC_FORMULAS[m] });
    expect(EAC_FORMULAS.cpiSpi).toBe('AC + (BAC − EV) / (CPI × SPI)');
  });

  it('refuses an unknown EAC method', () => {
    expect(() => earnedValue({ ...FENCE, eacMethod: 'median' as EacMethod })).toThrow(RangeError);
  });
});

describe('earnedValue: not available, with the reason', () => {
  it('names the missing inputs of each figure', () => {
    const d = earnedValueDetailed({ ev: 2500, ac: 2800 });
    expect(d.values).toEqual({ sv: null, cv: -300, spi: null, cpi: 2500 / 2800, eac: null, etc: null, vac: null, tcpiBac: null, tcpiEac: null });
    expect(d.figures.sv).toEqual({ value: null, reason: 'missingInput', inputs: ['pv'] });
    expect(d.figures.eac).toEqual({ value: null, reason: 'missingInput', inputs: ['bac'] });
    expect(d.figures.tcpiEac).toEqual({ value: null, reason: 'missingInput', inputs: ['bac'] });
    expect(earnedValueDetailed({}).figures.tcpiEac).toEqual({ value: null, reason: 'missingInput', inputs: ['ev', 'ac', 'bac'] });
    expect(earnedValueDetailed({ pv: null, ev: null, ac: null, bac: null }).figures.sv).toEqual({ value: null, reason: 'missingInput', inputs: ['pv', 'ev'] });
  });

  it('calls negative and non-finite inputs invalid, ahead of missing ones', () => {
    expect(earnedValueDetailed({ pv: -1, ev: 10 }).figures.spi).toEqual({ value: null, reason: 'invalidInput', inputs: ['pv'] });
    expect(earnedValueDetailed({ pv: NaN, ev: Infinity }).figures.sv).toEqual({ value: null, reason: 'invalidInput', inputs: ['pv', 'ev'] });
    expect(earnedValueDetailed({ ev: -5, ac: 10, bac: 100 }).figures.eac).toEqual({ value: null, reason: 'invalidInput', inputs: ['ev'] });
  });

  it('names the zero divisor: PV, AC, CPI, CPI × SPI', () => {
    expect(earnedValueDetailed({ pv: 0, ev: 10 }).figures.spi).toEqual({ value: null, reason: 'divisionByZero', divisor: 'pv' });
    const noActuals = earnedValueDetailed({ pv: 100, ev: 10, ac: 0, bac: 1000 });
    expect(noActuals.figures.cpi).toEqual({ value: null, reason: 'divisionByZero', divisor: 'ac' });
    expect(noActuals.figures.eac).toEqual({ value: null, reason: 'divisionByZero', divisor: 'ac' });
    expect(noActuals.figures.vac).toEqual({ value: null, reason: 'divisionByZero', divisor: 'ac' });
    const nothingEarned = earnedValueDetailed({ pv: 100, ev: 0, ac: 50, bac: 1000 });
    expect(nothingEarned.values.cpi).toBe(0);
    expect(nothingEarned.figures.eac).toEqual({ value: null, reason: 'divisionByZero', divisor: 'cpi' });
    expect(nothingEarned.figures.etc).toEqual({ value: null, reason: 'divisionByZero', divisor: 'cpi' });
    expect(earnedValueDetailed({ pv: 100, ev: 0, ac: 50, bac: 1000, eacMethod: 'cpiSpi' }).figures.eac).toEqual({ value: null, reason: 'divisionByZero', divisor: 'cpiSpi' });
    expect(earnedValueDetailed({ pv: 0, ev: 0, ac: 0, bac: 1000, eacMethod: 'plan' }).values.eac).toBe(1000);
  });

  it('gives no TCPI when the budget or the estimate is used up, or no work is left', () => {
    const overrun = earnedValueDetailed({ pv: 900, ev: 800, ac: 1000, bac: 1000 });
    expect(overrun.figures.tcpiBac).toEqual({ value: null, reason: 'budgetExhausted' });
    expect(earnedValueDetailed({ pv: 900, ev: 800, ac: 1200, bac: 1000 }).figures.tcpiBac).toEqual({ value: null, reason: 'budgetExhausted' });
    // The three formulas leave EAC − AC > 0 while work remains; an estimate made elsewhere (bottom-up)
    // that equals AC leaves nothing to spend:
    expect(toCompleteIndex(1000, 800, 900, 900, 'eac')).toEqual({ value: null, reason: 'estimateExhausted' });
    const done = earnedValueDetailed({ pv: 1000, ev: 1000, ac: 950, bac: 1000 });
    expect(done.figures.tcpiBac).toEqual({ value: null, reason: 'workComplete' });
    expect(done.figures.tcpiEac).toEqual({ value: null, reason: 'workComplete' });
    expect(done.values.eac).toBe(950);
  });

  it('gives outOfRange instead of Infinity for a division by a tiny amount', () => {
    expect(earnedValueDetailed({ pv: 5e-324, ev: 1e308 }).figures.spi).toEqual({ value: null, reason: 'outOfRange' });
  });
});

describe('earnedValue never returns NaN or Infinity', () => {
  const SAMPLES: Array<number | null | undefined> = [undefined, null, 0, 1, 2500, 1e15, -1, NaN, Infinity, -Infinity, 5e-324];

  it('for every combination of missing, zero, tiny, huge, negative and non-finite inputs, with each EAC method', () => {
    let checked = 0;
    const wrong: string[] = [];
    for (const pv of SAMPLES) for (const ev of SAMPLES) for (const ac of SAMPLES) for (const bac of SAMPLES) {
      for (const eacMethod of EAC_METHODS) {
        const d = earnedValueDetailed({ pv, ev, ac, bac, eacMethod });
        for (const key of EVM_FIGURES) {
          const f = d.figures[key];
          const ok = f.value === null ? f.reason !== undefined : Number.isFinite(f.value) && f.reason === undefined;
          if (!ok || d.values[key] !== f.value) wrong.push(`${JSON.stringify({ pv, ev, ac, bac, eacMethod })} ${key}: ${JSON.stringify(f)}`);
        }
        checked++;
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBe(SAMPLES.length ** 4 * EAC_METHODS.length);
  });

  it('has a value for every figure when all inputs are positive and work and budget remain', () => {
    for (const eacMethod of EAC_METHODS) {
      const r = earnedValue({ ...FENCE, eacMethod });
      for (const key of EVM_FIGURES) expect(typeof r[key]).toBe('number');
    }
  });
});
