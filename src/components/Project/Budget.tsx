import * as React from 'react';
import * as projectStrings from 'ProjectStrings';
import { budgetTotals } from '../../domain/budget';
import { formatString } from '../../domain/text';
import type { IBudgetService, IProjectBudget } from '../../services/BudgetService';
import { Button, Notice } from '../controls';
import { lazyBudgetEditor } from './editing/lazyEditors';
import { useEditorSlot } from './editing/useEditorSlot';
import type { IBudgetLine } from '../../services/controllingRows';
import { budgetLineName, money, text } from './labels';
import type { IProjectSlots } from './IProjectProps';
import styles from './Project.module.scss';

/** Props of {@link Budget}. */
export interface IBudgetProps {
  budget: IProjectBudget;
  /** The user's UI locale: amounts with its separators. */
  locale: string;
  /** The budget (burn) chart, when a feature provides one (the table is always shown). */
  budgetChart?: IProjectSlots['budgetChart'];
  /** For the project's manager and the PMO: adding, editing and deleting budget lines. */
  editing?: IBudgetEditing;
}

/** What budget editing needs from the page. */
export interface IBudgetEditing {
  service: IBudgetService;
  projectId: number;
  /** A new line's fiscal year (the current one). */
  year: number;
  /** Reads the page again (after a change, or a conflict). */
  reload: () => Promise<void>;
}

/** The budget lines of each fiscal year, in ascending years; within a year by cost type and category. */
function byFiscalYear(lines: ReadonlyArray<IBudgetLine>): Array<{ year: number; lines: IBudgetLine[] }> {
  const years = Array.from(new Set(lines.map(l => l.fiscalYear))).sort((a, b) => a - b);
  const key = (l: IBudgetLine): string => `${l.costType ?? ''} ${l.category ?? ''}`;
  return years.map(year => ({ year, lines: lines.filter(l => l.fiscalYear === year).sort((a, b) => key(a).localeCompare(key(b))) }));
}

/**
 * The budget against actuals: one row per budget line (fiscal year, cost type, category) with
 * planned, forecast and actual amounts and the forecast's variance to plan, a subtotal per fiscal
 * year and the project's total; amounts in the user's locale. The budget chart goes in its slot.
 */
export function Budget(props: IBudgetProps): React.ReactElement {
  const { budget, locale } = props;
  const Chart = props.budgetChart;
  const { editing } = props;
  const ed = useEditorSlot<number>(editing !== undefined, lazyBudgetEditor.preload, () => editing?.reload());
  const Editor = lazyBudgetEditor.Component;
  const opened = typeof ed.open === 'number' ? budget.lines.filter(l => l.id === ed.open)[0] : undefined;
  const actionsCell = editing ? <td /> : undefined;
  const amounts = (v: { planned: number; forecast: number; actual: number; forecastVariance: number }): React.ReactElement => (
    <>
      <td className={styles.number}>{money(v.planned, locale)}</td>
      <td className={styles.number}>{money(v.forecast, locale)}</td>
      <td className={styles.number}>{money(v.actual, locale)}</td>
      <td className={styles.number}>{money(v.forecastVariance, locale)}</td>
    </>
  );
  return (
    <section className={styles.section} aria-labelledby="pmo-project-budget" data-testid="project-budget">
      <h2 id="pmo-project-budget" className={styles.heading}>{projectStrings.Project_Budget}</h2>
      {Chart && <Chart budget={budget} locale={locale} />}
      {budget.lines.length === 0 ? <p>{projectStrings.Project_BudgetEmpty}</p> : (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption className={styles.caption}>{projectStrings.Project_BudgetCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{projectStrings.Project_Col_FiscalYear}</th>
                <th scope="col">{projectStrings.Project_Col_CostType}</th>
                <th scope="col">{projectStrings.Project_Col_Category}</th>
                <th scope="col" className={styles.number}>{projectStrings.Project_Col_Planned}</th>
                <th scope="col" className={styles.number}>{projectStrings.Project_Col_Forecast}</th>
                <th scope="col" className={styles.number}>{projectStrings.Project_Col_ActualCost}</th>
                <th scope="col" className={styles.number}>{projectStrings.Project_Col_Variance}</th>
                {editing && <th scope="col">{projectStrings.Project_Col_Actions}</th>}
              </tr>
            </thead>
            {byFiscalYear(budget.lines).map(group => (
              <tbody key={group.year}>
                {group.lines.map(l => (
                  <tr key={l.id}>
                    <th scope="row">{group.year}</th>
                    <td>{l.costType ? text(`Project_CostType_${l.costType}`) : '–'}</td>
                    <td>{l.category ? text(`Project_Category_${l.category}`) : '–'}</td>
                    {amounts(budgetTotals([l]))}
                    {editing && (
                      <td>
                        <Button icon="edit" aria-label={formatString(projectStrings.Project_Bl_EditHeading, budgetLineName(l))} onClick={() => ed.setOpen(l.id)} data-testid={`bl-edit-${l.id}`}>{projectStrings.Project_Ms_Edit}</Button>
                      </td>
                    )}
                  </tr>
                ))}
                <tr className={styles.subtotal}>
                  <th scope="row" colSpan={3}>{formatString(projectStrings.Project_SubtotalOf, group.year)}</th>
                  {amounts(budgetTotals(group.lines))}
                  {actionsCell}
                </tr>
              </tbody>
            ))}
            <tfoot>
              <tr className={styles.total}>
                <th scope="row" colSpan={3}>{projectStrings.Project_Total}</th>
                {amounts(budget.totals)}
                {actionsCell}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {ed.done && <Notice kind="success" data-testid="bl-done">{ed.done}</Notice>}
      {editing && ed.open === undefined && <Button icon="add" onClick={() => ed.setOpen('new')} data-testid="bl-add">{projectStrings.Project_Bl_Add}</Button>}
      {editing && ed.open !== undefined && (ed.open === 'new' || opened) && (
        <Editor
          key={String(ed.open)}
          line={opened}
          projectId={editing.projectId}
          service={editing.service}
          locale={locale}
          year={editing.year}
          onDone={ed.onDone}
          onReload={editing.reload}
          onClose={() => ed.setOpen(undefined)}
        />
      )}
    </section>
  );
}
