/** The catalogue as a whole: every formula complete and consistent, and no data never 0 for any of them. */
import { validateRagRule } from '../rag';
import { computeKpi, isKpiFormulaCode, KPI_CATALOGUE, KPI_FORMULA_CODES, KPI_UNITS, kpiFormula, type IKpiData } from './index';

describe('KPI_CATALOGUE', () => {
  it('has each code once, with its unit, a reference and thresholds ordered for its direction', () => {
    expect(new Set(KPI_FORMULA_CODES).size).toBe(KPI_FORMULA_CODES.length);
    expect(Object.keys(KPI_CATALOGUE).sort()).toEqual(KPI_FORMULA_CODES.slice().sort());
    for (const code of KPI_FORMULA_CODES) {
      const f = KPI_CATALOGUE[code];
      expect({ code, key: f.code, unit: KPI_UNITS.indexOf(f.unit) >= 0, reference: f.reference.length > 0, reads: f.reads.length > 0 }).toEqual({ code, key: code, unit: true, reference: true, reads: true });
      const rule = { greenThreshold: f.thresholds.green, amberThreshold: f.thresholds.amber, higherIsBetter: f.higherIsBetter };
      expect({ code, problems: validateRagRule(rule) }).toEqual({ code, problems: [] });
    }
  });

  it('covers what issue 14 asks for', () => {
    for (const code of ['RagShareGreen', 'RagShareAmber', 'RagShareRed', 'SpiAverage', 'SpiWorst', 'CpiAverage', 'CpiWorst', 'BudgetVariance', 'MilestonesOnTime', 'MilestonesLate',
      'OpenHighRisks', 'OverdueIssues', 'BenefitsRealisedShare', 'RequestsInState', 'IntakeDaysAverage', 'GatesPassedFirstAttempt']) {
      expect(isKpiFormulaCode(code)).toBe(true);
    }
    expect(KPI_CATALOGUE.SpiAverage.reference).toMatch(/Practice Standard for Earned Value Management/);
    expect(KPI_CATALOGUE.MilestonesOnTime.reference).toBe('PMO Hub');
  });

  it('gives no data, never a value, for every formula on a site without data', () => {
    const empty: ReadonlyArray<IKpiData> = [{}, { projects: [], reports: [], milestones: [], risks: [], issues: [], benefits: [], budgetLines: [], requests: [], gateDecisions: [] }];
    for (const data of empty) {
      for (const code of KPI_FORMULA_CODES) {
        const result = computeKpi(code, data, { at: '2027-03-31' });
        expect({ code, kind: result.kind }).toEqual({ code, kind: 'noData' });
      }
    }
  });

  it('gives no data for every formula that reads projects when the site has projects but none of its other rows', () => {
    const projectsOnly: IKpiData = { projects: [{ id: 1, status: 'Active' }] };
    for (const code of KPI_FORMULA_CODES) {
      expect({ code, kind: computeKpi(code, projectsOnly, { at: '2027-03-31' }).kind }).toEqual({ code, kind: 'noData' });
    }
  });

  it('refuses an unknown formula and an invalid day', () => {
    expect(() => kpiFormula('Velocity')).toThrow(/Not a KPI formula of the catalogue: Velocity/);
    expect(() => computeKpi('Velocity', {}, { at: '2027-03-31' })).toThrow(RangeError);
    expect(() => computeKpi('SpiAverage', {}, { at: '31.03.2027' })).toThrow(RangeError);
    expect(isKpiFormulaCode('toString')).toBe(false);
  });
});
