import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { LinkButton, Notice, SelectField, Spinner, type ISelectOption } from '../controls';
import styles from './ProjectRequest.module.scss';
import type { IRequestListProps } from './IProjectRequestProps';
import { useRequestList, type StateFilter } from './useRequestList';
import { formatAmount, stateLabel } from './format';
import { formatDayOfInstant } from '../../domain/dates';
import { ErrorMessage } from '../ErrorMessage';
import { INTAKE_STATE_ORDER } from '../../domain/intake';
import { formatString } from '../../domain/text';

/** "My requests" (the user's own) or the PMO's list of all requests with a state filter. */
export function RequestList(props: IRequestListProps): React.ReactElement {
  const { scope, locale } = props;
  const [filter, setFilter] = React.useState<StateFilter>('open');
  const { state, reload } = useRequestList(props.service, scope, scope === 'mine' ? 'all' : filter);
  const filterOptions: ISelectOption[] = [
    { key: 'open', text: strings.Request_Filter_Open },
    { key: 'all', text: strings.Request_Filter_All },
    ...INTAKE_STATE_ORDER.filter(s => s !== 'Draft').map(s => ({ key: s, text: stateLabel(s) }))
  ];

  // Drafts are their requesters' own work in progress: the PMO's list leaves them out.
  const items = state.status === 'ready' ? state.items.filter(r => scope === 'mine' || r.state !== 'Draft') : [];
  let body: React.ReactNode;
  if (state.status === 'loading') {
    body = <Spinner size="large" label={strings.LoadingLabel} />;
  } else if (state.status === 'error') {
    body = <ErrorMessage error={state.error} onRetry={reload} />;
  } else if (items.length === 0) {
    body = <Notice kind="info" data-testid="list-empty">{scope === 'mine' ? strings.Request_Mine_Empty : strings.Request_All_Empty}</Notice>;
  } else {
    body = (
      <>
        <p className={styles.count} aria-live="polite">{formatString(strings.Request_Count, items.length)}</p>
        <div className={styles.tableWrap}>
          <table className={styles.grid} data-testid={`requests-${scope}`}>
            <caption className={styles.srOnly}>{scope === 'mine' ? strings.Request_Tab_Mine : strings.Request_Tab_All}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.Request_Col_Title}</th>
                <th scope="col">{strings.Request_Col_State}</th>
                {scope === 'all' && <th scope="col">{strings.Request_Col_Requester}</th>}
                <th scope="col">{strings.Field_BusinessUnit}</th>
                {scope === 'all' && <th scope="col">{strings.Request_Col_Budget}</th>}
                <th scope="col">{strings.Field_SubmittedDate}</th>
                <th scope="col">{strings.Request_Col_Modified}</th>
              </tr>
            </thead>
            <tbody>
              {items.map(r => (
                <tr key={r.id} data-testid={`request-row-${r.id}`}>
                  <th scope="row">
                    <LinkButton onClick={() => props.onOpen(r)} aria-label={formatString(strings.Request_Open, r.title)}>{r.title}</LinkButton>
                  </th>
                  <td><span className={styles.badge} data-state={r.state}>{stateLabel(r.state)}</span></td>
                  {scope === 'all' && <td>{r.requesterName}</td>}
                  <td>{r.businessUnit}</td>
                  {scope === 'all' && <td className={styles.num}>{formatAmount(r.budget, locale)}</td>}
                  <td>{formatDayOfInstant(r.submitted, locale)}</td>
                  <td>{formatDayOfInstant(r.modified, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </>
    );
  }

  return (
    <section aria-label={scope === 'mine' ? strings.Request_Tab_Mine : strings.Request_Tab_All}>
      {scope === 'all' && (
        <SelectField
          label={strings.Request_Filter_State}
          options={filterOptions}
          selectedKey={filter}
          onChange={key => setFilter(key as StateFilter)}
          className={styles.filter}
          data-testid="state-filter"
        />
      )}
      {body}
    </section>
  );
}
