import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { Button, Notice, Spinner } from '../controls';
import styles from './Portfolio.module.scss';
import { formatString } from '../../domain/text';
import type { IUsePortfolio } from './usePortfolio';

/** The Teams tab's notice of its default filter: the team's programme, or else its department. */
function teamFilterText(pf: IUsePortfolio): string {
  const { state } = pf;
  const filter = state.teamFilter;
  const programmeId = filter && filter.programmeIds ? filter.programmeIds[0] : undefined;
  const programme = programmeId !== undefined && state.data ? state.data.programmes.filter(p => p.id === programmeId)[0] : undefined;
  if (programme) return formatString(strings.Portfolio_TeamFilterNotice, programme.title);
  const department = filter && filter.departments ? filter.departments[0] : undefined;
  return formatString(strings.Portfolio_TeamDepartmentNotice, department ?? '');
}

/** The notices above the grid: the Teams tab's filter (with "show all"), the last action's message, and a running reload. */
export function PortfolioNotices(props: { pf: IUsePortfolio }): React.ReactElement {
  const { pf } = props;
  const { state } = pf;
  return (
    <>
      {state.teamFilter && state.teamFilterOn && (
        <Notice kind="info" actions={<Button onClick={() => pf.setTeamFilter(false)}>{strings.Portfolio_ShowAll}</Button>}>
          <span data-testid="team-filter-notice">{teamFilterText(pf)}</span>
        </Notice>
      )}
      {state.message && (
        <Notice kind={state.message.type === 'success' ? 'success' : 'error'} onDismiss={pf.dismissMessage} dismissLabel={strings.Portfolio_Close}>
          {state.message.text}
        </Notice>
      )}
      {state.refreshing && <Spinner label={strings.LoadingLabel} inline={true} className={styles.refreshing} />}
    </>
  );
}
