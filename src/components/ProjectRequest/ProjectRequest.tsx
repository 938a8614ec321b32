import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import styles from './ProjectRequest.module.scss';
import type { IProjectRequestProps, ProjectRequestView } from './IProjectRequestProps';
import { useProjectRequest } from './useProjectRequest';
import { RequestForm } from './RequestForm';
import { RequestList } from './RequestList';
import { RequestDetails } from './RequestDetails';
import { dayOfLocalDate } from '../../domain/dates';
import { ErrorMessage } from '../ErrorMessage';
import { formatString } from '../../domain/text';

/**
 * Project requests: the intake form (new request or a draft), "My requests" with status and
 * history, and for the PMO all requests with state filter, moves and conversion into a project.
 */
export function ProjectRequest(props: IProjectRequestProps): React.ReactElement {
  const { service, locale } = props;
  const today = props.today ?? dayOfLocalDate(new Date());
  const { load, nav, reload, show, open, closeDetails, edit } = useProjectRequest(service, props.startView ?? 'new');

  let body: React.ReactNode;
  if (load.status === 'loading') {
    body = <Spinner size={SpinnerSize.large} label={strings.LoadingLabel} ariaLive="polite" />;
  } else if (load.status === 'error') {
    body = <ErrorMessage error={load.error} onRetry={reload} />;
  } else {
    const { user, reference } = load;
    const listOrDetails = (scope: 'mine' | 'all'): React.ReactElement => (nav.openId !== undefined
      ? <RequestDetails key={nav.openId} service={service} id={nav.openId} user={user} reference={reference} locale={locale} onBack={closeDetails} onEdit={edit} notice={nav.notice} />
      : <RequestList service={service} scope={scope} locale={locale} onOpen={r => open(r.id)} />);
    const view: ProjectRequestView = nav.view === 'all' && !user.isPmo ? 'mine' : nav.view;
    body = (
      <Pivot
        aria-label={strings.Request_TabsLabel}
        selectedKey={view}
        onLinkClick={item => { if (item?.props.itemKey) show(item.props.itemKey as ProjectRequestView); }}
        className={styles.pivot}
      >
        <PivotItem itemKey="new" headerText={strings.Request_Tab_New}>
          <RequestForm
            key={nav.formKey}
            service={service}
            reference={reference}
            locale={locale}
            today={today}
            draft={nav.draft}
            onSubmitted={r => open(r.id, formatString(strings.Request_SubmittedMessage, r.title))}
          />
        </PivotItem>
        <PivotItem itemKey="mine" headerText={strings.Request_Tab_Mine}>
          {listOrDetails('mine')}
        </PivotItem>
        {user.isPmo && (
          <PivotItem itemKey="all" headerText={strings.Request_Tab_All}>
            {listOrDetails('all')}
          </PivotItem>
        )}
      </Pivot>
    );
  }

  return (
    <section className={styles.projectRequest} aria-labelledby="pmo-request-title">
      <h1 id="pmo-request-title" className={styles.title}>{strings.Request_WebPartTitle}</h1>
      <p className={styles.intro}>{strings.Request_Intro}</p>
      {body}
    </section>
  );
}
