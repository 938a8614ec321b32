/**
 * The single-project status report as a printable page (the 'project-report-print' chunk): the same
 * one-page content as the PowerPoint slide — every dimension with its RAG and comment, achievements
 * and next steps, earned value, milestones (late, upcoming, most recently reached), top risks and
 * issues, decisions needed, each list capped as on the slide — with a print stylesheet that prints
 * this report alone on one page.
 */
import * as React from 'react';
import * as strings from 'PmoHubStrings';
import * as reportStrings from 'ReportStrings';
import { hasEnded, type Rag } from '../../domain/portfolio';
import { REPORT_EVM_FIGURES, type IProjectReportData } from '../../domain/reports';
import { formatString } from '../../domain/text';
import type { IDashboardService } from '../../services/DashboardService';
import { Button, Link, Spinner } from '../controls';
import { ErrorMessage } from '../ErrorMessage';
import { useLoad } from '../Raid/useLoad';
import { evmText, scoreOrPriority, shortDay, slideContext, type ISlideContext } from './documents/pptx/parts';
import { PROJECT_SLIDE_LIMITS, projectSubtitle } from './documents/pptx/projectSlide';
import { reportLabels } from './reportLabels';
import styles from './Reports.module.scss';
import tables from './tables.module.scss';

/** Props of {@link ProjectReportPrint}. */
export interface IProjectReportPrintProps {
  /** The report's data. */
  reports: Pick<IDashboardService, 'getProjectReportData'>;
  /** The Projects item id. */
  projectId: number;
  /** The user's locale: days and amounts. */
  locale: string;
  /** The project's page (the "Back to the project" link). */
  backHref: string;
}

/** The first `limit` items, or `limit − 1` and how many more there are (as the slide caps its lists). */
export function cappedList<T>(items: ReadonlyArray<T>, limit: number): { shown: T[]; more: number } {
  if (items.length <= limit) return { shown: items.slice(), more: 0 };
  return { shown: items.slice(0, limit - 1), more: items.length - (limit - 1) };
}

function RagWord(props: { rag: Rag | undefined; ended: boolean; ctx: ISlideContext }): React.ReactElement {
  const { labels } = props.ctx;
  const value = props.ended ? 'Ended' : props.rag ?? 'None';
  const text = props.ended ? labels.noCurrentRag : props.rag ? labels.rag[props.rag] : labels.noRag;
  return <span className={styles.rag} data-rag={value}><span className={styles.ragShape} aria-hidden="true" />{text}</span>;
}

/** A section: heading, table (header row and rows), and the list's "+n more" under a capped list. */
function Section(props: { heading: string; head: string[]; rows: React.ReactNode[][]; empty: string; more?: number; moreText?: string; ctx: ISlideContext; testId: string }): React.ReactElement {
  return (
    <section className={styles.printSection} data-testid={props.testId}>
      <h2 className={styles.printHeading}>{props.heading}</h2>
      {props.rows.length === 0 ? <p className={styles.empty}>{props.empty}</p> : (
        <table className={tables.table}>
          <thead><tr>{props.head.map(h => <th key={h} scope="col">{h}</th>)}</tr></thead>
          <tbody>{props.rows.map((r, i) => <tr key={i}>{r.map((c, k) => (k === 0 ? <th key={k} scope="row">{c}</th> : <td key={k}>{c}</td>))}</tr>)}</tbody>
        </table>
      )}
      {!!props.more && <p className={styles.hint}>{formatString(props.moreText ?? '', props.more)}</p>}
    </section>
  );
}

/** A section of the status report's own text (achievements, next steps): its heading and the whole text; nothing without a text. */
function TextSection(props: { heading: string; text: string | undefined; testId: string }): React.ReactElement | null { // eslint-disable-line @rushstack/no-new-null -- React renders nothing for null
  if (!props.text) return null; // eslint-disable-line @rushstack/no-new-null -- as above
  return (
    <section className={styles.printSection} data-testid={props.testId}>
      <h2 className={styles.printHeading}>{props.heading}</h2>
      <p className={styles.printText}>{props.text}</p>
    </section>
  );
}

/** The report's content, as on the slide. */
export function ProjectReportContent(props: { project: IProjectReportData; locale: string }): React.ReactElement {
  const p = props.project;
  const ctx = slideContext(reportLabels(), props.locale);
  const { labels } = ctx;
  const c = labels.columns;
  const ended = hasEnded(p.status);
  const lists = labels.lists;
  const dimensions = cappedList(p.dimensions, PROJECT_SLIDE_LIMITS.dimensions);
  const milestones = cappedList(p.milestones, PROJECT_SLIDE_LIMITS.milestones);
  const risks = cappedList(p.risksAndIssues, PROJECT_SLIDE_LIMITS.risksAndIssues);
  const decisions = cappedList(p.decisions, PROJECT_SLIDE_LIMITS.decisions);
  const ev = p.earnedValue;
  return (
    <article className={styles.printPage} aria-labelledby="project-report-title" data-testid="project-report-print">
      <p className={styles.kicker}>{labels.headings.projectReport}</p>
      <h1 id="project-report-title" className={styles.printTitle}>{p.title}</h1>
      <p className={styles.subtitle}>{projectSubtitle(p, ctx)}</p>
      <div className={styles.printGrid}>
        <Section heading={labels.headings.ragPerDimension} head={[c.dimension, c.rag, c.comment]} empty={lists.dimensions.none} more={dimensions.more} moreText={lists.dimensions.more} ctx={ctx} testId="print-rag"
          rows={dimensions.shown.map(d => [labels.dimension(d.dimension, d.title), <RagWord key="r" rag={d.rag} ended={ended} ctx={ctx} />, d.comment ?? ''])} />
        <TextSection heading={labels.headings.achievements} text={p.achievements} testId="print-achievements" />
        <TextSection heading={labels.headings.nextSteps} text={p.nextSteps} testId="print-next-steps" />
        <Section heading={labels.headings.earnedValue} head={ev ? REPORT_EVM_FIGURES.map(k => labels.evm[k]) : []} empty={labels.noEarnedValue} ctx={ctx} testId="print-ev"
          rows={ev ? [REPORT_EVM_FIGURES.map(k => evmText(k, ev[k], ctx))] : []} />
        <Section heading={labels.headings.milestones} head={[c.milestone, c.baseline, c.forecast, c.actual, c.state]} empty={lists.milestones.none} more={milestones.more} moreText={lists.milestones.more} ctx={ctx} testId="print-milestones"
          rows={milestones.shown.map(m => [m.title, shortDay(m.baseline, ctx), shortDay(m.forecast, ctx), shortDay(m.actual, ctx), labels.milestoneStates[m.state]])} />
        <Section heading={labels.headings.risksAndIssues} head={[c.item, c.kind, c.scoreOrPriority, c.owner, c.due]} empty={lists.risksAndIssues.none} more={risks.more} moreText={lists.risksAndIssues.more} ctx={ctx} testId="print-risks"
          rows={risks.shown.map(r => [r.title, labels.raidKinds[r.kind], scoreOrPriority(r, ctx), r.owner ?? '', shortDay(r.due, ctx)])} />
        <Section heading={labels.headings.decisions} head={[c.decision, c.owner, c.due]} empty={lists.decisions.none} more={decisions.more} moreText={lists.decisions.more} ctx={ctx} testId="print-decisions"
          rows={decisions.shown.map(d => [d.title, d.owner ?? '', shortDay(d.due, ctx)])} />
      </div>
    </article>
  );
}

/** The printable page: "Print" and "Back to the project" (not printed), and the report. */
export function ProjectReportPrint(props: IProjectReportPrintProps): React.ReactElement {
  const { load, reload } = useLoad(() => props.reports.getProjectReportData(props.projectId), String(props.projectId));
  return (
    <div className={styles.print} data-testid="project-report-print-page">
      <div className={styles.printActions}>
        <Link href={props.backHref} data-testid="project-report-back">{reportStrings.Report_Print_Back}</Link>
        {load.status === 'ready' && <Button primary onClick={() => window.print()} data-testid="project-report-print-button">{reportStrings.Report_Print_Button}</Button>}
      </div>
      {load.status === 'loading' && <Spinner size="large" label={strings.LoadingLabel} />}
      {load.status === 'error' && <ErrorMessage error={load.error} onRetry={() => void reload()} />}
      {load.status === 'ready' && <ProjectReportContent project={load.data} locale={props.locale} />}
    </div>
  );
}
