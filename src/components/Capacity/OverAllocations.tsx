import * as React from 'react';
import * as capacityStrings from 'CapacityStrings';
import { formatPlural } from '../../domain/text';
import { sourceKey, type HeatDimension, type IOverAllocation } from '../../domain/capacity';
import { LinkButton, SR_ONLY } from '../controls';
import { daysText, hoursText, monthLong } from './format';
import { daysPhrase, rowTitle, stateLabel } from './labels';
import { SourceLink } from './Drilldown';
import type { ICellRef } from './HeatMap';
import styles from './Capacity.module.scss';

/** The contributors listed per over-allocated month (most days first); the month's drill-down lists them all. */
const LISTED: number = 5;

/** Props of {@link OverAllocations}. */
export interface IOverAllocationsProps {
  over: ReadonlyArray<IOverAllocation>;
  dimension: HeatDimension;
  locale: string;
  siteUrl: string;
  /** Shows a cell's drill-down (the month's button). */
  onShow: (cell: ICellRef) => void;
}

/**
 * The over-allocation list: each role (team, person) and month whose demand exceeds its capacity,
 * by month then most hours over, with the hours (and days) over and the projects and requests that
 * contribute most (linked, with their state and days; the month opens the drill-down with all of them). Empty: a sentence saying that nothing is over-allocated.
 */
export function OverAllocations(props: IOverAllocationsProps): React.ReactElement {
  const { over, locale } = props;
  const count = formatPlural({ one: capacityStrings.Capacity_Over_Count_one, other: capacityStrings.Capacity_Over_Count }, over.length, locale, over.length);
  return (
    <section className={styles.section} aria-labelledby="capacity-over-heading" data-testid="capacity-over">
      <h2 id="capacity-over-heading" className={styles.heading}>{capacityStrings.Capacity_Over_Heading}</h2>
      <p role="status" data-testid="capacity-over-count">{over.length === 0 ? capacityStrings.Capacity_Over_None : count}</p>
      {over.length > 0 && (
        <table className={styles.table} data-testid="capacity-over-table">
          <caption className={SR_ONLY}>{capacityStrings.Capacity_Over_Heading}</caption>
          <thead>
            <tr>
              <th scope="col">{capacityStrings[`Capacity_Dimension_${props.dimension}`]}</th>
              <th scope="col">{capacityStrings.Capacity_Col_Month}</th>
              <th scope="col" className={styles.number}>{capacityStrings.Capacity_Col_HoursOver}</th>
              <th scope="col" className={styles.number}>{capacityStrings.Capacity_Col_DaysOver}</th>
              <th scope="col">{capacityStrings.Capacity_Col_Contributors}</th>
            </tr>
          </thead>
          <tbody>
            {over.map(o => {
              const title = rowTitle({ key: o.rowKey, title: o.title });
              return (
                <tr key={`${o.rowKey}|${o.month}`} data-testid="capacity-over-row" data-row={o.rowKey} data-month={o.month}>
                  <th scope="row" className={styles.plain}>{title}</th>
                  <td>
                    <LinkButton onClick={() => props.onShow({ row: o.rowKey, month: o.month })} data-testid="capacity-over-show">{monthLong(o.month, locale)}</LinkButton>
                  </td>
                  <td className={styles.number} data-testid="capacity-over-hours">{hoursText(o.overHours, locale)}</td>
                  <td className={styles.number}>{daysText(o.overDays, locale)}</td>
                  <td>
                    <ul className={styles.sources}>
                      {o.contributions.slice(0, LISTED).map(c => (
                        <li key={`${sourceKey(c.source)}|${c.state}`}>
                          <SourceLink source={c.source} siteUrl={props.siteUrl} /> <span className={styles.meta}>({stateLabel(c.state)}, {daysPhrase(c.days, locale)})</span>
                        </li>
                      ))}
                      {o.contributions.length > LISTED && (
                        <li className={styles.meta} data-testid="capacity-over-more">
                          {formatPlural({ one: capacityStrings.Capacity_Over_More_one, other: capacityStrings.Capacity_Over_More }, o.contributions.length - LISTED, locale, o.contributions.length - LISTED)}
                        </li>
                      )}
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
