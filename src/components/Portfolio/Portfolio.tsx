import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { Link } from '../controls';
import styles from './Portfolio.module.scss';
import type { IPortfolioProps } from './IPortfolioProps';
import { PERF_MARKS, perfMark, savedViewKey, usePortfolio, type IUsePortfolio } from './usePortfolio';
import { writeWorkbook } from './exportExcel';
import { formatPlural } from '../../domain/text';
import { dayOfLocalDate } from '../../domain/dates';
import { useSurfaces } from './useSurfaces';
import { preloadSurfaces } from './surfaces';
import { PortfolioToolbar } from './PortfolioToolbar';
import { PortfolioNotices } from './PortfolioNotices';
import { PortfolioViews } from './PortfolioViews';
import { PortfolioSurfaces } from './PortfolioSurfaces';

/**
 * Once the first data is on screen: sets the first-render User Timing mark (read by
 * bench/portfolio.ts) and loads the secondary surfaces' chunks in the background.
 */
function useFirstRender(status: IUsePortfolio['state']['status']): void {
  const rendered = React.useRef(false);
  React.useEffect(() => {
    if (rendered.current || status !== 'ready') return;
    rendered.current = true;
    perfMark(PERF_MARKS.render);
    preloadSurfaces();
  }, [status]);
}

/** The heading, the count of projects shown and, in Teams, the link to the SharePoint page. */
function PortfolioHeader(props: { pf: IUsePortfolio; heading: string; locale: string; pageUrl?: string }): React.ReactElement {
  const { state, display } = props.pf;
  return (
    <header className={styles.header}>
      <h1 id="pf-title" className={styles.title}>{props.heading}</h1>
      {state.data && (
        <p className={styles.count} aria-live="polite" data-testid="portfolio-count">
          {formatPlural({ one: strings.Portfolio_Count_one, other: strings.Portfolio_Count }, display.total, props.locale, display.rows.length, display.total)}
        </p>
      )}
      {props.pageUrl && (
        <Link className={styles.openInSp} href={props.pageUrl} target="_blank" rel="noopener noreferrer">{strings.Portfolio_OpenInSharePoint}</Link>
      )}
    </header>
  );
}

/**
 * The Portfolio web part: the project register as a virtualized grid with search, filters,
 * grouping, multi-key sort, saved views, a programme roll-up, a project panel and Excel export.
 * Reads the lists directly (no search index), so a change shows at the next reload.
 * The filter pane, column chooser, "Save view" dialog and project panel load from their own
 * chunks (see surfaces.ts); the Excel writer loads on the first export.
 */
export function Portfolio(props: IPortfolioProps): React.ReactElement {
  const pf = usePortfolio(props, writeWorkbook);
  const [open, surfaceActions] = useSurfaces();
  const { state } = pf;
  const { locale, service } = props;
  const data = state.data;
  useFirstRender(state.status);

  const current = data ? data.views.filter(v => savedViewKey(v) === state.viewKey)[0] : undefined;
  const pageUrl = props.teams ? `${props.siteUrl.replace(/\/$/, '')}/SitePages/Portfolio.aspx` : undefined;
  return (
    <section className={styles.portfolio} aria-labelledby="pf-title" data-theme={props.teams ? props.teams.theme ?? 'default' : undefined}>
      <PortfolioHeader pf={pf} heading={props.title || strings.Portfolio_WebPartTitle} locale={props.locale} pageUrl={pageUrl} />
      {data && <PortfolioToolbar pf={pf} data={data} current={current} surfaces={surfaceActions} />}
      <PortfolioNotices pf={pf} />
      <PortfolioViews pf={pf} service={service} controlling={props.controlling} locale={locale} siteUrl={props.siteUrl} today={props.today ?? dayOfLocalDate(new Date())} showRollup={props.showRollup} onOpenProject={surfaceActions.openProject} />
      <PortfolioSurfaces pf={pf} data={data} current={current} service={service} locale={locale} open={open} actions={surfaceActions} />
    </section>
  );
}
