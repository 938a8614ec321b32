import * as React from 'react';
import * as gatesStrings from 'GatesStrings';
import * as governanceStrings from 'GovernanceStrings';
import { formatString } from '../../domain/text';
import type { IEndReportService } from '../../services/EndReportService';
import { GateRefusedError } from '../../services/gateRecords';
import { Button, Link, Notice, ProgressBar } from '../controls';
import { errorText } from '../ErrorMessage';
import styles from './Gates.module.scss';

/** Props of {@link EndReport}. */
export interface IEndReportProps {
  projectId: number;
  endReports: Pick<IEndReportService, 'generate'>;
  /** Absolute URL of the PMO site (the stored file's address is server-relative). */
  siteUrl: string;
}

/** The absolute address of a server-relative file URL on the site's host. */
function absolute(siteUrl: string, fileUrl: string): string {
  try {
    return new URL(fileUrl, siteUrl).toString();
  } catch {
    return fileUrl;
  }
}

/**
 * "Generate the end project report" at Closing (the project's manager, deputy and the PMO): the
 * service composes it from the project's data and stores a Word document in the project's library,
 * rendered with GovernanceStrings of the user's language. A progress bar while it works, then a link
 * to the stored document (a new one each time: never over one the manager edited).
 */
export function EndReport(props: IEndReportProps): React.ReactElement {
  const [state, setState] = React.useState<{ kind: 'idle' } | { kind: 'working' } | { kind: 'done'; url: string; name: string } | { kind: 'error'; text: string }>({ kind: 'idle' });
  const generate = async (): Promise<void> => {
    setState({ kind: 'working' });
    try {
      const result = await props.endReports.generate(props.projectId, governanceStrings);
      setState({ kind: 'done', url: absolute(props.siteUrl, result.fileUrl), name: decodeURIComponent(result.fileUrl.split('/').pop() ?? '') });
    } catch (e) {
      setState({ kind: 'error', text: e instanceof GateRefusedError && e.refusal === 'stageNotDecidable' ? gatesStrings.Gates_EndReport_NotYet : errorText(e) });
    }
  };
  return (
    <section className={styles.section} aria-labelledby="gates-endreport-heading" data-testid="gates-endreport">
      <h2 id="gates-endreport-heading" className={styles.heading}>{gatesStrings.Gates_EndReport_Heading}</h2>
      <p className={styles.hint}>{gatesStrings.Gates_EndReport_Intro}</p>
      {state.kind === 'working' && <ProgressBar label={gatesStrings.Gates_EndReport_Working} data-testid="gates-endreport-progress" />}
      {state.kind === 'done' && (
        <>
          <Notice kind="success" data-testid="gates-endreport-done">{gatesStrings.Gates_EndReport_Done}</Notice>
          <p><Link href={state.url} target="_blank" rel="noopener noreferrer" data-testid="gates-endreport-link">{formatString(gatesStrings.Gates_EndReport_Open, state.name)}</Link></p>
        </>
      )}
      {state.kind === 'error' && <Notice kind="error" data-testid="gates-endreport-error">{state.text}</Notice>}
      <div className={styles.actions}>
        <Button primary disabled={state.kind === 'working'} onClick={() => void generate()} data-testid="gates-endreport-generate">{gatesStrings.Gates_EndReport_Generate}</Button>
      </div>
    </section>
  );
}
