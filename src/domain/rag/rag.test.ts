import { earnedValue } from '../evm';
import {
  checkRagOverrides, DEFAULT_REPORT_DIMENSIONS, evaluateRag, isOverride, OVERALL_DIMENSION, overallRag, ragTrend, suggestRags, validateRagRule,
  type IRagRuleInput
} from './index';

/** The example: SPI below 0.90 red, 0.90–0.95 amber, at or above 0.95 green. */
const SPI_RULE: IRagRuleInput = { greenThreshold: 0.95, amberThreshold: 0.9, higherIsBetter: true };
/** Lower is better: days a milestone is late; up to 0 green, up to 10 amber, more red. */
const DAYS_LATE: IRagRuleInput = { greenThreshold: 0, amberThreshold: 10, higherIsBetter: false };

describe('evaluateRag: bands and boundaries', () => {
  it('higher is better: a value on a threshold takes the better band', () => {
    const rag = (v: number): string | undefined => evaluateRag(v, SPI_RULE).rag;
    expect([rag(1.2), rag(0.95), rag(0.9499), rag(0.92), rag(0.9), rag(0.8999), rag(0), rag(-1)]).toEqual(['Green', 'Green', 'Amber', 'Amber', 'Amber', 'Red', 'Red', 'Red']);
  });

  it('lower is better: a value on a threshold takes the better band', () => {
    const rag = (v: number): string | undefined => evaluateRag(v, DAYS_LATE).rag;
    expect([rag(-3), rag(0), rag(0.5), rag(10), rag(10.5), rag(400)]).toEqual(['Green', 'Green', 'Amber', 'Amber', 'Red', 'Red']);
  });

  it('counts a computed value that floats just off a threshold as on it, but not one truly below', () => {
    const computed = (3 * 0.95) / 3; // 0.9499999999999998 in binary floating point
    expect(computed).toBeLessThan(0.95);
    expect(evaluateRag(computed, SPI_RULE).rag).toBe('Green');
    expect(evaluateRag(earnedValue({ pv: 100, ev: 95 }).spi, SPI_RULE).rag).toBe('Green');
    expect(evaluateRag(0.95 - 1e-7, SPI_RULE).rag).toBe('Amber');
    expect(evaluateRag(10 + 1e-7, DAYS_LATE).rag).toBe('Red');
  });

  it('with equal thresholds there is no amber band', () => {
    const rule = { greenThreshold: 1, amberThreshold: 1 };
    expect([evaluateRag(1, rule).rag, evaluateRag(0.99, rule).rag]).toEqual(['Green', 'Red']);
  });

  it('gives no RAG, with the reason, for a missing value, a missing rule or an invalid one', () => {
    expect(evaluateRag(undefined, SPI_RULE)).toEqual({ reason: 'missingValue' });
    expect(evaluateRag(null, SPI_RULE)).toEqual({ reason: 'missingValue' });
    expect(evaluateRag(NaN, SPI_RULE)).toEqual({ reason: 'missingValue' });
    expect(evaluateRag(1, undefined)).toEqual({ reason: 'noRule' });
    expect(evaluateRag(1, { greenThreshold: 0.9, amberThreshold: 0.95 })).toEqual({ reason: 'invalidRule' });
  });

  it('reads a missing direction as higher is better (the column default)', () => {
    expect(evaluateRag(0.92, { greenThreshold: 0.95, amberThreshold: 0.9, higherIsBetter: null }).rag).toBe('Amber');
  });
});

describe('validateRagRule', () => {
  it('accepts thresholds in the order of the direction', () => {
    expect(validateRagRule(SPI_RULE)).toEqual([]);
    expect(validateRagRule(DAYS_LATE)).toEqual([]);
    expect(validateRagRule({ greenThreshold: 5, amberThreshold: 5, higherIsBetter: false })).toEqual([]);
  });

  it('refuses amber above green when higher is better, and below green when lower is better', () => {
    expect(validateRagRule({ greenThreshold: 0.9, amberThreshold: 0.95, higherIsBetter: true })).toEqual([{ code: 'thresholdOrder', field: 'amberThreshold' }]);
    expect(validateRagRule({ greenThreshold: 10, amberThreshold: 0, higherIsBetter: false })).toEqual([{ code: 'thresholdOrder', field: 'amberThreshold' }]);
  });

  it('names each missing threshold', () => {
    expect(validateRagRule({})).toEqual([
      { code: 'greenThresholdMissing', field: 'greenThreshold' },
      { code: 'amberThresholdMissing', field: 'amberThreshold' }
    ]);
    expect(validateRagRule({ greenThreshold: Infinity, amberThreshold: 0 })).toEqual([{ code: 'greenThresholdMissing', field: 'greenThreshold' }]);
  });
});

describe('suggestions per dimension and overall', () => {
  const dimensions = [
    { dimension: 'schedule', kpi: 'SPI' },
    { dimension: 'cost', kpi: 'CPI' },
    { dimension: 'scope' },
    { dimension: 'quality', kpi: 'DEFECTS' },
    { dimension: 'risk', kpi: 'RISKS' }
  ];
  const rules = { SPI: SPI_RULE, CPI: { greenThreshold: 0.95, amberThreshold: 0.85 }, RISKS: { greenThreshold: 3, amberThreshold: 1, higherIsBetter: false } }; // RISKS: amber below green, wrong for lower is better

  it('suggests from each dimension\'s KPI rule, and says why where it cannot', () => {
    const fence = earnedValue({ pv: 3000, ev: 2500, ac: 2800, bac: 4000 }); // SPI 0.833, CPI 0.893
    const s = suggestRags(dimensions, rules, { SPI: fence.spi, CPI: fence.cpi, DEFECTS: 2, RISKS: 1 });
    expect(s).toEqual([
      { dimension: 'schedule', rag: 'Red', value: 2500 / 3000 },
      { dimension: 'cost', rag: 'Amber', value: 2500 / 2800 },
      { dimension: 'scope', reason: 'noRule' },
      { dimension: 'quality', reason: 'noRule', value: 2 },
      { dimension: 'risk', reason: 'invalidRule', value: 1 }
    ]);
    expect(suggestRags([{ dimension: 'schedule', kpi: 'SPI' }], rules, { SPI: null })).toEqual([{ dimension: 'schedule', reason: 'missingValue' }]);
  });

  it('proposes six dimensions by default', () => {
    expect(DEFAULT_REPORT_DIMENSIONS).toEqual(['schedule', 'cost', 'scope', 'quality', 'risk', 'resources']);
  });

  it('takes the overall as the worst dimension, lists the unrated ones, and is never green by default', () => {
    expect(overallRag(DEFAULT_REPORT_DIMENSIONS, { schedule: 'Green', cost: 'Amber', scope: 'Green' })).toEqual({ rag: 'Amber', unrated: ['quality', 'risk', 'resources'] });
    expect(overallRag(['schedule', 'cost'], { schedule: 'Red', cost: 'Green' }).rag).toBe('Red');
    expect(overallRag(['schedule', 'cost'], {})).toEqual({ rag: undefined, unrated: ['schedule', 'cost'] });
  });
});

describe('overriding a suggestion', () => {
  it('needs a justification that is not blank, and names the dimension', () => {
    const choices = [
      { dimension: 'schedule', suggested: 'Red' as const, chosen: 'Amber' as const },
      { dimension: 'cost', suggested: 'Amber' as const, chosen: 'Green' as const, justification: '   \n' },
      { dimension: 'scope', suggested: 'Green' as const, chosen: 'Red' as const, justification: 'Change request CR-12 adds two interfaces.' },
      { dimension: 'quality', chosen: 'Amber' as const }, // nothing suggested: the PM rates it
      { dimension: 'risk', suggested: 'Green' as const, chosen: 'Green' as const },
      { dimension: 'resources', suggested: 'Amber' as const }, // suggestion cleared
      { dimension: OVERALL_DIMENSION, suggested: 'Red' as const, chosen: 'Amber' as const }
    ];
    expect(choices.map(isOverride)).toEqual([true, true, true, false, false, true, true]);
    expect(checkRagOverrides(choices)).toEqual([
      { code: 'justificationRequired', dimension: 'schedule' },
      { code: 'justificationRequired', dimension: 'cost' },
      { code: 'justificationRequired', dimension: 'resources' },
      { code: 'justificationRequired', dimension: 'overall' }
    ]);
  });
});

describe('ragTrend', () => {
  it('says whether a RAG got better, worse or stayed, and nothing without both', () => {
    expect([ragTrend('Red', 'Amber'), ragTrend('Green', 'Red'), ragTrend('Amber', 'Amber'), ragTrend(undefined, 'Green'), ragTrend('Green', undefined)]).toEqual([
      'better', 'worse', 'same', undefined, undefined
    ]);
  });
});
