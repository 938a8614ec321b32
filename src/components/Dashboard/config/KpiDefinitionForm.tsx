import * as React from 'react';
import * as dashboardStrings from 'DashboardStrings';
import { isKpiFormulaCode, KPI_CATALOGUE, KPI_FORMULA_CODES } from '../../../domain/kpi';
import { formatString } from '../../../domain/text';
import { DashboardRefusedError, type IDashboardService, type IKpiDefinitionRow } from '../../../services/DashboardService';
import { Checkbox, SelectField, TextField } from '../../controls';
import { FormFrame, useForm, type FieldProblems, type IFormTexts } from '../../controls/form';
import styles from './config.module.scss';
import { formulaLabel, KPI_FORM_FIELDS, kpiFieldLabel, kpiFormProblems, kpiFormValuesOf, kpiInputOf, kpiProblemsByField, unitLabel, withFormula, type IKpiFormValues, type KpiFormField } from './kpiForm';

const TEXTS: IFormTexts = { problems: dashboardStrings.Dashboard_Def_Problems, save: dashboardStrings.Dashboard_Def_Save, cancel: dashboardStrings.Dashboard_Def_Cancel, working: dashboardStrings.Dashboard_Def_Saving };

/** Props of {@link KpiDefinitionForm}. */
export interface IKpiDefinitionFormProps {
  /** The definition edited, as the dashboard read it; undefined: a new KPI. */
  row?: IKpiDefinitionRow;
  /** Saves the definition (validated first; the ETag read is sent). */
  service: Pick<IDashboardService, 'saveKpiDefinition'>;
  /** The user's locale: the thresholds are typed in it. */
  locale: string;
  /** Called with the message of what was saved. */
  onDone: (message: string) => void;
  /** Reads the definitions again (after a conflict). */
  onReload: () => Promise<void>;
  /** Closes the form without saving. */
  onClose: () => void;
}

/** The service's refusal at its fields: the definition's problems, or the code taken; undefined for any other error. */
export function kpiRefusal(e: unknown): FieldProblems<KpiFormField> | undefined {
  if (!(e instanceof DashboardRefusedError)) return undefined;
  if (e.refusal === 'codeTaken') return { code: formatString(dashboardStrings.Dashboard_Problem_codeTaken, kpiFieldLabel('code')) };
  if (e.problems.length > 0) return kpiProblemsByField(e.problems);
  return { code: formatString(dashboardStrings.Dashboard_Problem_invalid, kpiFieldLabel('code')) };
}

/**
 * Adds or edits a KPI definition (the PMO): code, name, description, the formula of the catalogue
 * (which sets the unit; a new KPI takes its direction and default thresholds), which way is better,
 * the green and amber thresholds typed in the user's locale, and whether it is active. Problems are
 * named at their fields and listed; nothing is sent while any remains; the ETag read is sent.
 */
export function KpiDefinitionForm(props: IKpiDefinitionFormProps): React.ReactElement {
  const { row, locale } = props;
  const form = useForm<KpiFormField, IKpiFormValues>({
    initial: () => kpiFormValuesOf(row, locale), version: row?.etag ?? '', fields: KPI_FORM_FIELDS, idPrefix: 'kpi-def',
    check: v => kpiFormProblems(v, locale), refused: kpiRefusal, onDone: props.onDone, onReload: props.onReload,
    texts: { conflict: dashboardStrings.Dashboard_Def_Conflict, gone: dashboardStrings.Dashboard_Def_Gone },
    send: async v => {
      const saved = await props.service.saveKpiDefinition(kpiInputOf(v, locale), row ? { id: row.id, etag: row.etag } : undefined);
      return formatString(dashboardStrings.Dashboard_Def_Saved, saved.definition?.name ?? v.name.trim());
    }
  });
  const { values: v, change, problems } = form;
  const formula = isKpiFormulaCode(v.formula) ? KPI_CATALOGUE[v.formula] : undefined;
  const text = (field: 'code' | 'name' | 'description' | 'greenThreshold' | 'amberThreshold', extra: Partial<React.ComponentProps<typeof TextField>> = {}): React.ReactElement => (
    <TextField id={`kpi-def-${field}`} label={kpiFieldLabel(field)} value={v[field]} onChange={t => change({ [field]: t })} errorMessage={problems[field]} data-testid={`kpi-def-${field}`} {...extra} />
  );
  return (
    <FormFrame
      idPrefix="kpi-def" texts={TEXTS} form={form} onCancel={props.onClose}
      heading={row ? formatString(dashboardStrings.Dashboard_Def_EditHeading, row.input.name ?? row.input.code ?? '') : dashboardStrings.Dashboard_Def_AddHeading}
    >
      {text('code', { required: true, maxLength: 32 })}
      {text('name', { required: true, maxLength: 255 })}
      {text('description', { multiline: true, rows: 2 })}
      <SelectField
        id="kpi-def-formula" label={kpiFieldLabel('formula')} required selectedKey={v.formula} errorMessage={problems.formula} data-testid="kpi-def-formula"
        options={[{ key: '', text: dashboardStrings.Dashboard_Def_ChooseFormula }, ...KPI_FORMULA_CODES.map(c => ({ key: c, text: formulaLabel(c) }))]}
        onChange={k => (isKpiFormulaCode(k) && !row ? form.change(withFormula(v, k, locale)) : change({ formula: k }))}
      />
      <p className={styles.unit} data-testid="kpi-def-unit">{formatString(dashboardStrings.Dashboard_Def_UnitIs, formula ? unitLabel(formula.unit) : '–')}</p>
      <SelectField
        id="kpi-def-higherIsBetter" label={kpiFieldLabel('higherIsBetter')} selectedKey={v.higherIsBetter} errorMessage={problems.higherIsBetter} data-testid="kpi-def-higherIsBetter"
        options={[{ key: 'higher', text: dashboardStrings.Dashboard_Def_Direction_higher }, { key: 'lower', text: dashboardStrings.Dashboard_Def_Direction_lower }]}
        onChange={k => change({ higherIsBetter: k === 'lower' ? 'lower' : 'higher' })}
      />
      {text('greenThreshold', { required: true, inputMode: 'decimal' })}
      {text('amberThreshold', { required: true, inputMode: 'decimal' })}
      <Checkbox id="kpi-def-active" label={kpiFieldLabel('active')} checked={v.active} onChange={c => change({ active: c })} data-testid="kpi-def-active" />
    </FormFrame>
  );
}
