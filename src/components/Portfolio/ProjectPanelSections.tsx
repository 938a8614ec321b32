import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { TextField } from '@fluentui/react/lib/TextField';
import styles from './Portfolio.module.scss';
import type { IPortfolioMilestone, IPortfolioService, IPortfolioStatusReport } from '../../services/PortfolioService';
import { LIFECYCLE_STATES, STAGES, type IPortfolioRow } from '../../domain/portfolio';
import { formatString } from '../../domain/text';
import { formatDate, formatMoney, milestoneStatusLabel, stageLabel, statusLabel } from './labels';
import { dimensionName } from './controlling/labels';
import { RagBadge } from './RagBadge';
import { PersonCell } from './PersonCell';
import type { IProjectEditForm, IProjectPanelActions } from './useProjectPanel';
import { ensureFluentIcons } from '../controls/fluentIcons';

ensureFluentIcons();

/**
 * The latest published status report: date, % complete, the RAG of every dimension it rates in the
 * PMO's order and named as the Project page names them, achievements and next steps.
 */
export function LatestStatus(props: { report?: IPortfolioStatusReport; locale: string }): React.ReactElement {
  const { report, locale } = props;
  return (
    <section aria-labelledby="pf-panel-status">
      <h3 id="pf-panel-status" className={styles.panelHeading}>{strings.Portfolio_Panel_LatestStatus}</h3>
      {report ? (
        <>
          <p>{formatString(strings.Portfolio_Panel_ReportOf, formatDate(report.reportDate, locale))}{report.percentComplete !== undefined ? ` · ${formatString(strings.Portfolio_Panel_PercentComplete, report.percentComplete)}` : ''}</p>
          <ul className={styles.ragList}>
            {report.dimensions.map(d => (
              <li key={d.dimension} data-dimension={d.dimension}><span className={styles.ragListLabel}>{dimensionName(d)}</span> <RagBadge value={d.rag ?? 'None'} /></li>
            ))}
          </ul>
          {report.highlights && <><h4 className={styles.panelSubheading}>{strings.Portfolio_Panel_Highlights}</h4><p className={styles.preLine}>{report.highlights}</p></>}
          {report.nextSteps && <><h4 className={styles.panelSubheading}>{strings.Portfolio_Panel_NextSteps}</h4><p className={styles.preLine}>{report.nextSteps}</p></>}
        </>
      ) : <p>{strings.Portfolio_Panel_NoReport}</p>}
    </section>
  );
}

/** The project's milestones: baseline, forecast (or actual) date and status. */
export function Milestones(props: { milestones: IPortfolioMilestone[]; locale: string }): React.ReactElement {
  const { milestones, locale } = props;
  return (
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
  );
}

/** The edit form: stage, lifecycle status and budget, with the save's error. */
export function ProjectEditForm(props: { form: IProjectEditForm; actions: IProjectPanelActions }): React.ReactElement {
  const { form, actions } = props;
  return (
    <div className={styles.editForm}>
      <Dropdown label={strings.Portfolio_Col_stage} selectedKey={form.stage} options={STAGES.map(s => ({ key: s, text: stageLabel(s) }))} onChange={(_e, o) => actions.setStage(o ? String(o.key) : '')} />
      <Dropdown label={strings.Portfolio_Col_status} selectedKey={form.status} options={LIFECYCLE_STATES.map(s => ({ key: s, text: statusLabel(s) }))} onChange={(_e, o) => actions.setStatus(o ? String(o.key) : '')} />
      <TextField label={strings.Portfolio_Col_budget} value={form.budget} inputMode="decimal" onChange={(_e, v) => actions.setBudget(v ?? '')} errorMessage={form.budgetError} />
      {form.reasonNeeded && (
        <TextField label={strings.Portfolio_ChangeReason} required={true} multiline={true} rows={2} value={form.reason} onChange={(_e, v) => actions.setReason(v ?? '')} errorMessage={form.reasonError} data-testid="project-change-reason" />
      )}
      {form.saveError && <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>{form.saveError}</MessageBar>}
      <div className={styles.panelFooter}>
        <PrimaryButton onClick={actions.save} disabled={form.busy || form.budgetInvalid}>{strings.Portfolio_Save}</PrimaryButton>
        <DefaultButton onClick={actions.cancel} disabled={form.busy}>{strings.Portfolio_Cancel}</DefaultButton>
      </div>
    </div>
  );
}

/** The project's key data (and description), read only. */
export function KeyData(props: { row: IPortfolioRow; service: IPortfolioService; locale: string }): React.ReactElement {
  const { row, service, locale } = props;
  const kv = (label: string, value: React.ReactNode): React.ReactElement => <><dt>{label}</dt><dd>{value || '–'}</dd></>;
  return (
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
    </>
  );
}
