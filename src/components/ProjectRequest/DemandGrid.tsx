import * as React from 'react';
import { strings } from './strings';
import styles from './ProjectRequest.module.scss';
import { demandByRole, MAX_DEMAND_MONTHS, setDemand, type IDemandCell } from '../../domain/intake';
import { formatString } from '../../domain/text';
import { formatDays, formatMonth } from './format';
import { TotalUnavailable } from './CostPlanTable';
import { formatAmountFor, readAmount } from '../../domain/numbers';

/** The message for days that cannot be read, naming the cell and showing an example in the locale. */
function daysProblemText(decimals: boolean, label: string, locale: string): string {
  return formatString(decimals ? strings.Request_Demand_Decimals : strings.Request_Demand_Invalid, label, formatAmountFor(2.5, locale, DAY_DECIMALS));
}

/** Days of a cell take at most one decimal place (half days). */
const DAY_DECIMALS = 1;

/** The days a cell's text stands for: 0 when blank, NaN when it cannot be read. */
function daysOf(text: string, locale: string): number {
  const r = readAmount(text, locale, DAY_DECIMALS);
  return r.ok ? r.value ?? 0 : NaN;
}

/** Props of the resource demand grid (roles × months). */
export interface IDemandGridProps {
  /** Id of the grid's wrapper (validation links move focus here). */
  id: string;
  /** Rows: the active roles. */
  roles: Array<{ id: number; title: string }>;
  /** Columns: months 'YYYY-MM'. */
  months: string[];
  /** The days entered. */
  cells: IDemandCell[];
  /** UI locale for month names and numbers. */
  locale: string;
  /** The message of the field's first problem. */
  errorMessage?: string;
  /** Called with the changed cells; days that cannot be read are NaN in them. */
  onChange: (cells: IDemandCell[]) => void;
  /** Called when a cell's text cannot be read (key 'resourceDemand:<role>:<month>', a message naming the cell), and with undefined once it can. */
  onProblem?: (input: string, message: string | undefined) => void;
}

/** Resource requirements: days per role (rows) and month (columns), each input labelled "role, month". */
export function DemandGrid(props: IDemandGridProps): React.ReactElement {
  const { roles, months, cells, locale } = props;
  const [texts, setTexts] = React.useState<Record<string, string>>({});
  const errorId = `${props.id}-error`;
  if (roles.length === 0) return <p id={props.id} className={styles.hint}>{strings.Request_Demand_NoRoles}</p>;
  const totals = demandByRole(cells);
  const valueOf = (role: number, month: string): number => {
    const c = cells.filter(x => x.role === role && x.month === month)[0];
    return c ? c.days : 0;
  };
  const text = (role: number, month: string): string => {
    const v = valueOf(role, month);
    const typed = texts[`${role}:${month}`];
    if (typed !== undefined && (daysOf(typed, locale) === v || isNaN(v))) return typed;
    return v ? formatAmountFor(v, locale, DAY_DECIMALS) : '';
  };
  const monthLabels = months.map(m => formatMonth(m, locale));

  return (
    <div id={props.id}>
      <p className={styles.hint}>{formatString(strings.Request_Demand_Hint, MAX_DEMAND_MONTHS)}</p>
      <div className={styles.scroll} role="group" aria-label={strings.Request_Demand_Caption}>
        <table className={styles.grid} aria-describedby={props.errorMessage ? errorId : undefined}>
          <caption className={styles.caption}>{strings.Request_Demand_Caption}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.Request_Demand_Role}</th>
              {monthLabels.map((label, i) => <th scope="col" key={months[i]}>{label}</th>)}
              <th scope="col">{strings.Request_Demand_Total}</th>
            </tr>
          </thead>
          <tbody>
            {roles.map(r => (
              <tr key={r.id}>
                <th scope="row">{r.title}</th>
                {months.map((m, i) => (
                  <td key={m}>
                    <input
                      className={styles.dayInput}
                      inputMode="decimal"
                      aria-label={formatString(strings.Request_CellLabel, r.title, monthLabels[i])}
                      aria-invalid={!isFinite(valueOf(r.id, m)) || valueOf(r.id, m) < 0 ? true : undefined}
                      aria-describedby={(!isFinite(valueOf(r.id, m)) || valueOf(r.id, m) < 0) && props.errorMessage ? errorId : undefined}
                      value={text(r.id, m)}
                      data-testid={`demand-${r.id}-${m}`}
                      onChange={e => {
                        const t = e.target.value;
                        setTexts(x => ({ ...x, [`${r.id}:${m}`]: t }));
                        const reading = readAmount(t, locale, DAY_DECIMALS);
                        const label = formatString(strings.Request_CellLabel, r.title, monthLabels[i]);
                        props.onProblem?.(`resourceDemand:${r.id}:${m}`, reading.ok ? undefined : daysProblemText(reading.problem === 'decimals', label, locale));
                        props.onChange(setDemand(cells, r.id, m, daysOf(t, locale)));
                      }}
                    />
                  </td>
                ))}
                <td className={styles.num}>
                  {cells.some(c => c.role === r.id && !isFinite(c.days))
                    ? <TotalUnavailable />
                    : formatDays(totals.get(r.id) ?? 0, locale)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {props.errorMessage && <p id={errorId} className={styles.error} role="alert">{props.errorMessage}</p>}
    </div>
  );
}
