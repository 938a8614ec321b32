import * as React from 'react';
import { strings } from './strings';
import { Link, LinkButton, Notice, SearchField, SelectField, Spinner, type ISelectOption } from '../controls';
import { DEFAULT_REQUEST_SORT, searchRequests, sortRequests, type IRequestSort, type RequestSortKey } from './requestListView';
import styles from './ProjectRequest.module.scss';
import type { IRequestListProps } from './IProjectRequestProps';
import { useRequestList, type StateFilter } from './useRequestList';
import { stateLabel } from './format';
import { formatMoney } from '../../domain/numbers';
import { formatDayOfInstant } from '../../domain/dates';
import { ErrorMessage } from '../ErrorMessage';
import { INTAKE_STATE_ORDER } from '../../domain/intake';
import { formatPlural, formatString } from '../../domain/text';
import { SR_ONLY } from '../controls/srOnly';

/** A column header that sorts the list by its column (a button; `aria-sort` on the sorted one). */
function SortHeader(props: { column: RequestSortKey; text: string; sort: IRequestSort; onSort: (s: IRequestSort) => void }): React.ReactElement {
  const { column, sort } = props;
  const active = sort.key === column;
  const next: IRequestSort = { key: column, descending: active ? !sort.descending : column === 'modified' || column === 'submitted' || column === 'budget' };
  return (
    <th scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}>
      <button type="button" className={styles.sortButton} onClick={() => props.onSort(next)} title={formatString(strings.Request_SortBy, props.text)} data-testid={`sort-${column}`}>
        {props.text}
        <span aria-hidden="true" className={styles.sortMark}>{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );
}

/** "My requests" (the user's own) or the PMO's list of all requests with a state filter; both searchable and sortable. */
export function RequestList(props: IRequestListProps): React.ReactElement {
  const { scope, locale } = props;
  const [filter, setFilter] = React.useState<StateFilter>('open');
  const [search, setSearch] = React.useState('');
  const [sort, setSort] = React.useState<IRequestSort>(DEFAULT_REQUEST_SORT);
  const { state, reload } = useRequestList(props.service, scope, scope === 'mine' ? 'all' : filter);
  const filterOptions: ISelectOption[] = [
    { key: 'open', text: strings.Request_Filter_Open },
    { key: 'all', text: strings.Request_Filter_All },
    ...INTAKE_STATE_ORDER.filter(s => s !== 'Draft').map(s => ({ key: s, text: stateLabel(s) }))
  ];

  // Drafts are their requesters' own work in progress: the PMO's list leaves them out.
  const loaded = state.status === 'ready' ? state.items.filter(r => scope === 'mine' || r.state !== 'Draft') : [];
  const items = sortRequests(searchRequests(loaded, search, locale), sort, locale);
  const header = (column: RequestSortKey, text: string): React.ReactElement => <SortHeader column={column} text={text} sort={sort} onSort={setSort} />;
  let body: React.ReactNode;
  if (state.status === 'loading') {
    body = <Spinner size="large" label={strings.LoadingLabel} />;
  } else if (state.status === 'error') {
    body = <ErrorMessage error={state.error} onRetry={reload} />;
  } else if (loaded.length === 0) {
    body = <Notice kind="info" data-testid="list-empty">{scope === 'mine' ? strings.Request_Mine_Empty : strings.Request_All_Empty}</Notice>;
  } else if (items.length === 0) {
    body = <Notice kind="info" data-testid="list-no-match">{strings.Request_Search_NoMatch}</Notice>;
  } else {
    body = (
      <>
        <p className={styles.count} aria-live="polite">{items.length === loaded.length
          ? formatPlural({ one: strings.Request_Count_one, other: strings.Request_Count }, items.length, locale, items.length)
          : formatPlural({ one: strings.Request_CountOf_one, other: strings.Request_CountOf }, loaded.length, locale, items.length, loaded.length)}</p>
        <div className={styles.tableWrap}>
          <table className={styles.grid} data-testid={`requests-${scope}`}>
            <caption className={SR_ONLY}>{scope === 'mine' ? strings.Request_Tab_Mine : strings.Request_Tab_All}</caption>
            <thead>
              <tr>
                {header('title', strings.Request_Col_Title)}
                {header('state', strings.Request_Col_State)}
                {scope === 'all' && header('requester', strings.Request_Col_Requester)}
                {header('businessUnit', strings.Field_BusinessUnit)}
                {scope === 'all' && header('budget', strings.Request_Col_Budget)}
                {header('submitted', strings.Field_SubmittedDate)}
                {header('modified', strings.Request_Col_Modified)}
                {header('project', strings.Request_Col_Project)}
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
                  {scope === 'all' && <td className={styles.num}>{formatMoney(r.budget, locale)}</td>}
                  <td>{formatDayOfInstant(r.submitted, locale)}</td>
                  <td>{formatDayOfInstant(r.modified, locale)}</td>
                  <td data-testid={`request-project-${r.id}`}>
                    {r.projectId !== undefined && r.projectCode
                      ? <Link href={props.service.projectUrl(r.projectId)} aria-label={formatString(strings.Request_OpenProject, r.projectCode)}>{r.projectCode}</Link>
                      : null}
                  </td>
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
      <SearchField
        label={strings.Request_Search_Label}
        clearLabel={strings.ClearSearchLabel}
        placeholder={strings.Request_Search_Placeholder}
        value={search}
        onChange={setSearch}
        className={styles.filter}
        data-testid="request-search"
      />
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
