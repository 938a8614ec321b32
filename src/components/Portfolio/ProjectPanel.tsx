import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { TextField } from '@fluentui/react/lib/TextField';
import { Link } from '@fluentui/react/lib/Link';
import styles from './Portfolio.module.scss';
import type { IPortfolioService, IProjectDetail } from '../../services/PortfolioService';
import { LIFECYCLE_STATES, RAG_DIMENSIONS, STAGES } from '../../domain/portfolio';
import { formatString } from '../../domain/text';
import { dimensionLabel, formatDate, formatMoney, milestoneStatusLabel, stageLabel, statusLabel } from './labels';
import { RagBadge } from './RagBadge';
import { PersonCell } from './PersonCell';
import { errorText } from '../ErrorMessage/errorText';

export interface IProjectPanelProps {
  /** The project to show. */
  projectId: number;
  service: IPortfolioService;
  locale: string;
  /** Whether the user may edit projects (by list permission). */
  canEdit: boolean;
  /** Called after a save, so that the grid reloads. */
  onSaved: () => void;
  onDismiss: () => void;
}

type PanelState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; detail: IProjectDetail };

/** The project detail panel: key data, latest status, milestones, and a small edit form. */
export function ProjectPanel(props: IProjectPanelProps): React.ReactElement {
  const { projectId, service, locale } = props;
  const [state, setState] = React.useState<PanelState>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const [editing, setEditing] = React.useState(false);
  const [stage, setStage] = React.useState('');
  const [status, setStatus] = React.useState('');
  const [budget, setBudget] = React.useState('');
  const [saveError, setSaveError] = React.useState<string | undefined>(undefined);
  const [saved, setSaved] = React.useState(false);
  const [busy, setBusy] = React.useState(false);

  React.useEffect(() => {
    let active = true;
    setState({ status: 'loading' });
    service.getProjectDetail(projectId).then(
      detail => {
        if (!active) return;
        setState({ status: 'ready', detail });
        setStage(detail.row.stage ?? '');
        setStatus(detail.row.status ?? '');
        setBudget(detail.row.budget === undefined ? '' : String(detail.row.budget));
      },
      (e: unknown) => { if (active) setState({ status: 'error', message: errorText(e) }); }
    );
    return () => { active = false; };
  }, [service, projectId, attempt]);

  const title = state.status === 'ready' ? state.detail.row.title : '';
  const budgetValue = budget.trim() === '' ? undefined : Number(budget.replace(/\s/g, '').replace(',', '.'));
  const budgetInvalid = budgetValue !== undefined && (!isFinite(budgetValue) || budgetValue < 0);

  const save = (): void => {
    if (state.status !== 'ready' || budgetInvalid) return;
    setBusy(true);
    setSaveError(undefined);
    service.updateProject(projectId, { stage, status, budget: budgetValue }, state.detail.etag).then(
      () => {
        setBusy(false);
        setEditing(false);
        setSaved(true);
        setAttempt(a => a + 1);
        props.onSaved();
      },
      (e: unknown) => { setBusy(false); setSaveError(errorText(e)); }
    );
  };

  let body: React.ReactNode;
  if (state.status === 'loading') body = <Spinner size={SpinnerSize.medium} label={strings.LoadingLabel} ariaLive="polite" />;
  else if (state.status === 'error') {
    body = <MessageBar messageBarType={MessageBarType.error} isMultiline={true} actions={<DefaultButton onClick={() => setAttempt(a => a + 1)}>{strings.RetryButton}</DefaultButton>}>{state.message}</MessageBar>;
  } else {
    const { row, latestReport, milestones } = state.detail;
    const kv = (label: string, value: React.ReactNode): React.ReactElement => <><dt>{label}</dt><dd>{value || '–'}</dd></>;
    body = (
      <div className={styles.panelBody}>
        {saved && <MessageBar messageBarType={MessageBarType.success}>{strings.Portfolio_Panel_Saved}</MessageBar>}
        <section aria-labelledby="pf-panel-status">
          <h3 id="pf-panel-status" className={styles.panelHeading}>{strings.Portfolio_Panel_LatestStatus}</h3>
          {latestReport ? (
            <>
              <p>{formatString(strings.Portfolio_Panel_ReportOf, formatDate(latestReport.reportDate, locale))}{latestReport.percentComplete !== undefined ? ` · ${formatString(strings.Portfolio_Panel_PercentComplete, latestReport.percentComplete)}` : ''}</p>
              <ul className={styles.ragList}>
                {RAG_DIMENSIONS.map(d => (
                  <li key={d}><span className={styles.ragListLabel}>{dimensionLabel(d)}</span> <RagBadge value={latestReport.rag[d] ?? 'None'} /></li>
                ))}
              </ul>
              {latestReport.highlights && <><h4 className={styles.panelSubheading}>{strings.Portfolio_Panel_Highlights}</h4><p className={styles.preLine}>{latestReport.highlights}</p></>}
              {latestReport.nextSteps && <><h4 className={styles.panelSubheading}>{strings.Portfolio_Panel_NextSteps}</h4><p className={styles.preLine}>{latestReport.nextSteps}</p></>}
            </>
          ) : <p>{strings.Portfolio_Panel_NoReport}</p>}
        </section>
        <section aria-labelledby="pf-panel-milestones">
          <h3 id="pf-panel-milestones" className={styles.panelHeading}>{strings.Portfolio_Panel_Milestones}</h3>
          {milestones.length === 0 ? <p>{strings.Portfolio_Panel_NoMilestones}</p> : (
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">{strings.Portfolio_Panel_Milestone}</th>
                  <th scope="col">{strings.Portfolio_Panel_Baseline}</th>
                  <th scope="col">{strings.Portfolio_Panel_Forecast}</th>
                  <th scope="col">{strings.Portfolio_Panel_MilestoneStatus}</th>
                </tr>
              </thead>
              <tbody>
                {milestones.map(m => (
                  <tr key={m.id}>
                    <th scope="row">{m.title}</th>
                    <td>{formatDate(m.baselineDate, locale)}</td>
                    <td>{formatDate(m.actualDate || m.forecastDate, locale)}</td>
                    <td>{m.status ? milestoneStatusLabel(m.status) : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section aria-labelledby="pf-panel-key">
          <h3 id="pf-panel-key" className={styles.panelHeading}>{strings.Portfolio_Panel_KeyData}</h3>
          {editing ? (
            <div className={styles.editForm}>
              <Dropdown label={strings.Portfolio_Col_stage} selectedKey={stage} options={STAGES.map(s => ({ key: s, text: stageLabel(s) }))} onChange={(_e, o) => setStage(o ? String(o.key) : '')} />
              <Dropdown label={strings.Portfolio_Col_status} selectedKey={status} options={LIFECYCLE_STATES.map(s => ({ key: s, text: statusLabel(s) }))} onChange={(_e, o) => setStatus(o ? String(o.key) : '')} />
              <TextField label={strings.Portfolio_Col_budget} value={budget} inputMode="decimal" onChange={(_e, v) => setBudget(v ?? '')} errorMessage={budgetInvalid ? strings.Portfolio_BudgetInvalid : undefined} />
              {saveError && <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>{saveError}</MessageBar>}
              <div className={styles.panelFooter}>
                <PrimaryButton onClick={save} disabled={busy || budgetInvalid}>{strings.Portfolio_Save}</PrimaryButton>
                <DefaultButton onClick={() => { setEditing(false); setSaveError(undefined); }} disabled={busy}>{strings.Portfolio_Cancel}</DefaultButton>
              </div>
            </div>
          ) : (
            <>
              <dl className={styles.keyData}>
                {kv(strings.Portfolio_Col_code, row.code)}
                {kv(strings.Portfolio_Col_programme, row.programme ? row.programme.title : strings.Portfolio_NoProgramme)}
                {kv(strings.Portfolio_Col_department, row.department)}
                {kv(strings.Portfolio_Col_projectManager, <PersonCell person={row.projectManager} service={service} />)}
                {kv(strings.Portfolio_Panel_Sponsor, row.sponsor ? row.sponsor.name : '')}
                {kv(strings.Portfolio_Col_stage, row.stage ? stageLabel(row.stage) : '')}
                {kv(strings.Portfolio_Col_status, row.status ? statusLabel(row.status) : '')}
                {kv(strings.Portfolio_Col_budget, formatMoney(row.budget, locale))}
                {kv(strings.Portfolio_Col_startDate, formatDate(row.startDate, locale))}
                {kv(strings.Portfolio_Col_endDate, formatDate(row.endDate, locale))}
                {kv(strings.Portfolio_Col_objectives, row.objectives.map(o => o.title).join(', '))}
              </dl>
              {row.summary && <><h4 className={styles.panelSubheading}>{strings.Portfolio_Panel_Summary}</h4><p className={styles.preLine}>{row.summary}</p></>}
              {props.canEdit && <DefaultButton iconProps={{ iconName: 'Edit' }} onClick={() => { setEditing(true); setSaved(false); }}>{strings.Portfolio_Panel_Edit}</DefaultButton>}
            </>
          )}
        </section>
        <p><Link href={state.detail.itemUrl} target="_blank" rel="noopener noreferrer">{strings.Portfolio_Panel_OpenItem}</Link></p>
      </div>
    );
  }

  return (
    <Panel
      isOpen={true}
      type={PanelType.medium}
      headerText={title || strings.LoadingLabel}
      closeButtonAriaLabel={strings.Portfolio_Panel_CloseLabel}
      onDismiss={props.onDismiss}
      isLightDismiss={true}
    >
      {body}
    </Panel>
  );
}
