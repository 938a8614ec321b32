import * as React from 'react';
import * as projectStrings from 'ProjectStrings';
import { formatDateOnly, type IsoDay } from '../../domain/dates';
import { formatString } from '../../domain/text';
import type { IStatusReport } from '../../services/controllingRows';
import { Button, DateField, Spinner } from '../controls';
import { ErrorMessage } from '../ErrorMessage';
import styles from './Project.module.scss';

/** Props of {@link ReportActions}. */
export interface IReportActionsProps {
  /** The project's draft, when one is being written. */
  draft?: IStatusReport;
  /** Starts a draft for the reporting date (pre-filled from the previous report by the service). */
  onStart: (reportDate: IsoDay) => Promise<void>;
  /** Opens the existing draft. */
  onContinue: () => void;
  locale: string;
  /** The default report date. */
  today: IsoDay;
}

/**
 * For those who file the project's reports: "Continue the report" when a draft exists, else the
 * report date and "Start a status report" (the draft opens pre-filled from the previous report).
 */
export function ReportActions(props: IReportActionsProps): React.ReactElement {
  const { draft, locale } = props;
  const [reportDate, setReportDate] = React.useState<IsoDay | undefined>(props.today);
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<unknown>(undefined);
  const [dateProblem, setDateProblem] = React.useState<string | undefined>(undefined);
  if (draft) {
    return (
      <div className={styles.reportActions} data-testid="project-draft">
        <p>{formatString(projectStrings.Project_DraftInProgress, formatDateOnly(draft.reportDate, locale))}</p>
        <Button primary icon="edit" onClick={props.onContinue} data-testid="project-continue">{projectStrings.Project_ContinueReport}</Button>
      </div>
    );
  }
  const start = async (): Promise<void> => {
    if (!reportDate) {
      setDateProblem(projectStrings.Project_Problem_ReportDate);
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      // On success the form takes this component's place: it is unmounted, so nothing is set after.
      await props.onStart(reportDate);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  return (
    <div className={styles.reportActions}>
      <DateField
        id="pr-report-date"
        label={projectStrings.Project_ReportDate}
        value={reportDate}
        onChange={d => { setReportDate(d); setDateProblem(undefined); }}
        onProblem={setDateProblem}
        locale={locale}
        invalidMessage={projectStrings.Project_Problem_ReportDate}
        errorMessage={dateProblem}
        required
      />
      <Button primary icon="add" disabled={busy} onClick={() => void start()} data-testid="project-start">{projectStrings.Project_StartReport}</Button>
      {busy && <Spinner label={projectStrings.Project_Starting} />}
      {error !== undefined && <ErrorMessage error={error} />}
    </div>
  );
}
