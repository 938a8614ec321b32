import * as React from 'react';
import { strings } from './strings';
import { Notice, Spinner, Tabs, type ITab } from '../controls';
import styles from './ProjectRequest.module.scss';
import type { IProjectRequestProps, ProjectRequestView } from './IProjectRequestProps';
import { useProjectRequest } from './useProjectRequest';
import { RequestForm } from './RequestForm';
import { RequestList } from './RequestList';
import { RequestDetails } from './RequestDetails';
import { dayOfLocalDate } from '../../domain/dates';
import { ErrorMessage } from '../ErrorMessage';
import { NoAccess } from '../PageAccess';
import { describeError } from '../../services/errors';
import { formatString } from '../../domain/text';

/**
 * Project requests: the intake form (new request or a draft), "My requests" with status and
 * history, and for the PMO all requests with state filter, moves and conversion into a project.
 */
export function ProjectRequest(props: IProjectRequestProps): React.ReactElement {
  const { service, locale } = props;
  const today = props.today ?? dayOfLocalDate(new Date());
  const { load, nav, reload, show, open, closeDetails, deleted, edit } = useProjectRequest(service, props.startView ?? 'new');

  let body: React.ReactNode;
  if (load.status === 'loading') {
    body = <Spinner size="large" label={strings.LoadingLabel} />;
  } else if (load.status === 'error') {
    // A user who may not read the requests (SharePoint answers 403, or 404 for a list they cannot
    // see) is told so in plain words, as the navigation would have (issue 9, item 11).
    const kind = describeError(load.error).kind;
    if (kind === 'forbidden' || kind === 'notFound') return <NoAccess pageTitle={strings.Request_WebPartTitle} />;
    body = <ErrorMessage error={load.error} onRetry={reload} />;
  } else {
    const { user, reference } = load;
    const listOrDetails = (scope: 'mine' | 'all'): React.ReactElement => (nav.openId !== undefined
      ? (
        <RequestDetails
          key={nav.openId}
          service={service}
          id={nav.openId}
          user={user}
          reference={reference}
          locale={locale}
          onBack={closeDetails}
          onEdit={edit}
          notice={nav.notice}
          onDeleted={title => deleted(formatString(strings.Request_Deleted, title))}
        />
      )
      : (
        <>
          {nav.notice && <Notice kind="success" data-testid="list-notice">{nav.notice}</Notice>}
          <RequestList service={service} scope={scope} locale={locale} onOpen={r => open(r.id)} />
        </>
      ));
    const view: ProjectRequestView = nav.view === 'all' && !user.isPmo ? 'mine' : nav.view;
    const tabs: ITab[] = [
      { key: 'new', text: strings.Request_Tab_New },
      { key: 'mine', text: strings.Request_Tab_Mine },
      ...(user.isPmo ? [{ key: 'all', text: strings.Request_Tab_All }] : [])
    ];
    body = (
      <Tabs label={strings.Request_TabsLabel} tabs={tabs} selectedKey={view} onSelect={key => show(key as ProjectRequestView)} className={styles.pivot}>
        {/* Each tab's content is its own: another tab starts afresh, as a tab panel of its own would. */}
        <React.Fragment key={view}>
          {view === 'new'
            ? (
              <RequestForm
                key={nav.formKey}
                service={service}
                reference={reference}
                locale={locale}
                today={today}
                draft={nav.draft}
                onSubmitted={r => open(r.id, formatString(strings.Request_SubmittedMessage, r.title))}
              />
            )
            : listOrDetails(view)}
        </React.Fragment>
      </Tabs>
    );
  }

  return (
    <section className={styles.projectRequest} aria-labelledby="pmo-request-heading">
      <h1 id="pmo-request-heading" className={styles.title}>{strings.Request_WebPartTitle}</h1>
      <p className={styles.intro}>{strings.Request_Intro}</p>
      {body}
    </section>
  );
}
