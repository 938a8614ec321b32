/** KpiDefinitions items: validation naming the field, defaults from the formula. */
import { checkKpiDefinition, kpiDefinitionDefaults, KPI_FORMULA_CODES, validateKpiDefinition, type IKpiDefinitionInput } from './index';

const valid: IKpiDefinitionInput = {
  code: 'KPI-MS',
  name: 'Milestones on time',
  description: 'Milestones achieved no later than their baseline date.',
  formula: 'MilestonesOnTime',
  unit: 'percent',
  higherIsBetter: true,
  greenThreshold: 80,
  amberThreshold: 65,
  active: true
};

describe('validateKpiDefinition', () => {
  it('accepts a complete definition, and one whose unit and direction are empty', () => {
    expect(validateKpiDefinition(valid)).toEqual([]);
    expect(validateKpiDefinition({ ...valid, unit: null, higherIsBetter: null, active: null })).toEqual([]);
    expect(validateKpiDefinition({ code: 'KPI-RISK', name: 'High risks', formula: 'OpenHighRisks', greenThreshold: 0, amberThreshold: 3 })).toEqual([]);
  });

  it('refuses an unknown or missing formula, naming the field', () => {
    expect(validateKpiDefinition({ ...valid, formula: 'MilestonesOnTme' })).toEqual([{ code: 'unknownFormula', field: 'formula' }]);
    expect(validateKpiDefinition({ ...valid, formula: null })).toEqual([{ code: 'formulaRequired', field: 'formula' }]);
    expect(validateKpiDefinition({ ...valid, formula: '  ' })).toEqual([{ code: 'formulaRequired', field: 'formula' }]);
  });

  it('refuses amber above green when higher is better, and below green when lower is better', () => {
    expect(validateKpiDefinition({ ...valid, greenThreshold: 65, amberThreshold: 80 })).toEqual([{ code: 'thresholdOrder', field: 'amberThreshold' }]);
    const risks = { code: 'KPI-RISK', name: 'High risks', formula: 'OpenHighRisks', higherIsBetter: false };
    expect(validateKpiDefinition({ ...risks, greenThreshold: 3, amberThreshold: 0 })).toEqual([{ code: 'thresholdOrder', field: 'amberThreshold' }]);
    // An empty direction reads as the formula's (lower is better here), not as the column's default.
    expect(validateKpiDefinition({ ...risks, higherIsBetter: null, greenThreshold: 3, amberThreshold: 0 })).toEqual([{ code: 'thresholdOrder', field: 'amberThreshold' }]);
    expect(validateKpiDefinition({ ...risks, greenThreshold: 0, amberThreshold: 0 })).toEqual([]);
  });

  it('refuses a direction against the formula\'s, unless the formula allows either', () => {
    expect(validateKpiDefinition({ ...valid, formula: 'RagShareRed', higherIsBetter: true, greenThreshold: 20, amberThreshold: 10 })).toEqual([{ code: 'directionMismatch', field: 'higherIsBetter' }]);
    expect(validateKpiDefinition({ code: 'KPI-APP', name: 'Approved requests', formula: 'RequestsInState', higherIsBetter: true, greenThreshold: 10, amberThreshold: 5 })).toEqual([]);
    expect(validateKpiDefinition({ code: 'KPI-BACK', name: 'Intake backlog', formula: 'RequestsInState', higherIsBetter: false, greenThreshold: 10, amberThreshold: 20 })).toEqual([]);
  });

  it('refuses a unit that is not a code, or another unit than the formula\'s', () => {
    expect(validateKpiDefinition({ ...valid, unit: '%' })).toEqual([{ code: 'unknownUnit', field: 'unit' }]);
    expect(validateKpiDefinition({ ...valid, unit: 'count' })).toEqual([{ code: 'unitMismatch', field: 'unit' }]);
  });

  it('names every problem in field order: code, name, formula, unit, direction, thresholds', () => {
    expect(validateKpiDefinition({ code: 'K', name: ' ', formula: 'SpiWorst', unit: 'days', higherIsBetter: false, greenThreshold: undefined, amberThreshold: NaN })).toEqual([
      { code: 'codeRequired', field: 'code' },
      { code: 'nameRequired', field: 'name' },
      { code: 'unitMismatch', field: 'unit' },
      { code: 'directionMismatch', field: 'higherIsBetter' },
      { code: 'greenThresholdMissing', field: 'greenThreshold' },
      { code: 'amberThresholdMissing', field: 'amberThreshold' }
    ]);
    expect(validateKpiDefinition({ ...valid, code: 'K'.repeat(33) })).toEqual([{ code: 'codeTooLong', field: 'code' }]);
    expect(validateKpiDefinition({ ...valid, code: 'K'.repeat(32) })).toEqual([]);
  });

  it('refuses a code with a control character and a name over 255 characters, naming the field (found by reliability.fuzz)', () => {
    // A control character in the code would reach SharePoint's filter (the code is looked up), which refuses it.
    expect(validateKpiDefinition({ ...valid, code: 'FZ-\u0007KPI' })).toEqual([{ code: 'codeInvalid', field: 'code' }]);
    expect(validateKpiDefinition({ ...valid, name: `${'z'.repeat(254)}📈` })).toEqual([{ code: 'nameTooLong', field: 'name' }]);
    expect(validateKpiDefinition({ ...valid, name: `${'z'.repeat(253)}📈` })).toEqual([]);
  });
});

describe('checkKpiDefinition', () => {
  it('gives the definition with the empty columns filled from the formula', () => {
    expect(checkKpiDefinition({ code: ' KPI-SPI ', name: 'Schedule performance', formula: 'SpiAverage', greenThreshold: 0.95, amberThreshold: 0.85 })).toEqual({
      ok: true,
      definition: {
        code: 'KPI-SPI', name: 'Schedule performance', description: '', formula: 'SpiAverage', unit: 'ratio', higherIsBetter: true,
        greenThreshold: 0.95, amberThreshold: 0.85, active: true
      }
    });
    const inactive = checkKpiDefinition({ ...valid, active: false });
    expect(inactive.ok && inactive.definition.active).toBe(false);
  });

  it('gives the problems of an invalid one', () => {
    expect(checkKpiDefinition({ ...valid, formula: 'Velocity' })).toEqual({ ok: false, problems: [{ code: 'unknownFormula', field: 'formula' }] });
  });
});

describe('kpiDefinitionDefaults', () => {
  it('starts every formula\'s KPI valid', () => {
    for (const formula of KPI_FORMULA_CODES) {
      expect({ formula, problems: validateKpiDefinition({ code: 'KPI-X', name: 'X', ...kpiDefinitionDefaults(formula) }) }).toEqual({ formula, problems: [] });
    }
    expect(kpiDefinitionDefaults('IntakeDaysAverage')).toEqual({ formula: 'IntakeDaysAverage', unit: 'days', higherIsBetter: false, greenThreshold: 45, amberThreshold: 75, active: true });
  });
});
