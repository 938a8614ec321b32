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
  const progress = state.phase === 'building'
    ? formatPlural({ one: reportStrings.Report_Progress_one, other: reportStrings.Report_Progress }, state.total, props.locale, state.done, state.total)
    : reportStrings.Report_Reading;
  return (
    <div className={styles.job} data-testid={`${id}-job`}>
      {running && (
        <div className={styles.progress}>
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
      {state.notice && <Notice kind={state.notice.kind} data-testid={`${id}-notice`}>{state.notice.text}</Notice>}
      {!running && state.made && !state.stored && (
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
