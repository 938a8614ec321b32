/**
 * A KPI as the PMO defines it (a KpiDefinitions item): its code, name and description, the formula
 * of the catalogue it uses, its unit, direction and thresholds, and whether it is active. Its
 * validation names the field of each problem, so that the form ties the message to it; the web
 * part turns the code into its localized text.
 *
 * Columns: Code, Title (name), Summary (description), KpiFormula, Unit (a `KpiUnit` code),
 * HigherIsBetter, GreenThreshold, AmberThreshold, IsActive. ReportDimension and KpiMetric (a KPI
 * whose rule suggests a status report dimension's RAG) are read by the controlling rules, not here.
 */
/* eslint-disable @rushstack/no-new-null -- KpiDefinitions' empty columns read as null */
import type { IProblem } from '../governance';
import { validateRagRule } from '../rag';
import { isTooLong } from '../text';
import { isKpiFormulaCode, KPI_CATALOGUE } from './catalogue';
import { KPI_UNITS, type KpiFormulaCode, type KpiUnit } from './vocabulary';

/** A valid KPI definition. */
export interface IKpiDefinition {
  /** The KPI's own code (KpiDefinitions.Code: 2–32 characters, unique), e.g. 'KPI-SPI'. */
  code: string;
  /** Its name (Title). */
  name: string;
  /** What it tells the reader (Summary); empty when none. */
  description: string;
  formula: KpiFormulaCode;
  /** The formula's unit. */
  unit: KpiUnit;
  higherIsBetter: boolean;
  greenThreshold: number;
  amberThreshold: number;
  /** Whether dashboards show it (IsActive). */
  active: boolean;
}

/** A definition as read from the list or a form: any column may be empty (null or undefined). */
export interface IKpiDefinitionInput {
  code?: string | null;
  name?: string | null;
  description?: string | null;
  formula?: string | null;
  /** Empty: the formula's unit. */
  unit?: string | null;
  /** Empty: the formula's natural direction. */
  higherIsBetter?: boolean | null;
  greenThreshold?: number | null;
  amberThreshold?: number | null;
  /** Empty: active (the column's default). */
  active?: boolean | null;
}

/** The fields a problem can name. */
export type KpiDefinitionField = 'code' | 'name' | 'formula' | 'unit' | 'higherIsBetter' | 'greenThreshold' | 'amberThreshold';

/**
 * What is wrong with a definition:
 * - `codeRequired` / `codeTooLong`: the code has fewer than 2 or more than 32 characters (trimmed);
 *   `codeInvalid`: it holds a control character (a code is looked up by SharePoint's filter, which
 *   cannot carry one);
 * - `nameRequired` / `nameTooLong`: no name, or more than the 255 characters the Title column holds;
 * - `formulaRequired` / `unknownFormula`: no formula, or one that is not in the catalogue;
 * - `unknownUnit`: a unit that is not a `KpiUnit` code; `unitMismatch`: another unit than the formula's;
 * - `directionMismatch`: the direction opposite to the formula's (a higher share of red projects is
 *   not better), unless the formula allows either;
 * - `greenThresholdMissing` / `amberThresholdMissing`: a threshold missing or not a finite number;
 * - `thresholdOrder`: amber better than green for the direction (named on `amberThreshold`).
 */
export type KpiDefinitionProblemCode =
  | 'codeRequired' | 'codeTooLong' | 'codeInvalid' | 'nameRequired' | 'nameTooLong' | 'formulaRequired' | 'unknownFormula' | 'unknownUnit' | 'unitMismatch'
  | 'directionMismatch' | 'greenThresholdMissing' | 'amberThresholdMissing' | 'thresholdOrder';

/** One problem, naming the field. */
export type IKpiDefinitionProblem = IProblem<KpiDefinitionProblemCode, KpiDefinitionField>;

/** The longest code (the Code column's length). */
export const KPI_CODE_MAX_LENGTH: number = 32;

function text(value: string | null | undefined): string {
  return (value ?? '').trim();
}

// eslint-disable-next-line no-control-regex -- control characters are what is refused
const CONTROL: RegExp = /[\u0000-\u001f\u007f-\u009f]/;

function checkTexts(input: IKpiDefinitionInput): IKpiDefinitionProblem[] {
  const problems: IKpiDefinitionProblem[] = [];
  const code = text(input.code);
  if (code.length < 2) problems.push({ code: 'codeRequired', field: 'code' });
  else if (code.length > KPI_CODE_MAX_LENGTH) problems.push({ code: 'codeTooLong', field: 'code' });
  else if (CONTROL.test(code)) problems.push({ code: 'codeInvalid', field: 'code' });
  if (!text(input.name)) problems.push({ code: 'nameRequired', field: 'name' });
  else if (isTooLong(input.name ?? '')) problems.push({ code: 'nameTooLong', field: 'name' });
  return problems;
}

function checkFormula(input: IKpiDefinitionInput): IKpiDefinitionProblem[] {
  const formula = text(input.formula);
  if (!formula) return [{ code: 'formulaRequired', field: 'formula' }];
  if (!isKpiFormulaCode(formula)) return [{ code: 'unknownFormula', field: 'formula' }];
  const spec = KPI_CATALOGUE[formula];
  const problems: IKpiDefinitionProblem[] = [];
  const unit = text(input.unit);
  if (unit && KPI_UNITS.indexOf(unit as KpiUnit) < 0) problems.push({ code: 'unknownUnit', field: 'unit' });
  else if (unit && unit !== spec.unit) problems.push({ code: 'unitMismatch', field: 'unit' });
  const direction = input.higherIsBetter ?? spec.higherIsBetter;
  if (direction !== spec.higherIsBetter && !spec.eitherDirection) problems.push({ code: 'directionMismatch', field: 'higherIsBetter' });
  return problems;
}

/**
 * The problems of a definition, in the order code, name, formula, unit, direction, thresholds; empty
 * when it is valid. The thresholds are checked in the definition's direction (the formula's when
 * empty) by `validateRagRule`: higher is better needs amber ≤ green, lower is better amber ≥ green.
 */
export function validateKpiDefinition(input: IKpiDefinitionInput): IKpiDefinitionProblem[] {
  const formula = text(input.formula);
  const natural = isKpiFormulaCode(formula) ? KPI_CATALOGUE[formula].higherIsBetter : true;
  const thresholds = validateRagRule({ greenThreshold: input.greenThreshold, amberThreshold: input.amberThreshold, higherIsBetter: input.higherIsBetter ?? natural });
  return [...checkTexts(input), ...checkFormula(input), ...thresholds.map(t => ({ code: t.code, field: t.field }))];
}

/** A definition read: the valid definition (empty columns filled from the formula), or its problems. */
export type KpiDefinitionCheck = { ok: true; definition: IKpiDefinition } | { ok: false; problems: IKpiDefinitionProblem[] };

/**
 * Checks a definition (`validateKpiDefinition`) and, when valid, gives it with the empty columns
 * filled: the unit and direction from the formula, no description as '', active unless set false.
 */
export function checkKpiDefinition(input: IKpiDefinitionInput): KpiDefinitionCheck {
  const problems = validateKpiDefinition(input);
  if (problems.length > 0) return { ok: false, problems };
  const formula = text(input.formula) as KpiFormulaCode;
  const spec = KPI_CATALOGUE[formula];
  return {
    ok: true,
    definition: {
      code: text(input.code),
      name: text(input.name),
      description: text(input.description),
      formula,
      unit: spec.unit,
      higherIsBetter: input.higherIsBetter ?? spec.higherIsBetter,
      greenThreshold: input.greenThreshold as number,
      amberThreshold: input.amberThreshold as number,
      active: input.active ?? true
    }
  };
}

/** What a new KPI on a formula starts with in the form: the formula's unit, direction and default thresholds, active. */
export function kpiDefinitionDefaults(formula: KpiFormulaCode): Required<Pick<IKpiDefinitionInput, 'formula' | 'unit' | 'higherIsBetter' | 'greenThreshold' | 'amberThreshold' | 'active'>> {
  const spec = KPI_CATALOGUE[formula];
  return { formula, unit: spec.unit, higherIsBetter: spec.higherIsBetter, greenThreshold: spec.thresholds.green, amberThreshold: spec.thresholds.amber, active: true };
}
