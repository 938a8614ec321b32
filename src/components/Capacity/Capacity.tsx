import * as React from 'react';
import * as strings from 'PmoHubStrings';
import * as capacityStrings from 'CapacityStrings';
import { dayOfLocalDate } from '../../domain/dates';
import { formatString } from '../../domain/text';
import { monthOfDay, shiftMonth, type MonthKey } from '../../domain/capacity';
import { describeError } from '../../services/errors';
import { Button, Spinner } from '../controls';
import { ErrorMessage } from '../ErrorMessage';
import { NoAccess } from '../PageAccess';
import { useLoad } from '../Raid/useLoad';
import { monthLong } from './format';
import { useCapacityState } from './useCapacityState';
import { CapacityView } from './CapacityView';
import type { ICapacityProps } from './ICapacityProps';
import styles from './Capacity.module.scss';

/** The months shown unless the props say otherwise. */
export const DEFAULT_MONTHS: number = 12;

/** The months' navigation: the range shown, previous and next `count` months, and back to the current month. */
function MonthNav(props: { first: MonthKey; count: number; current: MonthKey; locale: string; onMove: (first: MonthKey) => void }): React.ReactElement {
  const { first, count, locale } = props;
  const last = shiftMonth(first, count - 1);
  return (
    <div className={styles.monthNav} role="group" aria-labelledby="capacity-range" data-testid="capacity-months">
      <p id="capacity-range" className={styles.range} aria-live="polite" data-testid="capacity-range">
        {formatString(capacityStrings.Capacity_Range, monthLong(first, locale), monthLong(last, locale))}
      </p>
      <Button icon="chevronLeft" onClick={() => props.onMove(shiftMonth(first, -count))} data-testid="capacity-previous">{formatString(capacityStrings.Capacity_Previous, count)}</Button>
      <Button icon="chevronRight" onClick={() => props.onMove(shiftMonth(first, count))} data-testid="capacity-next">{formatString(capacityStrings.Capacity_Next, count)}</Button>
      {first !== props.current && <Button onClick={() => props.onMove(props.current)} data-testid="capacity-current">{capacityStrings.Capacity_FromThisMonth}</Button>}
    </div>
  );
}

/**
 * The "Capacity" web part: resource capacity against demand as a heat map of roles (or teams, or
 * people) × months, 12 from the current month with previous and next; each cell's utilisation as text,
 * colour and marker; a drill-down to the projects and requests that make up a cell; the over-allocation
 * list; a what-if (move a project's or request's start, leave a request out) shown at once and saved
 * as a portfolio scenario by the PMO; and for the PMO the maintenance of roles, people, absences and
 * settings. States: loading, no access, error with "Try again", no roles yet.
 */
export function Capacity(props: ICapacityProps): React.ReactElement {
  const count = props.months ?? DEFAULT_MONTHS;
  const current = monthOfDay(props.today ?? dayOfLocalDate(new Date()));
  const [state, dispatch] = useCapacityState(current);
  const { load, reload } = useLoad(() => props.capacity.getCapacityData(state.first, count), `${state.first}|${count}`);
  let body: React.ReactNode;
  if (load.status === 'loading') body = <Spinner size="large" label={strings.LoadingLabel} />;
  else if (load.status === 'error') {
    if (describeError(load.error).kind === 'forbidden') return <NoAccess pageTitle={strings.Capacity_WebPartTitle} />;
    body = <ErrorMessage error={load.error} onRetry={() => void reload()} />;
  } else {
    body = <CapacityView data={load.data} state={state} dispatch={dispatch} capacity={props.capacity} locale={props.locale} siteUrl={props.siteUrl} reload={reload} />;
  }
  return (
    <section className={styles.capacity} aria-labelledby="pmo-capacity-heading" data-testid="capacity-page" data-theme={props.teamsTheme}>
      <h1 id="pmo-capacity-heading" className={styles.title}>{strings.Capacity_WebPartTitle}</h1>
      <p className={styles.intro}>{capacityStrings.Capacity_Intro}</p>
      <MonthNav first={state.first} count={count} current={current} locale={props.locale} onMove={first => dispatch({ type: 'months', first })} />
      {body}
    </section>
  );
}
