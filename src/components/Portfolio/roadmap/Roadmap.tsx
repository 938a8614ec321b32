import * as React from 'react';
import * as strings from 'RoadmapStrings';
import * as pmoStrings from 'PmoHubStrings';
import styles from './Roadmap.module.scss';
import { Button, Spinner } from '../../controls';
import { ErrorMessage } from '../../ErrorMessage';
import type { IPortfolioRow } from '../../../domain/portfolio';
import { roadmapLanes, shiftWindow, ticksOf, windowAt, zoomWindow, type IRoadmapWindow, type RoadmapBarState, type RoadmapZoom } from '../../../domain/roadmap';
import type { IPortfolioService } from '../../../services/PortfolioService';
import { PROJECT_PAGE_QUERY_PARAM, pageUrl, ProjectPage } from '../../../schema/pages';
import { ragLabel } from '../labels';
import { RoadmapGrid } from './RoadmapGrid';
import { useRoadmapMilestones } from './useRoadmapMilestones';
import { windowRange } from './roadmapText';

/** The props of the roadmap view. */
export interface IRoadmapProps {
  /** The projects the portfolio shows (its search, filters and sort applied), in that order. */
  rows: IPortfolioRow[];
  /** Reads the milestones (once, when the roadmap is first shown). */
  service: IPortfolioService;
  /** Changes when the portfolio's data is reloaded: the milestones are read again. */
  dataKey: unknown;
  /** Absolute URL of the PMO site (the projects' pages are on it). */
  siteUrl: string;
  locale: string;
  /** Today, 'YYYY-MM-DD'. */
  today: string;
}

/** Zoom (Quarter, Year) and moving the window (previous, today, next), with the window's name announced. */
function RoadmapControls(props: { window: IRoadmapWindow; today: string; locale: string; onChange: (w: IRoadmapWindow) => void }): React.ReactElement {
  const { window: w, onChange } = props;
  const quarter = w.zoom === 'quarter';
  const zoomButton = (zoom: RoadmapZoom, text: string): React.ReactElement => (
    <Button aria-pressed={w.zoom === zoom} onClick={() => onChange(zoomWindow(w, zoom, props.today))} data-testid={`roadmap-zoom-${zoom}`}>{text}</Button>
  );
  return (
    <div className={styles.controls}>
      <div role="group" aria-label={strings.Roadmap_ZoomLabel} className={styles.buttons}>
        {zoomButton('quarter', strings.Roadmap_ZoomQuarter)}
        {zoomButton('year', strings.Roadmap_ZoomYear)}
      </div>
      <div className={styles.buttons}>
        <Button icon="chevronLeft" onClick={() => onChange(shiftWindow(w, -1))} data-testid="roadmap-previous">{quarter ? strings.Roadmap_PreviousQuarter : strings.Roadmap_PreviousYear}</Button>
        <Button onClick={() => onChange(windowAt(w.zoom, props.today))} data-testid="roadmap-today-button">{strings.Roadmap_Today}</Button>
        <Button icon="chevronRight" onClick={() => onChange(shiftWindow(w, 1))} data-testid="roadmap-next">{quarter ? strings.Roadmap_NextQuarter : strings.Roadmap_NextYear}</Button>
      </div>
      <p className={styles.windowName} aria-live="polite" data-testid="roadmap-window">{windowRange(w, props.locale)}</p>
    </div>
  );
}

const LEGEND_STATES: ReadonlyArray<RoadmapBarState> = ['Green', 'Amber', 'Red', 'None', 'Ended'];
const SWATCH: Record<RoadmapBarState, string> = { Green: styles.barGreen, Amber: styles.barAmber, Red: styles.barRed, None: styles.barNone, Ended: styles.barEnded };

/** What the bars' colours and patterns and the diamonds mean. */
function RoadmapLegend(): React.ReactElement {
  return (
    <ul className={styles.legend} aria-label={strings.Roadmap_Legend}>
      {LEGEND_STATES.map(s => (
        <li key={s}><span className={`${styles.swatch} ${SWATCH[s]}`} aria-hidden="true" />{s === 'Ended' ? pmoStrings.Portfolio_RagNoCurrent : ragLabel(s)}</li>
      ))}
      <li><span className={`${styles.legendDiamond} ${styles.reached}`} aria-hidden="true" />{strings.Roadmap_LegendReached}</li>
      <li><span className={`${styles.legendDiamond} ${styles.open}`} aria-hidden="true" />{strings.Roadmap_LegendOpen}</li>
    </ul>
  );
}

/**
 * The portfolio roadmap: the projects shown as bars from start to end, grouped by programme
 * (projects without one last), coloured and patterned by their overall RAG, with their milestones,
 * a today line, zoom by quarter or year, and full keyboard operation (see RoadmapGrid). Loads from
 * its own chunk (`portfolio-roadmap`); reads the milestones when first shown.
 */
export function Roadmap(props: IRoadmapProps): React.ReactElement {
  const { locale, today } = props;
  const [window, setWindow] = React.useState<IRoadmapWindow>(() => windowAt('year', today));
  const [load, retry] = useRoadmapMilestones(props.service, props.dataKey);
  const milestones = load.status === 'ready' ? load.milestones : EMPTY;
  const lanes = React.useMemo(() => roadmapLanes(props.rows, milestones, window, locale), [props.rows, milestones, window, locale]);
  const ticks = React.useMemo(() => ticksOf(window, locale, strings.Roadmap_QuarterTemplate), [window, locale]);
  const site = props.siteUrl.replace(/\/$/, '');
  const projectUrl = React.useCallback((id: number) => `${site}/${pageUrl(ProjectPage)}?${PROJECT_PAGE_QUERY_PARAM}=${id}`, [site]);
  return (
    <div className={styles.roadmap} data-testid="roadmap">
      <RoadmapControls window={window} today={today} locale={locale} onChange={setWindow} />
      <RoadmapLegend />
      {load.status === 'loading' && <Spinner label={strings.Roadmap_LoadingMilestones} />}
      {load.status === 'error' && <ErrorMessage error={load.error} onRetry={retry} />}
      <RoadmapGrid lanes={lanes} window={window} ticks={ticks} today={today} locale={locale} projectUrl={projectUrl} />
    </div>
  );
}

const EMPTY: ReadonlyMap<number, never[]> = new Map();
