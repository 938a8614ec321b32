/** KpiDefinitions.KpiFormula (schema 8): the formulas of the domain's catalogue, titled in every locale. */
import { LOCALES, loadLocale } from '../../tools/jest/locale';
import { KPI_CATALOGUE, KPI_FORMULA_CODES } from '../domain/kpi';
import { listByKey, pmoSchema } from './pmoSchema';
import { KpiDefinitionsList } from './refs';

describe('KpiDefinitions.KpiFormula', () => {
  const field = listByKey(pmoSchema, 'KpiDefinitions').fields.filter(f => f.name === 'KpiFormula')[0];

  it('is an optional choice of the catalogue\'s formula codes, in its order (existing KPIs have none)', () => {
    expect(field).toMatchObject({ type: 'Choice', title: 'Field_KpiFormula' });
    expect(field.choices).toBe(KPI_FORMULA_CODES);
    expect(field.required).toBeFalsy();
    expect(field.default).toBeUndefined();
    expect(KpiDefinitionsList.choices.KpiFormula).toEqual(Object.keys(KPI_CATALOGUE));
  });

  it('sits beside the other KPI columns the definitions read (Code, Unit, thresholds, direction, IsActive, Summary)', () => {
    const names = listByKey(pmoSchema, 'KpiDefinitions').fields.map(f => f.name);
    for (const name of ['Code', 'Unit', 'GreenThreshold', 'AmberThreshold', 'HigherIsBetter', 'IsActive', 'Summary', 'KpiFormula']) expect(names).toContain(name);
    expect(pmoSchema.version).toBeGreaterThanOrEqual(8); // KpiFormula exists since schema 8
  });

  it('has a title in all five locales', () => {
    for (const locale of LOCALES) expect({ locale, title: loadLocale(locale).Field_KpiFormula }).toEqual({ locale, title: expect.stringMatching(/^\S.+/) });
  });
});
