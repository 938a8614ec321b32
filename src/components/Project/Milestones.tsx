import * as React from 'react';
import * as strings from 'PmoHubStrings';
import * as projectStrings from 'ProjectStrings';
import { daysBetween, formatDateOnly } from '../../domain/dates';
import { formatString } from '../../domain/text';
import { mtaTable, type IMtaSeries } from '../../domain/milestones';
import type { IsoDay } from '../../domain/dates';
import type { IMilestone } from '../../services/controllingRows';
import type { IMilestoneService } from '../../services/MilestoneService';
import { Button, Notice } from '../controls';
import { lazyMilestoneEditor } from './editing/lazyEditors';
import { useEditorSlot } from './editing/useEditorSlot';
import { milestoneStatusLabel } from '../Portfolio/labels';
import { mtaTrendText, signedDays } from './labels';
import type { IProjectSlots } from './IProjectProps';
import styles from './Project.module.scss';

/** Props of {@link Milestones}. */
export interface IMilestonesProps {
  milestones: ReadonlyArray<IMilestone>;
  /** The milestone trend analysis from the snapshots of published reports. */
  mta: IMtaSeries;
  locale: string;
  /** The MTA chart, when a feature provides one (its data table is always shown). */
  mtaChart?: IProjectSlots['mtaChart'];
  /** For the project's manager and the PMO: adding, editing, deleting and re-baselining milestones. */
  editing?: IMilestoneEditing;
}

/** What milestone editing needs from the page. */
export interface IMilestoneEditing {
  service: IMilestoneService;
  projectId: number;
  /** Today in the user's zone (the date fields' example). */
  today: IsoDay;
  /** Reads the page again (after a change, or a conflict). */
  reload: () => Promise<void>;
}

/** Days a milestone slipped: its actual (else forecast) date against its baseline; undefined without both. */
export function slipOf(m: Pick<IMilestone, 'baselineDate' | 'forecastDate' | 'actualDate'>): number | undefined {
  const current = m.actualDate ?? m.forecastDate;
  return m.baselineDate && current ? daysBetween(m.baselineDate, current) : undefined;
}

/**
 * The project's milestones (baseline, forecast and actual date, status, slip in days) and the
 * milestone trend analysis as a table (one row per milestone, one column per report date, with the
 * trend); the MTA chart goes in its slot above the table when there is one.
 */
export function Milestones(props: IMilestonesProps): React.ReactElement {
  const { milestones, mta, locale } = props;
  const day = (d: string | undefined): string => (d ? formatDateOnly(d, locale) : '–');
  const table = mtaTable(mta);
  const Chart = props.mtaChart;
  const { editing } = props;
  const ed = useEditorSlot(editing !== undefined, lazyMilestoneEditor.preload, () => editing?.reload());
  const Editor = lazyMilestoneEditor.Component;
  const opened = typeof ed.open === 'number' ? milestones.filter(m => m.id === ed.open)[0] : undefined;
  return (
    <section className={styles.section} aria-labelledby="pmo-project-milestones" data-testid="project-milestones">
      <h2 id="pmo-project-milestones" className={styles.heading}>{projectStrings.Project_Milestones}</h2>
      {milestones.length === 0 ? <p>{strings.Portfolio_Panel_NoMilestones}</p> : (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption className={styles.caption}>{projectStrings.Project_MilestonesCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.Portfolio_Panel_Milestone}</th>
                <th scope="col">{strings.Portfolio_Panel_Baseline}</th>
                <th scope="col">{strings.Portfolio_Panel_Forecast}</th>
                <th scope="col">{projectStrings.Project_Col_Actual}</th>
                <th scope="col">{strings.Portfolio_Panel_MilestoneStatus}</th>
                <th scope="col" className={styles.number}>{projectStrings.Project_Col_SlipDays}</th>
                {editing && <th scope="col">{projectStrings.Project_Col_Actions}</th>}
              </tr>
            </thead>
            <tbody>
              {milestones.map(m => {
                const slip = slipOf(m);
                return (
                  <tr key={m.id}>
                    <th scope="row">{m.title}</th>
                    <td>{day(m.baselineDate)}</td>
                    <td>{day(m.forecastDate)}</td>
                    <td>{day(m.actualDate)}</td>
                    <td>{milestoneStatusLabel(m.status)}</td>
                    <td className={styles.number}>{slip === undefined ? '–' : signedDays(slip, locale)}</td>
                    {editing && (
                      <td>
                        <Button icon="edit" aria-label={formatString(projectStrings.Project_Ms_EditOf, m.title)} onClick={() => ed.setOpen(m.id)} data-testid={`ms-edit-${m.id}`}>{projectStrings.Project_Ms_Edit}</Button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {ed.done && <Notice kind="success" data-testid="ms-done">{ed.done}</Notice>}
      {editing && ed.open === undefined && (
        <Button icon="add" onClick={() => ed.setOpen('new')} data-testid="ms-add">{projectStrings.Project_Ms_Add}</Button>
      )}
      {editing && ed.open !== undefined && (ed.open === 'new' || opened) && (
        <Editor
          key={String(ed.open)}
          milestone={opened}
          projectId={editing.projectId}
          service={editing.service}
          locale={locale}
          today={editing.today}
          onDone={ed.onDone}
          onReload={editing.reload}
          onClose={() => ed.setOpen(undefined)}
        />
      )}
      <h3 className={styles.subheading} id="pmo-project-mta">{projectStrings.Project_Mta}</h3>
      {Chart && <Chart series={mta} locale={locale} />}
      {table.rows.length === 0 ? <p data-testid="project-mta-empty">{projectStrings.Project_MtaEmpty}</p> : (
        <div className={styles.tableWrap}>
          <table className={styles.table} aria-labelledby="pmo-project-mta" data-testid="project-mta">
            <thead>
              <tr>
                <th scope="col">{strings.Portfolio_Panel_Milestone}</th>
                {table.columns.map(c => <th scope="col" key={c}>{formatString(projectStrings.Project_ReportOf, day(c))}</th>)}
                <th scope="col">{projectStrings.Project_Col_MtaTrend}</th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map(r => (
                <tr key={String(r.milestoneId)}>
                  <th scope="row">{r.title ?? `#${String(r.milestoneId)}`}</th>
                  {r.cells.map((c, i) => (
                    <td key={table.columns[i]}>{c ? (c.reached ? formatString(projectStrings.Project_MtaReached, day(c.forecastDate)) : day(c.forecastDate)) : '–'}</td>
                  ))}
                  <td data-trend={r.trend}>{mtaTrendText(r.trend, r.slipDays, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
