import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { Button } from '../controls';
import styles from './ProjectRequest.module.scss';
import { costTotals, type ICostYear } from '../../domain/intake';
import { formatString } from '../../domain/text';
import { formatAmount, parseAmount } from './format';

/** Props of the capex/opex per year table. */
export interface ICostPlanTableProps {
  /** Id of the table's wrapper (validation links move focus here). */
  id: string;
  /** The years with their amounts. */
  plan: ICostYear[];
  /** Years to offer when the plan is empty (the desired period's years). */
  suggestedYears: number[];
  /** Current year: the first year added when there is nothing else to go by. */
  currentYear: number;
  /** UI locale for the totals. */
  locale: string;
  /** The message of the field's first problem. */
  errorMessage?: string;
  /** Read only (details view). */
  readOnly?: boolean;
  /** Called with the changed plan. */
  onChange?: (plan: ICostYear[]) => void;
}

/** Capex and opex per year: a table with one row per year, totals and add/remove, every input labelled by its row and column. */
export function CostPlanTable(props: ICostPlanTableProps): React.ReactElement {
  const { plan, locale, readOnly } = props;
  // The text typed in each cell, so that "12," stays as typed while the number is parsed.
  const [texts, setTexts] = React.useState<Record<string, string>>({});
  const totals = costTotals(plan);
  const errorId = `${props.id}-error`;

  const setCell = (year: number, kind: 'capex' | 'opex', text: string): void => {
    setTexts(t => ({ ...t, [`${year}:${kind}`]: text }));
    props.onChange?.(plan.map(y => (y.year === year ? { ...y, [kind]: parseAmount(text) } : y)));
  };
  const cellText = (y: ICostYear, kind: 'capex' | 'opex'): string => {
    const typed = texts[`${y.year}:${kind}`];
    if (typed !== undefined && (parseAmount(typed) === y[kind] || isNaN(y[kind]))) return typed;
    return y[kind] ? String(y[kind]) : '';
  };
  const addYear = (): void => {
    const taken = plan.map(y => y.year);
    const candidates = props.suggestedYears.filter(y => taken.indexOf(y) < 0);
    const next = candidates.length ? candidates[0] : taken.length ? Math.max(...taken) + 1 : props.currentYear;
    props.onChange?.([...plan, { year: next, capex: 0, opex: 0 }].sort((a, b) => a.year - b.year));
  };

  return (
    <div id={props.id} className={styles.tableWrap}>
      <table className={styles.grid} aria-describedby={props.errorMessage ? errorId : undefined}>
        <caption className={styles.caption}>{strings.Field_CostPlanJson}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.Request_Col_Year}</th>
            <th scope="col">{strings.Request_Col_Capex}</th>
            <th scope="col">{strings.Request_Col_Opex}</th>
            <th scope="col">{strings.Request_Col_Total}</th>
            {!readOnly && <th scope="col"><span className={styles.srOnly}>{strings.Request_Col_Actions}</span></th>}
          </tr>
        </thead>
        <tbody>
          {plan.map(y => (
            <tr key={y.year}>
              <th scope="row">{y.year}</th>
              {(['capex', 'opex'] as const).map(kind => (
                <td key={kind} className={styles.num}>
                  {readOnly
                    ? formatAmount(y[kind], locale)
                    : (
                      <input
                        className={styles.cellInput}
                        inputMode="decimal"
                        aria-label={formatString(strings.Request_CellLabel, kind === 'capex' ? strings.Request_Col_Capex : strings.Request_Col_Opex, y.year)}
                        aria-invalid={!isFinite(y[kind]) || y[kind] < 0 ? true : undefined}
                        value={cellText(y, kind)}
                        onChange={e => setCell(y.year, kind, e.target.value)}
                        data-testid={`cost-${y.year}-${kind}`}
                      />
                    )}
                </td>
              ))}
              <td className={styles.num}>{formatAmount(costTotals([y]).total, locale)}</td>
              {!readOnly && (
                <td>
                  <Button icon="delete" title={formatString(strings.Request_RemoveYear, y.year)} aria-label={formatString(strings.Request_RemoveYear, y.year)} onClick={() => props.onChange?.(plan.filter(x => x.year !== y.year))} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
        {plan.length > 0 && (
          <tfoot>
            <tr>
              <th scope="row">{strings.Request_CostTotalRow}</th>
              <td className={styles.num} data-testid="cost-total-capex">{formatAmount(totals.capex, locale)}</td>
              <td className={styles.num} data-testid="cost-total-opex">{formatAmount(totals.opex, locale)}</td>
              <td className={styles.num} data-testid="cost-total">{formatAmount(totals.total, locale)}</td>
              {!readOnly && <td />}
            </tr>
          </tfoot>
        )}
      </table>
      {!readOnly && <p className={styles.hint}>{strings.Request_CostHint}</p>}
      {!readOnly && <Button icon="add" onClick={addYear} data-testid="cost-add-year">{strings.Request_AddYear}</Button>}
      {props.errorMessage && <p id={errorId} className={styles.error} role="alert">{props.errorMessage}</p>}
    </div>
  );
}
