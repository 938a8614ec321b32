/**
 * The budget line editor of the Project page, for the project's manager and the PMO (in the lazily
 * loaded 'project-editors' chunk): a new line, or an existing one's fiscal year, cost type
 * (capex/opex), category and planned, forecast and actual amounts, typed in the user's locale; and
 * deleting it. Saves send the ETag the line was read with: when someone saved first, the editor
 * says so and the page reads the line again.
 */
import * as React from 'react';
import * as projectStrings from 'ProjectStrings';
import { formatString } from '../../../domain/text';
import type { IBudgetLine } from '../../../services/controllingRows';
import type { IBudgetService } from '../../../services/BudgetService';
import { BudgetLinesList } from '../../../schema/refs';
import { Button, Notice, SelectField, Spinner, TextField } from '../../controls';
import { useSaveRunner } from './useSaveRunner';
import { budgetLineName } from '../labels';
import {
  AMOUNT_FIELDS, BUDGET_FIELDS, budgetFieldLabel, budgetRefusal, budgetValuesOf, readBudgetValues,
  type BudgetField, type BudgetProblems, type IBudgetValues
} from './budgetForm';
import styles from './editing.module.scss';

/** Props of {@link BudgetLineEditor}. */
export interface IBudgetLineEditorProps {
  /** The line edited, as the page read it; undefined: a new line. */
  line?: IBudgetLine;
  projectId: number;
  service: IBudgetService;
  locale: string;
  /** A new line's fiscal year (this year). */
  year: number;
  /** After a save or delete: the page reads itself again; `message` says what was done. */
  onDone: (message: string) => void;
  /** The page reads itself again (after a conflict). */
  onReload: () => Promise<void>;
  onClose: () => void;
}

/** The budget line editor (see the module's description). */
export function BudgetLineEditor(props: IBudgetLineEditorProps): React.ReactElement {
  const { line, locale, service } = props;
  const [values, setValues] = React.useState<IBudgetValues>(() => budgetValuesOf(line, locale, props.year));
  const [problems, setProblems] = React.useState<BudgetProblems>({});
  const [confirmDelete, setConfirmDelete] = React.useState(false);
  const runner = useSaveRunner({ conflict: projectStrings.Project_Bl_Conflict, gone: projectStrings.Project_Bl_Gone }, props.onDone, props.onReload);
  // The page read the line again (after a conflict): show what is stored now.
  React.useEffect(() => { setValues(budgetValuesOf(line, locale, props.year)); }, [line?.etag]); // eslint-disable-line react-hooks/exhaustive-deps -- a new ETag is a new version
  const show = (found: BudgetProblems): void => {
    setProblems(found);
    const first = BUDGET_FIELDS.filter(f => found[f])[0];
    if (first) document.getElementById(`bl-${first}`)?.focus();
  };
  const change = (field: BudgetField, v: string): void => {
    setValues(old => ({ ...old, [field]: v }));
    setProblems(old => ({ ...old, [field]: undefined }));
  };
  const save = async (): Promise<void> => {
    const read = readBudgetValues(values, locale);
    if ('problems' in read) return show(read.problems);
    show({});
    const name = budgetLineName(read.line);
    await runner.run(async () => {
      if (line) await service.update(line.id, read.line, line.etag);
      else await service.add(props.projectId, read.line);
      return formatString(projectStrings.Project_Bl_Saved, name);
    }, e => { const r = budgetRefusal(e); if (r) show(r); return r !== undefined; });
  };
  const remove = async (): Promise<void> => {
    if (!line) return;
    await runner.run(async () => {
      await service.remove(line.id, line.etag);
      return formatString(projectStrings.Project_Bl_Deleted, budgetLineName(line));
    }, () => false);
  };
  const choice = (field: 'costType' | 'category', codes: ReadonlyArray<string>, prefix: string): React.ReactElement => (
    <SelectField id={`bl-${field}`} label={budgetFieldLabel(field)} options={codes.map(c => ({ key: c, text: projectStrings[`${prefix}${c}`] ?? c }))} selectedKey={values[field]} onChange={v => change(field, v)} errorMessage={problems[field]} required data-testid={`bl-${field}`} />
  );
  const listed = BUDGET_FIELDS.filter(f => problems[f]);
  return (
    <section className={styles.editor} aria-labelledby="bl-editor-heading" data-testid="budget-editor">
      <h3 id="bl-editor-heading" className={styles.heading}>{line ? formatString(projectStrings.Project_Bl_EditHeading, budgetLineName(line)) : projectStrings.Project_Bl_NewHeading}</h3>
      {runner.notice && <Notice kind={runner.notice.kind} data-testid="bl-notice">{runner.notice.text}</Notice>}
      {listed.length > 0 && (
        <Notice kind="error" data-testid="bl-problems">
          <ul className={styles.problems}>{listed.map(f => <li key={f}><a href={`#bl-${f}`}>{problems[f]}</a></li>)}</ul>
        </Notice>
      )}
      <div className={styles.fields}>
        <TextField id="bl-fiscalYear" label={budgetFieldLabel('fiscalYear')} value={values.fiscalYear} onChange={v => change('fiscalYear', v)} errorMessage={problems.fiscalYear} required inputMode="numeric" maxLength={4} data-testid="bl-fiscalYear" />
        {choice('costType', BudgetLinesList.choices.CostType, 'Project_CostType_')}
        {choice('category', BudgetLinesList.choices.CostCategory, 'Project_Category_')}
      </div>
      <div className={styles.fields}>
        {AMOUNT_FIELDS.map(f => (
          <TextField key={f} id={`bl-${f}`} label={budgetFieldLabel(f)} value={values[f]} onChange={v => change(f, v)} errorMessage={problems[f]} inputMode="decimal" data-testid={`bl-${f}`}
            description={f === 'forecast' ? projectStrings.Project_Bl_ForecastHint : undefined} />
        ))}
      </div>
      <div className={styles.actions}>
        <Button primary icon="save" disabled={runner.busy} onClick={() => void save()} data-testid="bl-save">{projectStrings.Project_Bl_Save}</Button>
        {line && !confirmDelete && <Button icon="delete" disabled={runner.busy} onClick={() => setConfirmDelete(true)} data-testid="bl-delete">{projectStrings.Project_Bl_Delete}</Button>}
        <Button icon="dismiss" disabled={runner.busy} onClick={props.onClose}>{projectStrings.Project_Ms_Close}</Button>
        {runner.busy && <Spinner label={projectStrings.Project_Working} />}
      </div>
      {line && confirmDelete && (
        <div role="group" aria-labelledby="bl-delete-q" className={styles.confirm}>
          <p id="bl-delete-q">{formatString(projectStrings.Project_Bl_DeleteConfirm, budgetLineName(line))}</p>
          <Button primary icon="delete" disabled={runner.busy} onClick={() => void remove()} data-testid="bl-delete-yes">{projectStrings.Project_Ms_DeleteYes}</Button>
          <Button onClick={() => setConfirmDelete(false)}>{projectStrings.Project_Ms_DeleteNo}</Button>
        </div>
      )}
    </section>
  );
}
