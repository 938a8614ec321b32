import * as React from 'react';
import * as reportStrings from 'ReportStrings';
import { formatDateOnly } from '../../domain/dates';
import { formatPlural, formatString } from '../../domain/text';
import { Button, Notice, ProgressBar } from '../controls';
import type { IReportJob } from './useReportJob';
import styles from './Reports.module.scss';

/** Props of {@link ReportJobStatus}. */
export interface IReportJobStatusProps {
  /** The job shown (`useReportJob`). */
  job: IReportJob;
  /** The user's locale: the report's date on the store button. */
  locale: string;
  /** Test id prefix ('report' by default). */
  id?: string;
  /**
   * Whether the user may store a report in the Reports library (`IDashboardService.canStoreReports`):
   * without it "Store in the Reports library" is not offered (SharePoint would refuse it).
   */
  canStore: boolean;
}

/**
 * Keeps the keyboard where the work is: when a report starts, on "Cancel"; when it ends, on what
 * came of it (the notice), so focus never drops to the page when the button pressed is disabled.
 */
function useJobFocus(running: boolean, hasNotice: boolean): { cancel: React.RefObject<HTMLDivElement>; notice: React.RefObject<HTMLDivElement> } {
  const cancel = React.useRef<HTMLDivElement>(null);
  const notice = React.useRef<HTMLDivElement>(null);
  const wasRunning = React.useRef(running);
  React.useEffect(() => {
    if (running && !wasRunning.current) cancel.current?.querySelector('button')?.focus();
    if (!running && wasRunning.current && hasNotice) notice.current?.focus();
    wasRunning.current = running;
  }, [running, hasNotice]);
  return { cancel, notice };
}

/**
 * A report job as its panel shows it: while it runs, the progress (reading the data, then projects
 * done of total) and "Cancel"; then what came of it; and for the last report made, "Store in the
 * Reports library" with its date (the audit trail of what the board saw).
 */
export function ReportJobStatus(props: IReportJobStatusProps): React.ReactElement {
  const { state } = props.job;
  const id = props.id ?? 'report';
  const running = state.phase !== 'idle';
  const focus = useJobFocus(running, !!state.notice);
  const progress = state.phase === 'building'
    ? formatPlural({ one: reportStrings.Report_Progress_one, other: reportStrings.Report_Progress }, state.total, props.locale, state.done, state.total)
    : reportStrings.Report_Reading;
  return (
    <div className={styles.job} data-testid={`${id}-job`}>
      {running && (
        <div className={styles.progress} ref={focus.cancel}>
          <ProgressBar
            label={reportStrings.Report_Making}
            description={progress}
            valueText={progress}
            percentComplete={state.phase === 'building' && state.total > 0 ? state.done / state.total : undefined}
            data-testid={`${id}-progress`}
          />
          <Button icon="dismiss" onClick={props.job.cancel} data-testid={`${id}-cancel`}>{reportStrings.Report_Cancel}</Button>
        </div>
      )}
      {state.notice && <div ref={focus.notice} tabIndex={-1} className={styles.noticeFocus}><Notice kind={state.notice.kind} data-testid={`${id}-notice`}>{state.notice.text}</Notice></div>}
      {!running && state.made && !state.stored && props.canStore && (
        <div className={styles.store}>
          <Button icon="save" disabled={state.storing} onClick={() => void props.job.store()} data-testid={`${id}-store`}>
            {formatString(reportStrings.Report_Store, formatDateOnly(state.made.date, props.locale))}
          </Button>
          <p className={styles.hint}>{reportStrings.Report_StoreHint}</p>
        </div>
      )}
    </div>
  );
}
