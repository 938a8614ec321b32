import * as React from 'react';
import * as gatesStrings from 'GatesStrings';
import { formatDateTime, type IsoDay } from '../../domain/dates';
import { formatString } from '../../domain/text';
import type { IGateAccess, IGateReviewView, IGateService } from '../../services/GateService';
import type { IGateChecklistItem } from '../../services/gateRecords';
import { Notice } from '../controls';
import { useFocusReturn } from '../controls/form';
import { ReviewTable } from './ReviewTable';
import { WaiveForm } from './WaiveForm';
import { DecisionForm } from './DecisionForm';
import { decisionLabel, itemList, positionLabel } from './labels';
import styles from './Gates.module.scss';

/** Props of {@link ReviewPanel}. */
export interface IReviewPanelProps {
  view: IGateReviewView;
  /** The user's role; undefined: read only (the history). */
  access?: IGateAccess;
  gates: IGateService;
  locale: string;
  today: IsoDay;
  /** Id prefix ('gates-review' for the latest, 'gates-history-<id>' for an earlier one). */
  idPrefix: string;
  onDone: (message: string) => void;
  onReload: () => Promise<void>;
}

/** Who requested a review and when; the stage it was for. */
export function ReviewMeta(props: { view: IGateReviewView; locale: string }): React.ReactElement {
  const { review } = props.view;
  return (
    <p className={styles.hint} data-testid="gates-review-meta">
      {formatString(gatesStrings.Gates_Review_Requested, review.requestedBy ?? '—', formatDateTime(review.requestedAt, props.locale))}
      {review.position && <> {formatString(gatesStrings.Gates_Review_Stage, positionLabel(props.view.gate?.lifecycle ?? '', review.position))}</>}
    </p>
  );
}

/** The board's decision as recorded (who, when, why), or that it is awaited. */
function DecisionText(props: { view: IGateReviewView; locale: string }): React.ReactElement {
  const d = props.view.decision;
  if (!d) return <p data-testid="gates-decision-awaited">{gatesStrings.Gates_Decision_Awaited}</p>;
  return (
    <div data-testid="gates-decision">
      <p><strong>{formatString(gatesStrings.Gates_Decision_Text, decisionLabel(d.outcome), d.decidedBy ?? '—', formatDateTime(d.decidedAt, props.locale))}</strong></p>
      {d.rationale && <p className={styles.comment}>{formatString(gatesStrings.Gates_Decision_Rationale, d.rationale)}</p>}
    </div>
  );
}

/**
 * A review: who requested it and when, its readiness in words (ready, or the required items with
 * neither evidence nor a waiver), the checklist table with the evidence and waivers, and the decision.
 * For a PMO officer, "Waive" on each missing required item of an undecided review; for the board (and
 * the PMO), the decision form while undecided.
 */
export function ReviewPanel(props: IReviewPanelProps): React.ReactElement {
  const { view, access } = props;
  const [waiving, setWaiving] = React.useState<IGateChecklistItem | undefined>(undefined);
  const focus = useFocusReturn();
  const waive = (item: IGateChecklistItem): void => { focus.opening(); setWaiving(item); };
  const open = !view.decision;
  const blocking = view.readiness.blocking;
  return (
    <div data-testid={props.idPrefix}>
      <ReviewMeta view={view} locale={props.locale} />
      {blocking.length === 0
        ? <Notice kind="success" data-testid={`${props.idPrefix}-ready`}>{gatesStrings.Gates_Review_Ready}</Notice>
        : <Notice kind="warning" data-testid={`${props.idPrefix}-missing`}>{formatString(gatesStrings.Gates_Review_Missing, itemList(blocking.map(b => b.title)))}</Notice>}
      <ReviewTable view={view} locale={props.locale} idPrefix={props.idPrefix} onWaive={open && access?.canWaive ? waive : undefined} />
      {waiving && (
        <WaiveForm
          key={waiving.id} reviewId={view.review.id} item={waiving} gates={props.gates} onCancel={() => { setWaiving(undefined); focus.closed(); }} onReload={props.onReload}
          // The waived item has no "Waive" any more: the decision form's heading (the PMO decides too) takes the focus.
          onDone={m => { setWaiving(undefined); focus.closed(() => document.getElementById('gates-decide-heading') ?? undefined); props.onDone(m); }}
        />
      )}
      <DecisionText view={view} locale={props.locale} />
      {open && access?.canDecide && (
        <DecisionForm view={view} access={access} gates={props.gates} locale={props.locale} today={props.today} onDone={props.onDone} onReload={props.onReload} />
      )}
    </div>
  );
}
