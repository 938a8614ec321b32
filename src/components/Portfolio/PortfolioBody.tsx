import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { Button, Notice, Spinner } from '../controls';
import type { IPortfolioService } from '../../services/PortfolioService';
import { type IUsePortfolio } from './usePortfolio';
import { ErrorMessage } from '../ErrorMessage';
import { ProgrammeRollup } from './ProgrammeRollup';
import { PortfolioGrid } from './PortfolioGrid';

export interface IPortfolioBodyProps {
  pf: IUsePortfolio;
  service: IPortfolioService;
  locale: string;
  /** Today, 'YYYY-MM-DD' (overdue milestones). */
  today: string;
  /** Show the programme roll-up above the grid. */
  showRollup: boolean;
  /** Opens a project's panel (by item id). */
  onOpenProject: (id: number) => void;
  /** Shows the projects another way than the roll-up and the grid (a view such as the roadmap); same loading, error and empty states. */
  renderView?: () => React.ReactElement;
}

/** The portfolio's main area: loading, the error with a retry, an empty portfolio, or the roll-up and the grid (or `renderView`'s view). */
export function PortfolioBody(props: IPortfolioBodyProps): React.ReactElement {
  const { pf, locale } = props;
  const { state, display } = pf;
  const data = state.data;
  if (state.status === 'loading') return <Spinner size="large" label={strings.LoadingLabel} />;
  if (state.status === 'error' || !data) {
    return <ErrorMessage error={state.error} onRetry={pf.reload} />;
  }
  if (data.rows.length === 0) return <Notice kind="info">{strings.Portfolio_EmptyNoProjects}</Notice>;
  const clearAll = (): void => { pf.setFilters({}); pf.setSearch(''); pf.setTeamFilter(false); };
  if (props.renderView && display.rows.length > 0) return props.renderView();
  return (
    <>
      {!props.renderView && props.showRollup && display.rows.length > 0 && <ProgrammeRollup rollup={display.rollup} locale={locale} />}
      {display.rows.length === 0 ? (
        <Notice kind="info" actions={<Button onClick={clearAll}>{strings.Portfolio_ClearAll}</Button>}>
          {strings.Portfolio_EmptyNoMatch}
        </Notice>
      ) : (
        <PortfolioGrid rows={display.rows} groups={display.groups} view={state.view} onSort={pf.sortBy} locale={locale} today={props.today} service={props.service} onOpenProject={props.onOpenProject} />
      )}
    </>
  );
}
