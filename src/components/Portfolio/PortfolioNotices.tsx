import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
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
        <MessageBar messageBarType={MessageBarType.info} actions={<DefaultButton onClick={() => pf.setTeamFilter(false)}>{strings.Portfolio_ShowAll}</DefaultButton>}>
          <span data-testid="team-filter-notice">{teamFilterText(pf)}</span>
        </MessageBar>
      )}
      {state.message && (
        <MessageBar messageBarType={state.message.type === 'success' ? MessageBarType.success : MessageBarType.error} onDismiss={pf.dismissMessage} dismissButtonAriaLabel={strings.Portfolio_Close} isMultiline={true}>
          {state.message.text}
        </MessageBar>
      )}
      {state.refreshing && <Spinner size={SpinnerSize.xSmall} label={strings.LoadingLabel} ariaLive="polite" labelPosition="right" className={styles.refreshing} />}
    </>
  );
}
