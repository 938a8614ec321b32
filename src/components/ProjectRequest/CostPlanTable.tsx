import * as React from 'react';
import { strings } from './strings';
import { Button } from '../controls';
import styles from './ProjectRequest.module.scss';
import { costTotals, type ICostYear } from '../../domain/intake';
import { formatString } from '../../domain/text';
import { formatMoney } from '../../domain/numbers';
import { formatAmountFor, readAmount } from '../../domain/numbers';
import { amountProblemText } from '../controls/amountText';
import { SR_ONLY } from '../controls/srOnly';

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
  /** Called with the changed plan; an amount that cannot be read is NaN in it. */
  onChange?: (plan: ICostYear[]) => void;
  /**
   * Called when a cell's text cannot be read as an amount (its key 'costPlan:<year>:<capex|opex>'
   * and a message naming the cell), and with undefined once it can again or its year is removed.
   */
  onProblem?: (input: string, message: string | undefined) => void;
}

type CostKind = 'capex' | 'opex';

/** A cell's problem key, as the form keeps it. */
function cellKey(year: number, kind: CostKind): string {
  return `costPlan:${year}:${kind}`;
}

/** The amount a cell's text stands for: 0 when blank, NaN when it cannot be read. */
function cellValue(text: string, locale: string): number {
  const r = readAmount(text, locale);
  return r.ok ? r.value ?? 0 : NaN;
}

/** A dash in place of a total that cannot be added up, with the reason for screen readers and as a tooltip. */
export function TotalUnavailable(): React.ReactElement {
  return <><span aria-hidden="true" title={strings.Request_TotalUnavailable}>—</span><span className={SR_ONLY}>{strings.Request_TotalUnavailable}</span></>;
}

/** A total, or a dash (with a sentence for screen readers) while an amount it adds up cannot be read. */
function Total(props: { value: number; complete: boolean; locale: string; testId?: string }): React.ReactElement {
  return (
    <td className={styles.num} data-testid={props.testId}>
      {props.complete
        ? formatMoney(props.value, props.locale)
        : <TotalUnavailable />}
    </td>
  );
}

/** Capex and opex per year: a table with one row per year, totals and add/remove, every input labelled by its row and column. */
export function CostPlanTable(props: ICostPlanTableProps): React.ReactElement {
  const { plan, locale, readOnly } = props;
  // The text typed in each cell, so that "12," stays as typed while the number is parsed.
  const [texts, setTexts] = React.useState<Record<string, string>>({});
  const totals = costTotals(plan);
  const errorId = `${props.id}-error`;

  const columnLabel = (kind: CostKind): string => (kind === 'capex' ? strings.Request_Col_Capex : strings.Request_Col_Opex);
  const cellLabel = (year: number, kind: CostKind): string => formatString(strings.Request_CellLabel, columnLabel(kind), year);
  const setCell = (year: number, kind: CostKind, text: string): void => {
    setTexts(t => ({ ...t, [`${year}:${kind}`]: text }));
    const reading = readAmount(text, locale);
    props.onProblem?.(cellKey(year, kind), reading.ok ? undefined : amountProblemText(reading.problem, cellLabel(year, kind), locale));
    props.onChange?.(plan.map(y => (y.year === year ? { ...y, [kind]: cellValue(text, locale) } : y)));
  };
  // The text as typed while it stands for the value (or cannot be read); else the value as the locale writes it, which reads back the same.
  const cellText = (y: ICostYear, kind: CostKind): string => {
    const typed = texts[`${y.year}:${kind}`];
    if (typed !== undefined && (cellValue(typed, locale) === y[kind] || isNaN(y[kind]))) return typed;
    return y[kind] ? formatAmountFor(y[kind], locale) : '';
  };
  const removeYear = (year: number): void => {
    for (const kind of ['capex', 'opex'] as const) props.onProblem?.(cellKey(year, kind), undefined);
    props.onChange?.(plan.filter(x => x.year !== year));
  };
  const complete = (kind: CostKind): boolean => plan.every(y => isFinite(y[kind]));
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
            {!readOnly && <th scope="col"><span className={SR_ONLY}>{strings.Request_Col_Actions}</span></th>}
          </tr>
        </thead>
        <tbody>
          {plan.map(y => (
            <tr key={y.year}>
              <th scope="row">{y.year}</th>
              {(['capex', 'opex'] as const).map(kind => (
                <td key={kind} className={styles.num}>
                  {readOnly
                    ? formatMoney(y[kind], locale)
                    : (
                      <input
                        className={styles.cellInput}
                        inputMode="decimal"
                        aria-label={cellLabel(y.year, kind)}
                        aria-invalid={!isFinite(y[kind]) || y[kind] < 0 ? true : undefined}
                        aria-describedby={(!isFinite(y[kind]) || y[kind] < 0) && props.errorMessage ? errorId : undefined}
                        value={cellText(y, kind)}
                        onChange={e => setCell(y.year, kind, e.target.value)}
                        data-testid={`cost-${y.year}-${kind}`}
                      />
                    )}
                </td>
              ))}
              <Total value={costTotals([y]).total} complete={isFinite(y.capex) && isFinite(y.opex)} locale={locale} />
              {!readOnly && (
                <td>
                  <Button icon="delete" title={formatString(strings.Request_RemoveYear, y.year)} aria-label={formatString(strings.Request_RemoveYear, y.year)} onClick={() => removeYear(y.year)} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
        {plan.length > 0 && (
          <tfoot>
            <tr>
              <th scope="row">{strings.Request_CostTotalRow}</th>
              <Total value={totals.capex} complete={complete('capex')} locale={locale} testId="cost-total-capex" />
              <Total value={totals.opex} complete={complete('opex')} locale={locale} testId="cost-total-opex" />
              <Total value={totals.total} complete={complete('capex') && complete('opex')} locale={locale} testId="cost-total" />
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
