import * as React from 'react';
import * as reportStrings from 'ReportStrings';
import { dayAt, dayOfLocalDate } from '../../domain/dates';
import type { IDashboardService } from '../../services/DashboardService';
import { Button, Link } from '../controls';
import { buildProjectReportPptx } from './documents';
import { reportLabels } from './reportLabels';
import { ReportJobStatus } from './ReportJobStatus';
import { useCanStoreReports, useReportJob } from './useReportJob';
import styles from './Reports.module.scss';

/** Props of {@link ProjectReport}. */
export interface IProjectReportProps {
  /** The report's data and the Reports library. */
  reports: Pick<IDashboardService, 'getProjectReportData' | 'storeReport' | 'canStoreReports'>;
  /** The Projects item id. */
  projectId: number;
  /** The user's locale: the slide's days and numbers. */
  locale: string;
  /** The printable page's address (the Project page with `print=1`). */
  printHref: string;
  /** The site's time zone (IANA): the report's day; the browser's when absent. */
  timeZone?: string;
}

/**
 * The Project page's single-project status report: "Download the status report" (.pptx, one slide;
 * pptxgenjs from its own chunk on the first click), "Open the printable page" (the same content on
 * one printed page), and once made, "Store in the Reports library" with its date.
 */
export function ProjectReport(props: IProjectReportProps): React.ReactElement {
  const { reports, locale } = props;
  const job = useReportJob((content, input) => reports.storeReport(content, input), locale);
  const canStore = useCanStoreReports(() => reports.canStoreReports());
  const busy = job.state.phase !== 'idle';
  const download = (): Promise<void> => job.run(async control => {
    const project = await reports.getProjectReportData(props.projectId);
    control.signal.throwIfAborted();
    const generatedOn = props.timeZone ? dayAt(Date.now(), props.timeZone) : dayOfLocalDate(new Date());
    const file = await buildProjectReportPptx(project, reportLabels(), { locale, timeZone: props.timeZone, generatedOn, onProgress: control.onProgress, signal: control.signal });
    return { file, kind: 'ProjectReport', date: generatedOn, projectId: props.projectId };
  });
  return (
    <section className={styles.projectReport} aria-labelledby="project-report-heading" data-testid="project-report">
      <h2 id="project-report-heading" className={styles.heading}>{reportStrings.Report_Project_Heading}</h2>
      <div className={styles.buttons}>
        <Button icon="save" disabled={busy} onClick={() => void download()} data-testid="project-report-pptx">{reportStrings.Report_Project_Pptx}</Button>
        <Link href={props.printHref} data-testid="project-report-print-link">{reportStrings.Report_Project_Print}</Link>
      </div>
      <ReportJobStatus job={job} locale={locale} id="project-report" canStore={canStore} />
    </section>
  );
}
