import * as React from 'react';
import * as strings from 'PmoHubStrings';
import * as gatesStrings from 'GatesStrings';
import { dayOfLocalDate } from '../../domain/dates';
import { formatString } from '../../domain/text';
import { describeError } from '../../services/errors';
import { pageUrl, PROJECT_PAGE_QUERY_PARAM, ProjectPage } from '../../schema/pages';
import { Link, Notice, Spinner } from '../controls';
import { ErrorMessage } from '../ErrorMessage';
import { NoAccess } from '../PageAccess';
import { useLoad } from '../Raid/useLoad';
import type { IGatesProps } from './IGatesProps';
import { StageStrip } from './StageStrip';
import { GateAhead } from './GateAhead';
import { GateFlow } from './GateFlow';
import { ConditionList } from './ConditionList';
import { EndReport } from './EndReport';
import { readGates, type IGatesData } from './readGates';
import { categoryLabel } from './labels';
import styles from './Gates.module.scss';

function Frame(p: { props: IGatesProps; title: string; children: React.ReactNode }): React.ReactElement {
  return (
    <section className={styles.gates} aria-labelledby="pmo-gates-heading" data-testid="gates-page" data-theme={p.props.teamsTheme}>
      <h1 id="pmo-gates-heading" className={styles.title}>{p.title}</h1>
      {p.children}
    </section>
  );
}

/** At Closing: the Closing gate's handover items (their own group) and, for the manager, deputy and PMO, the end project report. */
function Closing(p: { props: IGatesProps & { projectId: number }; data: IGatesData }): React.ReactElement | null { // eslint-disable-line @rushstack/no-new-null -- React renders nothing for null
  const { state } = p.data.lifecycle;
  if (state.stage !== 'Closing' && state.stage !== 'Live') return null;
  const handover = p.data.lifecycle.checklist.filter(i => i.category === 'Handover');
  return (
    <>
      {handover.length > 0 && (
        <section className={styles.section} aria-labelledby="gates-handover-heading" data-testid="gates-handover">
          <h2 id="gates-handover-heading" className={styles.heading}>{categoryLabel('Handover')}</h2>
          <ul>{handover.map(i => <li key={i.id}>{i.title} <span className={styles.flag}>{i.mandatory ? gatesStrings.Gates_Required : gatesStrings.Gates_Optional}</span></li>)}</ul>
        </section>
      )}
      {p.data.access.canPrepare && <EndReport projectId={p.props.projectId} endReports={p.props.endReports} siteUrl={p.props.siteUrl} />}
    </>
  );
}

/** One project's gates: read with the user's role, then the stage strip, the gate ahead, the review flow, the conditions and Closing. */
function ProjectGates(props: IGatesProps & { projectId: number }): React.ReactElement {
  const { projectId } = props;
  const { load, reload } = useLoad(() => readGates(props.gates, projectId), String(projectId));
  const [message, setMessage] = React.useState<string | undefined>(undefined);
  const projectLink = `${props.siteUrl.replace(/\/$/, '')}/${pageUrl(ProjectPage)}?${PROJECT_PAGE_QUERY_PARAM}=${projectId}`;
  const today = props.today ?? dayOfLocalDate(new Date());
  if (load.status === 'loading') return <Frame props={props} title={strings.Gates_WebPartTitle}><Spinner size="large" label={strings.LoadingLabel} /></Frame>;
  if (load.status === 'error') {
    const kind = describeError(load.error).kind;
    if (kind === 'forbidden') return <NoAccess pageTitle={strings.Gates_WebPartTitle} />;
    return (
      <Frame props={props} title={strings.Gates_WebPartTitle}>
        {kind === 'notFound'
          ? <Notice kind="warning" data-testid="gates-not-found">{formatString(gatesStrings.Gates_NotFound, projectId)}</Notice>
          : <ErrorMessage error={load.error} onRetry={() => void reload()} />}
      </Frame>
    );
  }
  const data = load.data;
  const onDone = (m: string): void => { setMessage(m); void reload(); };
  return (
    <Frame props={props} title={formatString(gatesStrings.Gates_ProjectHeading, data.lifecycle.projectTitle)}>
      <p><Link href={projectLink}>{gatesStrings.Gates_OpenProject}</Link></p>
      {!data.access.canPrepare && !data.access.canDecide && <Notice kind="info" data-testid="gates-read-only">{gatesStrings.Gates_ReadOnly}</Notice>}
      {message && <Notice kind="success" data-testid="gates-notice" onDismiss={() => setMessage(undefined)} dismissLabel={gatesStrings.Gates_Cancel}>{message}</Notice>}
      <StageStrip view={data.lifecycle} />
      <GateAhead view={data.lifecycle} />
      <GateFlow data={data} gates={props.gates} projectId={projectId} locale={props.locale} today={today} onDone={onDone} onReload={reload} />
      <ConditionList conditions={data.conditions} locale={props.locale} gates={data.access.canPrepare ? props.gates : undefined} onReload={reload} />
      <Closing props={props} data={data} />
    </Frame>
  );
}

/**
 * The "Gates" web part: with a project (`?projectId=` or bound in the property pane) its lifecycle as
 * a stage strip, the gate ahead with its purpose, the gate review flow — the project manager's
 * checklist with evidence and review request, the review's readiness with the PMO's waivers, the
 * board's decision with its conditions — the conditions with "Mark met", and at Closing the handover
 * items and the end project report. Without a project, a hint to open it from one. States: loading,
 * no access, not found, error with "Try again", no gate, no review yet.
 */
export function Gates(props: IGatesProps): React.ReactElement {
  if (props.projectId === undefined) {
    return <Frame props={props} title={strings.Gates_WebPartTitle}><Notice kind="info" data-testid="gates-no-project">{gatesStrings.Gates_NoProject}</Notice></Frame>;
  }
  return <ProjectGates {...props} projectId={props.projectId} />;
}
