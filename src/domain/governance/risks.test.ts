import {
  checkRiskRating, checkRiskThresholds, DEFAULT_RISK_THRESHOLDS, effectiveRiskThresholds, inHeatMapCell, riskBand, riskHeatMap, riskScore, riskTrend, scoreAt, topRisks,
  type IRiskRow
} from './index';

/*
 * Worked examples. PMI PMBOK Guide 6th ed. §11.3.2.2 (probability and impact matrix) rates a risk by
 * the product of its probability and impact; PRINCE2 2017 (AXELOS, "Managing Successful Projects with
 * PRINCE2"), Risk theme, shows the same as a probability-impact grid. The 1–5 scales and the default
 * bands (Low 1–4, Medium 5–11, High 12–25) are PMO Hub's, as the issue asks.
 */

describe('rating and score', () => {
  it('scores P × I on the 1–5 scales: 1 × 1 = 1, 3 × 4 = 12, 5 × 5 = 25', () => {
    expect(riskScore({ probability: 1, impact: 1 })).toEqual({ ok: true, score: 1 });
    expect(riskScore({ probability: 3, impact: 4 })).toEqual({ ok: true, score: 12 });
    expect(riskScore({ probability: 5, impact: 5 })).toEqual({ ok: true, score: 25 });
  });

  it('refuses a rating that is missing, not whole or outside 1–5, naming the field', () => {
    expect(checkRiskRating({ probability: 0, impact: 6 })).toEqual([
      { code: 'ratingOutOfRange', field: 'probability' },
      { code: 'ratingOutOfRange', field: 'impact' }
    ]);
    expect(checkRiskRating({ probability: 2.5, impact: undefined })).toEqual([
      { code: 'ratingNotInteger', field: 'probability' },
      { code: 'ratingRequired', field: 'impact' }
    ]);
    expect(checkRiskRating({ probability: NaN, impact: 3 })).toEqual([{ code: 'ratingRequired', field: 'probability' }]);
    expect(riskScore({ probability: 3, impact: 0 })).toEqual({ ok: false, problems: [{ code: 'ratingOutOfRange', field: 'impact' }] });
  });
});

describe('bands and thresholds', () => {
  it('bands with the defaults: a score on a threshold takes the higher band', () => {
    expect(DEFAULT_RISK_THRESHOLDS).toEqual({ medium: 5, high: 12 });
    expect([1, 4, 5, 11, 12, 25].map(s => riskBand(s))).toEqual(['Low', 'Low', 'Medium', 'Medium', 'High', 'High']);
  });

  it('bands with configured thresholds', () => {
    const t = { medium: 8, high: 15 };
    expect([7, 8, 14, 15].map(s => riskBand(s, t))).toEqual(['Low', 'Medium', 'Medium', 'High']);
  });

  it('validates 1 < medium < high ≤ 25, whole numbers', () => {
    expect(checkRiskThresholds({ medium: 2, high: 25 })).toEqual([]);
    expect(checkRiskThresholds({ medium: 1, high: 12 })).toEqual([{ code: 'thresholdOrder', field: 'medium' }]);
    expect(checkRiskThresholds({ medium: 12, high: 12 })).toEqual([{ code: 'thresholdOrder', field: 'high' }]);
    expect(checkRiskThresholds({ medium: 5, high: 26 })).toEqual([{ code: 'thresholdOrder', field: 'high' }]);
    expect(checkRiskThresholds({ medium: 4.5, high: NaN })).toEqual([
      { code: 'thresholdNotInteger', field: 'medium' },
      { code: 'thresholdNotInteger', field: 'high' }
    ]);
    expect(() => riskBand(10, { medium: 12, high: 5 })).toThrow(RangeError);
  });

  it('falls back to the defaults for invalid configured thresholds, with the problems', () => {
    expect(effectiveRiskThresholds(undefined)).toEqual({ thresholds: { medium: 5, high: 12 }, problems: [] });
    expect(effectiveRiskThresholds({ medium: 6, high: 16 })).toEqual({ thresholds: { medium: 6, high: 16 }, problems: [] });
    expect(effectiveRiskThresholds({ medium: 16, high: 6 })).toEqual({ thresholds: { medium: 5, high: 12 }, problems: [{ code: 'thresholdOrder', field: 'high' }] });
  });
});

const risk = (id: number, probability: number, impact: number, status: string = 'Open', proximity?: string): IRiskRow => ({ id, probability, impact, status, proximity });

describe('heat map', () => {
  const risks = [
    risk(1, 4, 5), risk(2, 4, 5, 'Mitigating'), risk(3, 4, 5, 'Closed'), risk(4, 4, 5, 'Occurred'),
    risk(5, 1, 1), risk(6, 5, 2), risk(7, 0, 3), risk(8, 9, 9, 'Closed')
  ];

  it('counts open risks per [probability][impact] cell, with each cell\'s score and band', () => {
    const map = riskHeatMap(risks);
    expect(map.cells).toHaveLength(5);
    expect(map.cells.every(row => row.length === 5)).toBe(true);
    expect(map.cells[3][4]).toEqual({ probability: 4, impact: 5, score: 20, band: 'High', count: 2 });
    expect(map.cells[0][0]).toEqual({ probability: 1, impact: 1, score: 1, band: 'Low', count: 1 });
    expect(map.cells[4][1]).toEqual({ probability: 5, impact: 2, score: 10, band: 'Medium', count: 1 });
    expect(map.total).toBe(4);
    expect(map.unrated).toBe(1); // risk 7; the closed risk 8 is not counted at all
    expect(map.cells.flat().reduce((sum, c) => sum + c.count, 0)).toBe(map.total);
  });

  it('colours the grid with the configured thresholds', () => {
    const map = riskHeatMap([], { medium: 3, high: 20 });
    expect([map.cells[0][1].band, map.cells[0][2].band, map.cells[3][4].band, map.cells[3][3].band]).toEqual(['Low', 'Medium', 'High', 'Medium']);
  });

  it('filters the list to exactly the risks a clicked cell counts', () => {
    const inCell = inHeatMapCell({ probability: 4, impact: 5 });
    expect(risks.filter(inCell).map(r => r.id)).toEqual([1, 2]);
    const map = riskHeatMap(risks);
    for (const cell of map.cells.flat()) expect(risks.filter(inHeatMapCell(cell))).toHaveLength(cell.count);
  });
});

describe('trend since the last report', () => {
  const history = [
    { on: '2027-01-10', probability: 2, impact: 3 },
    { on: '2027-02-20', probability: 4, impact: 3 },
    { on: '2027-03-05', probability: 1, impact: 3 }
  ];

  it('reads the score at a report date from the rating changes on or before it', () => {
    expect(scoreAt(history, '2027-01-09')).toBeUndefined();
    expect(scoreAt(history, '2027-01-10')).toBe(6);
    expect(scoreAt(history, '2027-02-28')).toBe(12);
    expect(scoreAt([...history].reverse(), '2027-03-31')).toBe(3);
  });

  it('up, down, same, or new when the risk had no score at the previous report', () => {
    expect(riskTrend(12, scoreAt(history, '2027-01-31'))).toBe('up');
    expect(riskTrend(3, scoreAt(history, '2027-02-28'))).toBe('down');
    expect(riskTrend(6, 6)).toBe('same');
    expect(riskTrend(6, scoreAt(history, '2026-12-31'))).toBe('new');
    expect(riskTrend(6, undefined)).toBe('new');
  });
});

describe('top risks across projects', () => {
  it('sorts by score, then nearest proximity (none last), then id; open and rated risks only', () => {
    const risks = [
      risk(10, 3, 4, 'Open', '2027-06-01'), // 12
      risk(11, 4, 3, 'Open', '2027-04-01'), // 12, nearer
      risk(12, 2, 6), // unrated
      risk(13, 5, 5, 'Closed'),
      risk(14, 4, 3, 'Mitigating'), // 12, no proximity
      risk(9, 4, 3, 'Open'), // 12, no proximity, lower id
      risk(15, 5, 4, 'Open', '2028-01-01'), // 20
      risk(16, 1, 1)
    ];
    expect(topRisks(risks, 5).map(r => [r.risk.id, r.score])).toEqual([[15, 20], [11, 12], [10, 12], [9, 12], [14, 12]]);
    expect(topRisks(risks, 0)).toEqual([]);
    expect(topRisks(risks, 100)).toHaveLength(6);
  });
});
