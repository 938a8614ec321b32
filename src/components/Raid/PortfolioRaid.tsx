import * as React from 'react';
import * as strings from 'PmoHubStrings';
import * as raidStrings from 'RaidStrings';
import { formatDateOnly } from '../../domain/dates';
import { formatString } from '../../domain/text';
import { ISSUE_AGE_BUCKETS } from '../../domain/governance';
import type { IPortfolioRaid } from '../../services/RaidService';
import { Link, Spinner, SR_ONLY } from '../controls';
import { ErrorMessage } from '../ErrorMessage';
import type { IRaidProps } from './IRaidProps';
import { HeatMap } from './HeatMap';
import { useLoad } from './useLoad';
import { bandLabel, formatCount, raidPageOf, thresholdsText } from './labels';
import styles from './Raid.module.scss';

/** The top risks across projects; each project's name opens that project's RAID log. */
function TopRisks(props: { data: IPortfolioRaid; locale: string; siteUrl: string }): React.ReactElement {
  const { data, locale } = props;
  const raidOf = (projectId: number): string => raidPageOf(props.siteUrl, projectId);
  if (data.topRisks.length === 0) return <p data-testid="raid-top-empty">{raidStrings.Raid_TopRisks_Empty}</p>;
  return (
    <table className={styles.table} data-testid="raid-top-risks">
      <caption className={SR_ONLY}>{raidStrings.Raid_TopRisks}</caption>
      <thead>
        <tr>
          <th scope="col">{raidStrings.Raid_Col_Risk}</th>
          <th scope="col">{raidStrings.Raid_Col_Project}</th>
          <th scope="col" className={styles.number}><abbr title={raidStrings.Raid_HeatMap_Probability}>{raidStrings.Raid_Col_P}</abbr></th>
          <th scope="col" className={styles.number}><abbr title={raidStrings.Raid_HeatMap_Impact}>{raidStrings.Raid_Col_I}</abbr></th>
          <th scope="col" className={styles.number}>{raidStrings.Raid_Col_Score}</th>
          <th scope="col">{raidStrings.Raid_Col_Band}</th>
          <th scope="col">{raidStrings.Raid_Col_Proximity}</th>
        </tr>
      </thead>
      <tbody>
        {data.topRisks.map(r => (
          <tr key={r.id}>
            <th scope="row">{r.title}</th>
            <td><Link href={raidOf(r.projectId)}>{r.projectCode ? `${r.projectTitle} (${r.projectCode})` : r.projectTitle}</Link></td>
            <td className={styles.number}>{r.probability}</td>
            <td className={styles.number}>{r.impact}</td>
            <td className={styles.number}>{formatCount(r.score, locale)}</td>
            <td>{bandLabel(r.band)}</td>
            <td>{r.proximity ? formatDateOnly(r.proximity, locale) : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Open issues per age bucket (0–7, 8–30, 31–90, over 90 days) and those of unknown age. */
function IssuesByAge(props: { data: IPortfolioRaid; locale: string }): React.ReactElement {
  const { data, locale } = props;
  return (
    <>
      <table className={styles.table} data-testid="raid-issue-ages">
        <caption className={SR_ONLY}>{raidStrings.Raid_IssuesByAge}</caption>
        <thead><tr><th scope="col">{raidStrings.Raid_Col_Age}</th><th scope="col" className={styles.number}>{raidStrings.Raid_Col_Count}</th></tr></thead>
        <tbody>
          {ISSUE_AGE_BUCKETS.map(b => <tr key={b}><th scope="row">{raidStrings[`Raid_Age_${b}`]}</th><td className={styles.number}>{formatCount(data.issuesByAge.buckets[b], locale)}</td></tr>)}
          {data.issuesByAge.unknown > 0 && <tr><th scope="row">{raidStrings.Raid_Age_Unknown}</th><td className={styles.number}>{formatCount(data.issuesByAge.unknown, locale)}</td></tr>}
        </tbody>
      </table>
      <p className={styles.hint}>{formatString(raidStrings.Raid_OverdueIssues, formatCount(data.overdueIssues, locale))}</p>
    </>
  );
}

/** The portfolio's RAID view: top risks across the running projects, the aggregate heat map and open issues by age. */
export function PortfolioRaid(props: IRaidProps): React.ReactElement {
  const { load, reload } = useLoad(() => props.raid.getPortfolioRaid(), 'all');
  if (load.status === 'loading') return <Spinner size="large" label={strings.LoadingLabel} />;
  if (load.status === 'error') return <ErrorMessage error={load.error} onRetry={() => void reload()} />;
  const data = load.data;
  return (
    <div data-testid="raid-portfolio">
      <p className={styles.hint}>{formatString(raidStrings.Raid_Portfolio_Intro, formatCount(data.projects, props.locale))}</p>
      <section className={styles.section} aria-labelledby="raid-top-heading">
        <h2 id="raid-top-heading" className={styles.heading}>{raidStrings.Raid_TopRisks}</h2>
        <TopRisks data={data} locale={props.locale} siteUrl={props.siteUrl} />
      </section>
      <section className={styles.section}>
        <HeatMap heatMap={data.heatMap} locale={props.locale} />
        <p className={styles.hint}>{thresholdsText(data.thresholds, props.locale)}</p>
      </section>
      <section className={styles.section} aria-labelledby="raid-ages-heading">
        <h2 id="raid-ages-heading" className={styles.heading}>{raidStrings.Raid_IssuesByAge}</h2>
        <IssuesByAge data={data} locale={props.locale} />
      </section>
    </div>
  );
}
