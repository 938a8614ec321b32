import * as React from 'react';
import { strings } from './strings';
import { Button, Link, Notice, Spinner } from '../controls';
import styles from './ProjectRequest.module.scss';
import type { IRequestDetailsProps } from './IProjectRequestProps';
import { useRequestDetails } from './useRequestDetails';
import { LazyConvertDialog, LazyTransitionDialog } from './surfaces';
import { AttachmentLink } from './AttachmentLink';
import { ErrorMessage } from '../ErrorMessage';
import { CostPlanTable } from './CostPlanTable';
import { formatDays, formatMonth, stateLabel, urgencyLabel } from './format';
import { formatDateOnly, formatDateTime } from '../../domain/dates';
import { allowedMoves, canConvert, canDelete, COMPLIANCE_QUESTIONS, demandByRole, FIELD_LABEL_KEYS, isEditable, type IIntakeLogEntry } from '../../domain/intake';
import type { IRequestService } from '../../services/RequestService';
import { formatPlural, formatString } from '../../domain/text';

/** A plain-text value kept as typed (line breaks shown; never rendered as HTML). */
function Plain(props: { text: string }): React.ReactElement {
  return <span className={styles.plain}>{props.text}</span>;
}

/** A link to the project a request became, by its code. */
function ProjectLink(props: { service: IRequestService; id: number; code: string }): React.ReactElement {
  return <Link href={props.service.projectUrl(props.id)} aria-label={formatString(strings.Request_OpenProject, props.code)}>{props.code}</Link>;
}

/** One entry of the history timeline: a move, or the conversion into a project. */
function HistoryEntry(props: { entry: IIntakeLogEntry; locale: string; service: IRequestService }): React.ReactElement {
  const h = props.entry;
  return (
    <li>
      <strong>
        {h.project
          ? <>{strings.Request_History_Converted} <ProjectLink service={props.service} id={h.project.id} code={h.project.code} /></>
          : h.from ? formatString(strings.Request_History_Move, stateLabel(h.from), stateLabel(h.to)) : stateLabel(h.to)}
      </strong>
      <span className={styles.meta}> {formatString(strings.Request_History_By, h.by, formatDateTime(h.at, props.locale))}</span>
      {h.reason && <div><Plain text={formatString(strings.Request_Reason, h.reason)} /></div>}
      {/* A decision records its rationale as the move's reason and comment: said once. */}
      {h.comment && h.comment.trim() !== (h.reason ?? '').trim() && <div><Plain text={formatString(strings.Request_Comment, h.comment)} /></div>}
    </li>
  );
}

/** The months a demand covers: one month alone ("Mar 2027"), else first – last. */
function monthSpan(months: ReadonlyArray<string>, locale: string): string {
  const first = formatMonth(months[0], locale);
  const last = formatMonth(months[months.length - 1], locale);
  return first === last ? first : `${first} – ${last}`;
}

/** One request: its content, its history timeline and the actions the user may take. */
export function RequestDetails(props: IRequestDetailsProps): React.ReactElement {
  const { user, reference, locale } = props;
  const api = useRequestDetails(props.service, props.id, props.notice, props.onDeleted);
  const { state } = api;
  // The dialogs' chunks load once the details are on screen, so that a move or a conversion opens at once.
  React.useEffect(() => {
    if (state.status !== 'ready') return;
    LazyTransitionDialog.preload().catch(() => undefined);
    if (user.isPmo) LazyConvertDialog.preload().catch(() => undefined);
  }, [state.status, user.isPmo]);

  if (state.status === 'loading') return <Spinner size="large" label={strings.LoadingLabel} />;
  if (state.status === 'error') {
    return (
      <div>
        <ErrorMessage error={state.error} onRetry={api.reload} />
        <Button icon="back" className={styles.back} onClick={props.onBack}>{strings.Request_Back}</Button>
      </div>
    );
  }

  const { request, history } = state.data;
  const input = request.input;
  const actor = { isPmo: user.isPmo, isAuthor: request.requesterId === user.id };
  const converted = request.projectId !== undefined;
  const moves = allowedMoves(request.state, actor, converted).filter(s => s !== 'Submitted');
  const objectiveNames = input.objectiveIds.map(id => {
    const o = reference.objectives.filter(x => x.id === id)[0];
    return o ? (o.code ? `${o.code} – ${o.title}` : o.title) : `#${id}`;
  });
  // The board's decision: the last move into the decided state, with its rationale.
  const decision = request.state === 'Approved' || request.state === 'Rejected' || request.state === 'Deferred'
    ? history.filter(h => h.to === request.state && !h.project && (h.comment || h.reason)).slice(-1)[0] : undefined;
  const demand = demandByRole(input.resourceDemand);
  const months = input.resourceDemand.map(c => c.month).sort();
  const roleTitle = (id: number): string => (reference.roles.filter(r => r.id === id)[0] || { title: `#${id}` }).title;
  const yesNo = (v: boolean | undefined): string => (v === undefined ? strings.Request_Compliance_Unanswered : v ? strings.Request_Yes : strings.Request_No);
  const row = (labelText: string, value: React.ReactNode): React.ReactElement => (
    <>
      <dt>{labelText}</dt>
      <dd>{value || '—'}</dd>
    </>
  );

  return (
    <article className={styles.details} aria-labelledby="pmo-request-details-title" data-testid="request-details">
      <Button icon="back" className={styles.back} onClick={props.onBack} data-testid="details-back">{strings.Request_Back}</Button>
      <h2 id="pmo-request-details-title" className={styles.subtitle}>{request.title}</h2>
      <p className={styles.meta}>
        <span className={styles.badge} data-state={request.state} data-testid="details-state">{stateLabel(request.state)}</span>
        {' '}{formatString(strings.Request_RequestedBy, request.requesterName)}
        {converted && request.projectId !== undefined && (
          <> · <span data-testid="details-converted">{strings.Request_ConvertedBadge} <ProjectLink service={props.service} id={request.projectId} code={request.projectCode ?? ''} /></span></>
        )}
      </p>
      {api.notice && (
        <Notice kind={api.notice.kind} data-testid="details-notice">
          {api.notice.text}
          {api.notice.link && <> <Link href={api.notice.link.href} data-testid="details-notice-link">{api.notice.link.text}</Link></>}
        </Notice>
      )}
      {/* The decision, its date and its rationale, once: the reason alone only when no history entry tells the decision. */}
      {!decision && request.decisionReason && (request.state === 'Rejected' || request.state === 'Deferred') && (
        <Notice kind="warning">{formatString(strings.Request_Reason, request.decisionReason)}</Notice>
      )}
      {decision && (
        <Notice kind="info" data-testid="details-decision">
          <strong>{strings.Request_DecisionHeading}</strong>{' '}
          {formatString(strings.Request_DecisionText, stateLabel(decision.to), formatDateTime(decision.at, locale), decision.comment ?? decision.reason ?? '')}
        </Notice>
      )}

      <div className={styles.actions} role="group" aria-label={strings.Request_Move}>
        {isEditable(request.state, actor, converted) && <Button primary={true} onClick={() => props.onEdit(request)} data-testid="details-edit">{strings.Request_Edit}</Button>}
        {moves.map(to => (
          <Button key={to} onClick={() => api.openMove(to)} disabled={api.busy} data-testid={`move-${to}`}>{to === 'Withdrawn' ? strings.Request_WithdrawDraft : formatString(strings.Request_MoveTo, stateLabel(to))}</Button>
        ))}
        {canConvert(request.state, actor, converted) && (
          <Button primary={true} onClick={api.openConvert} disabled={api.busy} data-testid="convert">{api.busy ? strings.Request_Converting : strings.Request_Convert}</Button>
        )}
        {canDelete(request.state, actor, converted) && !api.deleting && (
          <Button icon="delete" onClick={api.askDelete} disabled={api.busy} data-testid="details-delete">{strings.Request_DeleteDraft}</Button>
        )}
      </div>
      {api.deleting && (
        <div className={styles.confirm} role="group" aria-label={strings.Request_DeleteDraft} data-testid="delete-confirm">
          <Notice kind="warning">{formatString(strings.Request_DeleteConfirm, request.title)}</Notice>
          <Button primary={true} autoFocus={true} onClick={api.confirmDelete} disabled={api.busy} data-testid="delete-confirm-yes">{strings.Request_DeleteDraft}</Button>
          <Button onClick={api.cancelDelete} disabled={api.busy}>{strings.Request_Cancel}</Button>
        </div>
      )}

      <dl className={styles.facts}>
        {row(strings.Field_BusinessUnit, input.businessUnit)}
        {row(strings.Field_ProblemStatement, input.problemStatement && <Plain text={input.problemStatement} />)}
        {row(strings.Field_Goals, input.goals && <Plain text={input.goals} />)}
        {row(strings.Field_StrategicObjectives, objectiveNames.join(', '))}
        {row(strings.Field_ExpectedBenefits, input.expectedBenefits && <Plain text={input.expectedBenefits} />)}
        {row(strings.Field_Sponsor, input.sponsor?.displayName)}
        {row(strings.Field_ProposedManager, input.proposedManager?.displayName)}
        {row(strings.Field_DesiredStart, formatDateOnly(input.desiredStart, locale, 'numeric'))}
        {row(strings.Field_DesiredEnd, formatDateOnly(input.desiredEnd, locale, 'numeric'))}
        {row(strings.Field_Urgency, urgencyLabel(input.urgency))}
        {COMPLIANCE_QUESTIONS.map(q => <React.Fragment key={q}>{row(strings[FIELD_LABEL_KEYS[q]], yesNo(input.compliance[q]))}</React.Fragment>)}
        {row(strings.Request_Section_Resources, demand.size
          ? `${Array.from(demand.entries()).map(([role, days]) => `${roleTitle(role)}: ${formatPlural({ one: strings.Request_DaysCount_one, other: strings.Request_DaysCount }, days, locale, formatDays(days, locale))}`).join('; ')} (${monthSpan(months, locale)})`
          : '')}
        {row(strings.Request_Section_Attachments, request.attachments.length > 0 && (
          <ul className={styles.files} data-testid="details-attachments">
            {request.attachments.map(name => <li key={name}><AttachmentLink service={props.service} requestId={request.id} name={name} /></li>)}
          </ul>
        ))}
      </dl>
      {input.costPlan.length > 0 && <CostPlanTable id="pmo-request-details-costs" plan={input.costPlan} suggestedYears={[]} currentYear={0} locale={locale} readOnly={true} />}

      <section aria-labelledby="pmo-request-history">
        <h3 id="pmo-request-history" className={styles.legend}>{strings.Request_History}</h3>
        {history.length === 0
          ? <p>{strings.Request_History_Empty}</p>
          : (
            <ol className={styles.timeline} data-testid="history">
              {history.map((h, i) => <HistoryEntry key={`${h.at}-${i}`} entry={h} locale={locale} service={props.service} />)}
            </ol>
          )}
      </section>

      {api.converting && (
        <LazyConvertDialog.Component request={request} reference={reference} service={props.service} locale={locale} busy={api.busy} onConfirm={api.convert} onCancel={api.cancelConvert} />
      )}
      {api.moveTo !== undefined && (
        <LazyTransitionDialog.Component title={request.title} from={request.state} to={api.moveTo} busy={api.busy} error={api.moveError} onConfirm={api.confirmMove} onCancel={api.cancelMove} />
      )}
    </article>
  );
}
