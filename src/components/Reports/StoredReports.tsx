import * as React from 'react';
import * as strings from 'PmoHubStrings';
import * as reportStrings from 'ReportStrings';
import { formatDateOnly, formatDateTime } from '../../domain/dates';
import type { IStoredReport, ReportKind } from '../../services/DashboardService';
import { Button, Spinner } from '../controls';
import { ErrorMessage } from '../ErrorMessage';
import type { Load } from '../Raid/useLoad';
import styles from './Reports.module.scss';
import tables from './tables.module.scss';

/** A stored report's kind in words ("Multi-project report (PowerPoint)"). */
export function reportKindText(kind: ReportKind): string {
  return reportStrings[`Report_Kind_${kind}`] ?? kind;
}

/** Props of {@link StoredReports}. */
export interface IStoredReportsProps {
  /** The stored reports as read (loading, error or the list). */
  load: Load<IStoredReport[]>;
  /** Reads the list again ("Refresh the list", "Try again"). */
  reload: () => Promise<void>;
  /** The user's locale: the dates. */
  locale: string;
  /** The site's origin (a stored report's URL is server-relative): the links' base. */
  origin?: string;
}

/**
 * The reports stored in the Reports library, newest first: the report's date, its kind, the file
 * (a link that opens it), the project or view it covers, who stored it and when. IT management and
 * the board read it; what the board saw on a day stays there.
 */
export function StoredReports(props: IStoredReportsProps): React.ReactElement {
  const { load, locale } = props;
  let body: React.ReactNode;
  if (load.status === 'loading') body = <Spinner label={strings.LoadingLabel} />;
  else if (load.status === 'error') body = <ErrorMessage error={load.error} onRetry={() => void props.reload()} />;
  else if (load.data.length === 0) body = <p className={styles.empty} data-testid="stored-reports-empty">{reportStrings.Report_Stored_Empty}</p>;
  else {
    body = (
      <table className={tables.table} data-testid="stored-reports">
        <caption className={styles.caption}>{reportStrings.Report_Stored_Caption}</caption>
        <thead>
          <tr>
            <th scope="col">{reportStrings.Report_Stored_Col_Date}</th>
            <th scope="col">{reportStrings.Report_Stored_Col_Kind}</th>
            <th scope="col">{reportStrings.Report_Stored_Col_File}</th>
            <th scope="col">{reportStrings.Report_Stored_Col_Subject}</th>
            <th scope="col">{reportStrings.Report_Stored_Col_By}</th>
            <th scope="col">{reportStrings.Report_Stored_Col_At}</th>
          </tr>
        </thead>
        <tbody>
          {load.data.map(r => (
            <tr key={r.id} data-testid="stored-report" data-kind={r.kind}>
              <td>{formatDateOnly(r.date, locale)}</td>
              <td>{reportKindText(r.kind)}</td>
              <th scope="row"><a href={`${props.origin ?? ''}${r.url}`} data-testid="stored-report-link">{r.fileName}</a></th>
              <td>{r.projectTitle ?? r.viewName ?? ''}</td>
              <td>{r.storedBy}</td>
              <td>{formatDateTime(r.storedAt, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  return (
    <section aria-labelledby="stored-reports-heading" className={styles.part}>
      <div className={styles.head}>
        <h3 id="stored-reports-heading" className={styles.heading}>{reportStrings.Report_Stored_Heading}</h3>
        <Button icon="refresh" onClick={() => void props.reload()} data-testid="stored-reports-refresh">{reportStrings.Report_Stored_Refresh}</Button>
      </div>
      {body}
    </section>
  );
}
