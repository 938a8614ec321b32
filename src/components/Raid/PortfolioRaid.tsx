import * as React from 'react';
import * as strings from 'PmoHubStrings';
import * as raidStrings from 'RaidStrings';
import { formatDateOnly } from '../../domain/dates';
import { formatString } from '../../domain/text';
import { ISSUE_AGE_BUCKETS } from '../../domain/governance';
import type { IPortfolioRaid, IPortfolioRaidFilter, IPortfolioRaidOptions } from '../../services/RaidService';
import { Button, Link, SelectField, Spinner, SR_ONLY } from '../controls';
import { ErrorMessage } from '../ErrorMessage';
import type { IRaidProps } from './IRaidProps';
import { HeatMap } from './HeatMap';
import { useLoad } from './useLoad';
import { bandLabel, formatCount, thresholdsText } from './labels';
import { raidPageOf } from './links';
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

/** The portfolio filters as the selects hold them ('' for all): a programme's id, a department, a project manager's id. */
export interface IRaidFilterValues {
  programme: string;
  department: string;
  pm: string;
}

/** The address's query keys of the filters, so that a link or a reload keeps them. */
const QUERY_KEYS: Readonly<Record<keyof IRaidFilterValues, string>> = { programme: 'raidProgramme', department: 'raidDepartment', pm: 'raidPm' };

/** The filters kept in a query string (`?raidProgramme=3&raidPm=12`); absent ones are ''. */
export function filterFromQuery(search: string): IRaidFilterValues {
  const q = new URLSearchParams(search);
  return { programme: q.get(QUERY_KEYS.programme) ?? '', department: q.get(QUERY_KEYS.department) ?? '', pm: q.get(QUERY_KEYS.pm) ?? '' };
}

/** The query string with the filters set (empty ones removed), the rest of it kept. */
export function queryWithFilter(search: string, f: IRaidFilterValues): string {
  const q = new URLSearchParams(search);
  for (const k of Object.keys(QUERY_KEYS) as Array<keyof IRaidFilterValues>) {
    if (f[k]) q.set(QUERY_KEYS[k], f[k]);
    else q.delete(QUERY_KEYS[k]);
  }
  const out = q.toString();
  return out ? `?${out}` : '';
}

/** The service's filter from the selects' values (a number that is not one filters nothing). */
export function raidFilterOf(f: IRaidFilterValues): IPortfolioRaidFilter {
  const id = (v: string): number[] => (v && Number.isInteger(Number(v)) ? [Number(v)] : []);
  return { programmeIds: id(f.programme), departments: f.department ? [f.department] : [], projectManagerIds: id(f.pm) };
}

/** The three filters as simple selects ("All" first); their options are those of the last roll-up read, so they stay while it is read again. */
function Filters(props: { options: IPortfolioRaidOptions; value: IRaidFilterValues; onChange: (f: IRaidFilterValues) => void }): React.ReactElement {
  const { options, value } = props;
  const all = { key: '', text: raidStrings.Raid_Filter_All };
  const select = (key: keyof IRaidFilterValues, label: string, items: Array<{ key: string; text: string }>): React.ReactElement => (
    <SelectField id={`raid-filter-${key}`} label={label} options={[all, ...items]} selectedKey={value[key]} onChange={k => props.onChange({ ...value, [key]: k })} data-testid={`raid-filter-${key}`} />
  );
  const filtered = !!(value.programme || value.department || value.pm);
  return (
    <fieldset className={styles.filters} data-testid="raid-filters">
      <legend className={SR_ONLY}>{raidStrings.Raid_Filters}</legend>
      {select('programme', raidStrings.Raid_Filter_Programme, options.programmes.map(p => ({ key: String(p.id), text: p.title })))}
      {select('department', raidStrings.Raid_Filter_Department, options.departments.map(d => ({ key: d, text: d })))}
      {select('pm', raidStrings.Raid_Filter_Pm, options.projectManagers.map(p => ({ key: String(p.id), text: p.name })))}
      {filtered && <Button icon="dismiss" onClick={() => props.onChange({ programme: '', department: '', pm: '' })} data-testid="raid-filter-reset">{raidStrings.Raid_Filter_Reset}</Button>}
    </fieldset>
  );
}

/**
 * The portfolio's RAID view: top risks across the running projects, the aggregate heat map and open
 * issues by age, narrowed by programme, department and project manager (kept in the address).
 */
export function PortfolioRaid(props: IRaidProps): React.ReactElement {
  const [filter, setFilter] = React.useState<IRaidFilterValues>(() => filterFromQuery(window.location.search));
  const { load, reload } = useLoad(() => props.raid.getPortfolioRaid(raidFilterOf(filter)), `${filter.programme}|${filter.department}|${filter.pm}`);
  const [options, setOptions] = React.useState<IPortfolioRaidOptions | undefined>(undefined);
  const loaded = load.status === 'ready' ? load.data.options : undefined;
  React.useEffect(() => { if (loaded) setOptions(loaded); }, [loaded]);
  const offered = loaded ?? options;
  const change = (f: IRaidFilterValues): void => {
    setFilter(f);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${queryWithFilter(window.location.search, f)}${window.location.hash}`);
  };
  let body: React.ReactNode;
  if (load.status === 'loading') body = <Spinner size="large" label={strings.LoadingLabel} />;
  else if (load.status === 'error') body = <ErrorMessage error={load.error} onRetry={() => void reload()} />;
  else {
    const data = load.data;
    body = (
      <div data-testid="raid-portfolio">
        <p className={styles.hint} aria-live="polite">{formatString(raidStrings.Raid_Portfolio_Intro, formatCount(data.projects, props.locale))}</p>
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
  return (
    <div>
      {offered && <Filters options={offered} value={filter} onChange={change} />}
      {body}
    </div>
  );
}
