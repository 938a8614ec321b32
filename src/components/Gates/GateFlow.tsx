import * as React from 'react';
import * as gatesStrings from 'GatesStrings';
import { formatDateTime, type IsoDay } from '../../domain/dates';
import { formatString } from '../../domain/text';
import type { IGateService } from '../../services/GateService';
import type { IGateReview } from '../../services/gateRecords';
import { Button, Notice, Spinner } from '../controls';
import { ErrorMessage, errorText } from '../ErrorMessage';
import { useLoad } from '../Raid/useLoad';
import { ChecklistForm } from './ChecklistForm';
import { ReviewPanel } from './ReviewPanel';
import { awaitingDecision, type IGatesData } from './readGates';
import { positionLabel } from './labels';
import styles from './Gates.module.scss';

/** Props of {@link GateFlow}. */
export interface IGateFlowProps {
  data: IGatesData;
  gates: IGateService;
  projectId: number;
  locale: string;
  today: IsoDay;
  onDone: (message: string) => void;
  onReload: () => Promise<void>;
}

/** The project manager's checklist: the draft being filled, or "Start the checklist" when none is and no review waits for its decision. */
function Draft(props: IGateFlowProps): React.ReactElement | null { // eslint-disable-line @rushstack/no-new-null -- React renders nothing for null
  const { data } = props;
  const [starting, setStarting] = React.useState(false);
  const [problem, setProblem] = React.useState<string | undefined>(undefined);
  if (!data.access.canPrepare || !data.lifecycle.gate) return null;
  if (data.draft) {
    const items = data.lifecycle.checklist.filter(i => i.gateId === data.draft?.gateId);
    return <ChecklistForm draft={data.draft} items={items} gates={props.gates} onDone={props.onDone} onReload={props.onReload} />;
  }
  if (awaitingDecision(data)) return null;
  const start = async (): Promise<void> => {
    setStarting(true);
    setProblem(undefined);
    try {
      await props.gates.startDraft(props.projectId);
      await props.onReload();
    } catch (e) {
      setProblem(errorText(e));
    } finally {
      setStarting(false);
    }
  };
  return (
    <div className={styles.section} data-testid="gates-draft-start">
      <p>{gatesStrings.Gates_Draft_NotStarted}</p>
      {problem && <Notice kind="error">{problem}</Notice>}
      <Button primary icon="add" disabled={starting} onClick={() => void start()} data-testid="gates-start">{gatesStrings.Gates_Draft_Start}</Button>
      {starting && <Spinner label={gatesStrings.Gates_Working} />}
    </div>
  );
}

/** An earlier review: who requested it and when; "Show the review" reads it and shows it read only. */
function HistoryItem(props: IGateFlowProps & { review: IGateReview }): React.ReactElement {
  const [open, setOpen] = React.useState(false);
  const { review } = props;
  const stage = review.position ? positionLabel(props.data.lifecycle.state.lifecycle, review.position) : '—';
  return (
    <li data-testid="gates-history-item">
      {formatString(gatesStrings.Gates_History_Item, stage, review.requestedBy ?? '—', formatDateTime(review.requestedAt, props.locale))}{' '}
      <Button className={styles.inlineButton} aria-expanded={open} onClick={() => setOpen(o => !o)}>{open ? gatesStrings.Gates_History_Hide : gatesStrings.Gates_History_Show}</Button>
      {open && <HistoryReview {...props} />}
    </li>
  );
}

function HistoryReview(props: IGateFlowProps & { review: IGateReview }): React.ReactElement {
  const { load, reload } = useLoad(() => props.gates.getReview(props.review.id), String(props.review.id));
  if (load.status === 'loading') return <Spinner label={gatesStrings.Gates_Working} />;
  if (load.status === 'error') return <ErrorMessage error={load.error} onRetry={() => void reload()} />;
  return <ReviewPanel view={load.data} gates={props.gates} locale={props.locale} today={props.today} idPrefix={`gates-history-${props.review.id}`} onDone={props.onDone} onReload={props.onReload} />;
}

/**
 * The gate review flow: the project manager's checklist, the latest review (readiness, waivers, the
 * board's decision) and the earlier reviews below it, newest first; "no review yet" when there is none.
 */
export function GateFlow(props: IGateFlowProps): React.ReactElement {
  const { data } = props;
  const latest = data.latest;
  return (
    <>
      <Draft {...props} />
      <section className={styles.section} aria-labelledby="gates-review-heading" data-testid="gates-reviews">
        <h2 id="gates-review-heading" className={styles.heading}>
          {formatString(gatesStrings.Gates_Review_Heading, latest ? latest.gate?.title || latest.gate?.code || '' : '—')}
        </h2>
        {latest
          ? <ReviewPanel view={latest} access={data.access} gates={props.gates} locale={props.locale} today={props.today} idPrefix="gates-review" onDone={props.onDone} onReload={props.onReload} />
          : <p data-testid="gates-reviews-empty">{gatesStrings.Gates_Reviews_Empty}</p>}
        {data.reviews.length > 1 && (
          <>
            <h3 className={styles.heading}>{gatesStrings.Gates_History_Heading}</h3>
            <ul className={styles.history}>{data.reviews.slice(1).map(r => <HistoryItem key={r.id} {...props} review={r} />)}</ul>
          </>
        )}
      </section>
    </>
  );
}
