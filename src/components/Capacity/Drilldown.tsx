import * as React from 'react';
import * as capacityStrings from 'CapacityStrings';
import { formatString } from '../../domain/text';
import { daysToHours, sourceKey, type ICapacitySettings, type IContribution, type IDemandSource, type IHeatCell } from '../../domain/capacity';
import { pageUrl, PROJECT_PAGE_QUERY_PARAM, ProjectPage, RequestsPage } from '../../schema/pages';
import { Button, Link, SR_ONLY } from '../controls';
import { daysText, hoursText, monthLong, utilisationText } from './format';
import { bandLabel, daysAndHours, kindLabel, stateLabel } from './labels';
import styles from './Capacity.module.scss';

/** The page a source opens: a project its Project page, a request the requests page. */
export function sourceHref(source: Pick<IDemandSource, 'kind' | 'id'>, siteUrl: string): string {
  const site = siteUrl.replace(/\/$/, '');
  return source.kind === 'project' ? `${site}/${pageUrl(ProjectPage)}?${PROJECT_PAGE_QUERY_PARAM}=${source.id}` : `${site}/${pageUrl(RequestsPage)}`;
}

/** A source as a link, with its kind for screen readers and sighted users alike ("Request: Data lake"). */
export function SourceLink(props: { source: IDemandSource; siteUrl: string }): React.ReactElement {
  const { source } = props;
  return <Link href={sourceHref(source, props.siteUrl)}>{formatString(capacityStrings.Capacity_SourceName, kindLabel(source.kind), source.title)}</Link>;
}

/** Props of {@link Drilldown}. */
export interface IDrilldownProps {
  /** The row's title (role, team or person). */
  title: string;
  cell: IHeatCell;
  settings: ICapacitySettings;
  locale: string;
  siteUrl: string;
  /** Opens the what-if for a source (its key): "Try a what-if" on a row. */
  onWhatIf: (key: string) => void;
  onClose: () => void;
}

/** The sentence above the drill-down: demand and capacity in days and hours, and the utilisation with its band. */
export function drilldownSummary(cell: IHeatCell, settings: ICapacitySettings, locale: string): string {
  const demand = daysAndHours(cell.demandDays, settings, locale);
  if (cell.utilisation === undefined) return cell.demandDays > 0 ? formatString(capacityStrings.Capacity_Drill_Unmeasured, demand) : capacityStrings.Capacity_Drill_Empty;
  if (!isFinite(cell.utilisation)) return formatString(capacityStrings.Capacity_Drill_NoCapacity, demand);
  const capacity = daysAndHours(cell.capacityDays, settings, locale);
  return formatString(capacityStrings.Capacity_Drill_Summary, demand, capacity, utilisationText(cell.utilisation, locale), bandLabel(cell.band));
}

/**
 * A cell's drill-down: the projects and requests whose demand makes it up (most days first), each
 * linked to its page, with its state (committed or proposed), days and hours, and "Try a what-if".
 * The focus stays on the map's cell (the map announces the selection), so the map can be browsed on.
 */
export function Drilldown(props: IDrilldownProps): React.ReactElement {
  const { cell, settings, locale } = props;
  const parts: IContribution[] = cell.contributions;
  return (
    <section className={styles.panel} aria-labelledby="capacity-drill-heading" data-testid="capacity-drilldown">
      <h3 id="capacity-drill-heading" className={styles.subheading}>{formatString(capacityStrings.Capacity_Drill_Heading, props.title, monthLong(cell.month, locale))}</h3>
      <p data-testid="capacity-drill-summary">{drilldownSummary(cell, settings, locale)}</p>
      {parts.length === 0 ? <p className={styles.empty}>{capacityStrings.Capacity_Drill_NoDemand}</p> : (
        <table className={styles.table} data-testid="capacity-drill-table">
          <caption className={styles.caption}>{capacityStrings.Capacity_Drill_Caption}</caption>
          <thead>
            <tr>
              <th scope="col">{capacityStrings.Capacity_Col_Source}</th>
              <th scope="col">{capacityStrings.Capacity_Col_State}</th>
              <th scope="col" className={styles.number}>{capacityStrings.Capacity_Col_Days}</th>
              <th scope="col" className={styles.number}>{capacityStrings.Capacity_Col_Hours}</th>
              <th scope="col"><span className={SR_ONLY}>{capacityStrings.Capacity_Col_Actions}</span></th>
            </tr>
          </thead>
          <tbody>
            {parts.map(p => (
              <tr key={`${sourceKey(p.source)}|${p.state}`} data-testid="capacity-drill-row">
                <th scope="row" className={styles.plain}><SourceLink source={p.source} siteUrl={props.siteUrl} /></th>
                <td>{stateLabel(p.state)}</td>
                <td className={styles.number}>{daysText(p.days, locale)}</td>
                <td className={styles.number}>{hoursText(daysToHours(p.days, settings), locale)}</td>
                <td>
                  <Button onClick={() => props.onWhatIf(sourceKey(p.source))} aria-label={formatString(capacityStrings.Capacity_Drill_WhatIfFor, p.source.title)} data-testid="capacity-drill-whatif">
                    {capacityStrings.Capacity_Drill_WhatIf}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Button icon="dismiss" onClick={props.onClose} data-testid="capacity-drill-close">{capacityStrings.Capacity_Drill_Close}</Button>
    </section>
  );
}
