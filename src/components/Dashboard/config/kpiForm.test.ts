import { useTestLocale } from '../../../../tools/jest/locale';
import { chooserOrder, initialChoice, moveCode } from './KpiConfig';
import { kpiFormProblems, kpiFormValuesOf, kpiInputOf, withFormula, type IKpiFormValues } from './kpiForm';
import type { IKpiDefinitionRow } from '../../../services/DashboardService';

const values = (v: Partial<IKpiFormValues>): IKpiFormValues => ({ code: 'KPI-X', name: 'X', description: '', formula: 'OverdueIssues', higherIsBetter: 'lower', greenThreshold: '0', amberThreshold: '5', active: true, ...v });

describe('the KPI definition form', () => {
  beforeAll(() => useTestLocale('en-us'));

  it('reads the thresholds in the user\'s locale and sends the formula\'s unit', () => {
    expect(kpiInputOf(values({ greenThreshold: '1,234.5', amberThreshold: '2,000' }), 'en-us')).toEqual({
      code: 'KPI-X', name: 'X', description: '', formula: 'OverdueIssues', unit: 'count', higherIsBetter: false, greenThreshold: 1234.5, amberThreshold: 2000, active: true
    });
    expect(kpiInputOf(values({ greenThreshold: '1.234,5' }), 'de-de').greenThreshold).toBe(1234.5);
  });

  it('names the field of each problem: a number that cannot be read, a missing one, thresholds in the wrong order, the wrong direction', () => {
    expect(kpiFormProblems(values({}), 'en-us')).toEqual({});
    expect(kpiFormProblems(values({ greenThreshold: '1.5', amberThreshold: '' }), 'de-de')).toEqual({
      greenThreshold: '“Green threshold”: enter a number such as 1,234.5.'.replace('1,234.5', new Intl.NumberFormat('de-de', { maximumFractionDigits: 2 }).format(1234.5)),
      amberThreshold: '“Amber threshold”: enter a number.'
    });
    expect(kpiFormProblems(values({ greenThreshold: '6', amberThreshold: '5' }), 'en-us')).toEqual({ amberThreshold: '“Amber threshold”: the amber threshold cannot be better than the green one.' });
    expect(kpiFormProblems(values({ higherIsBetter: 'higher', greenThreshold: '5', amberThreshold: '0' }), 'en-us')).toEqual({ higherIsBetter: '“Which way is better”: this formula is better the other way round.' });
    expect(kpiFormProblems(values({ code: 'X', name: ' ', formula: '' }), 'en-us')).toEqual({
      code: '“Code”: enter a code of 2 to 32 characters.', name: '“Name”: enter a name.', formula: '“Formula”: choose a formula.'
    });
  });

  it('gives a new KPI its formula\'s direction and default thresholds, keeping thresholds already typed', () => {
    const fresh = kpiFormValuesOf(undefined, 'de-de');
    expect(fresh).toEqual({ code: '', name: '', description: '', formula: '', higherIsBetter: 'higher', greenThreshold: '', amberThreshold: '', active: true });
    expect(withFormula(fresh, 'SpiAverage', 'de-de')).toEqual({ ...fresh, formula: 'SpiAverage', higherIsBetter: 'higher', greenThreshold: '0,95', amberThreshold: '0,85' });
    expect(withFormula({ ...fresh, greenThreshold: '3' }, 'OpenHighRisks', 'en-us')).toEqual({ ...fresh, formula: 'OpenHighRisks', higherIsBetter: 'lower', greenThreshold: '3', amberThreshold: '3' });
  });
});

const row = (id: number, code: string, active: boolean = true): IKpiDefinitionRow => ({
  id, etag: '"1"', input: { code }, problems: [],
  definition: { code, name: code, description: '', formula: 'OverdueIssues', unit: 'count', higherIsBetter: false, greenThreshold: 0, amberThreshold: 5, active }
});

describe('the choice of KPIs the dashboard shows', () => {
  const defs = [row(1, 'A'), row(2, 'B'), row(3, 'C'), row(4, 'D', false), { id: 5, etag: '"1"', input: { code: 'E' }, problems: [{ code: 'nameRequired' as const, field: 'name' as const }] }];

  it('starts from the saved choice (usable KPIs only), or every active valid KPI', () => {
    expect(initialChoice(defs, {})).toEqual(['A', 'B', 'C']);
    expect(initialChoice(defs, { kpiCodes: ['c', 'D', 'E', 'A'] })).toEqual(['c', 'A']);
  });

  it('lists the chosen KPIs in their order, then the others; moves a chosen one up and down within bounds', () => {
    expect(chooserOrder(defs, ['C', 'A']).map(r => r.id)).toEqual([3, 1, 2]);
    expect(moveCode(['A', 'B', 'C'], 'C', -1)).toEqual(['A', 'C', 'B']);
    expect(moveCode(['A', 'B', 'C'], 'A', -1)).toEqual(['A', 'B', 'C']);
    expect(moveCode(['A', 'B', 'C'], 'X', 1)).toEqual(['A', 'B', 'C']);
  });
});
