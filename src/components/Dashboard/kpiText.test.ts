import type { IKpiTrend } from '../../domain/kpi';
import type { IDashboardKpi } from '../../services/DashboardService';
import { useTestLocale } from '../../../tools/jest/locale';
import { kpiChangeText, kpiNumberText, kpiStatusText, kpiValueText, noDataReasonText, reportKpiTile, thresholdText, trendAlternative, trendText } from './kpiText';

const trend = (values: Array<number | undefined>, direction: IKpiTrend['direction'], change?: number): IKpiTrend => ({
  points: values.map((v, i) => ({ end: ['2026-06-30', '2026-07-31', '2026-08-31', '2026-09-30', '2026-10-31', '2026-11-15'][i], result: v === undefined ? { kind: 'noData', reason: 'noReports' } : { kind: 'value', value: v, basis: 3 } })),
  direction,
  ...(change === undefined ? {} : { change })
});

describe('a KPI in words (English)', () => {
  beforeAll(() => useTestLocale('en-us'));

  it('writes a value in its unit and the user\'s locale, rounded as judged', () => {
    expect(kpiNumberText(79.96, 'percent', 'en-us')).toBe('80.0%');
    expect(kpiNumberText(0.9779, 'ratio', 'en-us')).toBe('0.98');
    expect(kpiNumberText(22, 'count', 'en-us')).toBe('22');
    expect(kpiNumberText(1234567.4, 'amount', 'en-us')).toBe('1,234,567');
    expect(kpiNumberText(98.54, 'days', 'en-us')).toBe('98.5 days');
    expect(kpiNumberText(1, 'days', 'en-us')).toBe('1.0 day');
    expect(kpiNumberText(-2.5, 'percent', 'en-us')).toBe('\u22122.5%');
  });

  it('says "No data" (never 0) for a KPI without data, with the reason', () => {
    expect(kpiValueText({ kind: 'noData', reason: 'noReports' }, 'percent', 'en-us')).toBe('No data');
    expect(noDataReasonText('noReports')).toBe('No running project has published a status report with an overall RAG.');
    expect(kpiStatusText('noData')).toBe('No data');
    expect(kpiStatusText('red')).toBe('Red: off target');
  });

  it('writes thresholds in the KPI\'s direction', () => {
    expect(thresholdText({ greenThreshold: 80, amberThreshold: 60, higherIsBetter: true, unit: 'percent' }, 'en-us')).toBe('Green at 80.0% or more, amber at 60.0% or more');
    expect(thresholdText({ greenThreshold: 0, amberThreshold: 3, higherIsBetter: false, unit: 'count' }, 'en-us')).toBe('Green at 0 or less, amber at 3 or less');
  });

  it('writes changes with their sign and unit: points for a share, days, plain for an index', () => {
    expect(kpiChangeText(3.24, 'percent', 'en-us')).toBe('+3.2 points');
    expect(kpiChangeText(-1, 'percent', 'en-us')).toBe('\u22121.0 point');
    expect(kpiChangeText(-0.02, 'ratio', 'en-us')).toBe('\u22120.02');
    expect(kpiChangeText(4, 'days', 'en-us')).toBe('+4.0 days');
    expect(kpiChangeText(0, 'count', 'en-us')).toBe('0');
  });

  it('writes the trend in words since the first month with a value, and every month for screen readers', () => {
    const t = trend([undefined, 60, 62, 70, 72, 75], 'improving', 15);
    expect(trendText(t, 'percent', 'en-us')).toBe('Improving: +15.0 points since July 2026');
    expect(trendText(trend([5, 5], 'flat', 0), 'count', 'en-us')).toBe('Steady since June 2026');
    expect(trendText(trend([70, 70.6], 'flat', 0.6), 'percent', 'en-us')).toBe('Steady since June 2026 (+0.6 points)');
    expect(trendText(trend([undefined, 5], 'noData'), 'count', 'en-us')).toBe('No trend yet: fewer than two months have a value');
    expect(trendAlternative(t, 'percent', 'en-us')).toBe(
      'Values over the last 6 months: June 2026: no data; July 2026: 60.0%; August 2026: 62.0%; September 2026: 70.0%; October 2026: 72.0%; November 2026: 75.0%. Improving: +15.0 points since July 2026.'
    );
  });

  it('gives the report\'s summary tile as the dashboard shows it', () => {
    const kpi: IDashboardKpi = {
      id: 4, definition: { code: 'KPI-RED', name: 'Projects reporting red', description: '', formula: 'RagShareRed', unit: 'percent', higherIsBetter: false, greenThreshold: 10, amberThreshold: 20, active: true },
      result: { kind: 'value', value: 12.5, basis: 8 }, status: 'amber', trend: trend([10, 12.5], 'worsening', 2.5)
    };
    expect(reportKpiTile(kpi, 'en-us')).toEqual({ name: 'Projects reporting red', value: '12.5%', status: 'amber', trend: 'Worsening: +2.5 points since June 2026' });
  });
});

describe('a KPI in words (German and French)', () => {
  it('follows the locale\'s numbers and the language\'s words', () => {
    useTestLocale('de-de');
    expect(kpiNumberText(82.45, 'percent', 'de-de')).toBe('82,5\u00a0%');
    expect(kpiNumberText(1234567, 'amount', 'de-de')).toBe('1.234.567');
    expect(kpiChangeText(3.24, 'percent', 'de-de')).toBe('+3,2 Prozentpunkte');
    expect(trendText(trend([60, 75], 'improving', 15), 'percent', 'de-de')).toBe('Verbessert sich: +15,0 Prozentpunkte seit Juni 2026');
    expect(kpiValueText({ kind: 'noData', reason: 'noRisks' }, 'count', 'de-de')).toBe('Keine Daten');
    useTestLocale('fr-fr');
    expect(kpiNumberText(98.5, 'days', 'fr-fr')).toBe('98,5 jours');
    expect(kpiStatusText('amber')).toBe('Orange : à surveiller');
    useTestLocale('en-us');
  });
});

describe('a KPI amount, as the report\'s summary slide shows it', () => {
  it('is grouped from 1,000 up in every locale, with the minus sign U+2212 (Italian "−8.853", not "−8853")', () => {
    expect(['en-us', 'de-de', 'nl-nl', 'it-it'].map(l => kpiNumberText(-8853, 'amount', l))).toEqual(['\u22128,853', '\u22128.853', '\u22128.853', '\u22128.853']);
  });
});
