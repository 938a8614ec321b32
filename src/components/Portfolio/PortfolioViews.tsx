import * as React from 'react';
import * as strings from 'RoadmapStrings';
import * as pmoStrings from 'PmoHubStrings';
import { Spinner, Tabs, type ITab } from '../controls';
import { PortfolioBody, type IPortfolioBodyProps } from './PortfolioBody';
import { lazySurface, type ILazySurface } from './lazySurface';
import type { IRoadmapProps } from './roadmap/Roadmap';
import { LazyPortfolioControlling } from './controlling';
import type { IControllingService } from '../../services/ControllingService';

/** The roadmap view, from its own chunk (loaded when its tab is first opened). */
export const LazyRoadmap = lazySurface<IRoadmapProps>(() => import(/* webpackChunkName: 'portfolio-roadmap' */ './roadmap/Roadmap').then(m => m.Roadmap));

/** A view that loads from its own chunk: a spinner until the chunk is there (a failed load goes to the error boundary). */
function LoadingView<P extends object>(props: { view: ILazySurface<P>; viewProps: P }): React.ReactElement {
  const [ready, setReady] = React.useState(false);
  React.useEffect(() => {
    let active = true;
    const done = (): void => { if (active) setReady(true); };
    props.view.preload().then(done, done);
    return () => { active = false; };
  }, [props.view]);
  return ready ? <props.view.Component {...props.viewProps} /> : <Spinner label={pmoStrings.LoadingLabel} />;
}

/** What every view of the portfolio gets: the body's props (rows shown, service, locale, today) and the site. */
export interface IPortfolioViewsProps extends IPortfolioBodyProps {
  siteUrl: string;
  /** The controlling roll-up; without it there is no "Earned value and RAG" view. */
  controlling?: IControllingService;
}

/** One view of the portfolio: its tab and what it shows. */
interface IPortfolioViewDef extends ITab {
  /** undefined: the roll-up and the grid; else the view in place of them. */
  render?: (props: IPortfolioViewsProps) => React.ReactElement;
}

/** The portfolio's views, in tab order. A further view is one more entry (a lazily loaded one like the roadmap). */
function portfolioViews(controlling: IControllingService | undefined): IPortfolioViewDef[] {
  const views: IPortfolioViewDef[] = [
    { key: 'projects', text: strings.Roadmap_TabProjects },
    {
      key: 'roadmap', text: strings.Roadmap_TabRoadmap,
      render: p => <LoadingView view={LazyRoadmap} viewProps={{ rows: p.pf.display.rows, service: p.service, dataKey: p.pf.state.data, siteUrl: p.siteUrl, locale: p.locale, today: p.today }} />
    }
  ];
  if (controlling) {
    views.push({
      key: 'controlling', text: strings.Roadmap_TabControlling,
      render: p => <LoadingView view={LazyPortfolioControlling} viewProps={{ controlling, programmes: p.pf.state.data?.programmes ?? [], locale: p.locale }} />
    });
  }
  return views;
}

/**
 * The portfolio's views under the toolbar as tabs: "Projects" (the programme roll-up and the grid),
 * "Roadmap" and, with a controlling service, "Earned value and RAG" (the running projects' earned
 * value per programme and portfolio, RAG distribution per dimension, over all running projects). The toolbar's search, filters, sort
 * and grouping apply to the grid and the roadmap (each shows `display.rows`). While the portfolio loads, fails or is empty, its body says so without tabs.
 */
export function PortfolioViews(props: IPortfolioViewsProps): React.ReactElement {
  const views = portfolioViews(props.controlling);
  // Always "Projects" first: the web part's first view is never one that loads from a chunk (README, "Bundle budget").
  const [selected, setSelected] = React.useState<string>(views[0].key);
  const { state } = props.pf;
  if (state.status !== 'ready' || !state.data || state.data.rows.length === 0) return <PortfolioBody {...props} />;
  const view = views.filter(v => v.key === selected)[0] ?? views[0];
  const render = view.render;
  return (
    <Tabs label={strings.Roadmap_ViewsLabel} tabs={views} selectedKey={view.key} onSelect={setSelected} id="pf-views">
      <PortfolioBody {...props} renderView={render ? () => render(props) : undefined} />
    </Tabs>
  );
}
