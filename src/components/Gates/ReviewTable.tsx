import * as React from 'react';
import * as gatesStrings from 'GatesStrings';
import { formatDateTime } from '../../domain/dates';
import { formatString } from '../../domain/text';
import { checkEvidence } from '../../domain/governance';
import type { IGateReviewView } from '../../services/GateService';
import type { IGateChecklistItem } from '../../services/gateRecords';
import { Button, Link, SR_ONLY } from '../controls';
import { byCategory } from './groups';
import { categoryLabel } from './labels';
import styles from './Gates.module.scss';

/** An item's readiness in a review: evidence, waived, missing (required) or open (optional). */
export type ItemState = 'evidence' | 'waived' | 'missing' | 'open';

/** The readiness of each item of a review (the domain's readiness: evidence first, then a trusted waiver). */
export function itemStates(view: IGateReviewView): Record<number, ItemState> {
  const out: Record<number, ItemState> = {};
  const waived = new Set(view.readiness.waived.map(w => w.id));
  for (const item of view.checklist) {
    const answer = view.review.answers.filter(a => a.itemId === item.id)[0];
    out[item.id] = answer && checkEvidence(answer).length === 0 ? 'evidence' : waived.has(item.id) ? 'waived' : item.mandatory ? 'missing' : 'open';
  }
  return out;
}

/** Props of {@link ReviewTable}. */
export interface IReviewTableProps {
  view: IGateReviewView;
  locale: string;
  /** Shown for a PMO officer: "Waive" on each missing required item of an undecided review. */
  onWaive?: (item: IGateChecklistItem) => void;
  /** Id prefix of the table (the latest review and the history's each have one). */
  idPrefix: string;
}

/** What an item's last cell shows: the link and comment given, or the waiver with who, when and why. */
function Evidence(p: { view: IGateReviewView; item: IGateChecklistItem; locale: string }): React.ReactElement {
  const answer = p.view.review.answers.filter(a => a.itemId === p.item.id)[0];
  const waiver = p.view.waivers.filter(w => w.itemId === p.item.id).slice(-1)[0];
  return (
    <>
      {answer?.evidenceUrl && <div><Link href={answer.evidenceUrl} target="_blank" rel="noopener noreferrer">{gatesStrings.Gates_Evidence_Open}<span className={SR_ONLY}> ({p.item.title})</span></Link></div>}
      {answer?.comment && <div className={styles.comment}>{answer.comment}</div>}
      {waiver && <div data-testid="gates-waiver">{formatString(gatesStrings.Gates_Waiver_Text, waiver.by, formatDateTime(waiver.at, p.locale), waiver.reason)}</div>}
    </>
  );
}

/**
 * A review's checklist as a table grouped by category (the Closing gate's handover items are their
 * own group, "Handover to operations"): each item, whether it is required, its readiness in words
 * (evidence, waived, missing) and its evidence or waiver — waivers with who, when and why, for good.
 */
export function ReviewTable(props: IReviewTableProps): React.ReactElement {
  const { view } = props;
  const states = itemStates(view);
  return (
    <table className={styles.table} data-testid={`${props.idPrefix}-table`}>
      <caption className={styles.caption}>{gatesStrings.Gates_Review_Caption}</caption>
      <thead>
        <tr>
          <th scope="col">{gatesStrings.Gates_Col_Item}</th>
          <th scope="col">{gatesStrings.Gates_Col_Required}</th>
          <th scope="col">{gatesStrings.Gates_Col_State}</th>
          <th scope="col">{gatesStrings.Gates_Col_Evidence}</th>
        </tr>
      </thead>
      {byCategory(view.checklist).map(group => (
        <tbody key={group.category} data-testid={`${props.idPrefix}-group-${group.category}`}>
          <tr><th scope="rowgroup" colSpan={4} className={styles.groupRow}>{categoryLabel(group.category)}</th></tr>
          {group.items.map(item => (
            <tr key={item.id} data-testid={`${props.idPrefix}-item`} data-state={states[item.id]} className={states[item.id] === 'missing' ? styles.missingRow : undefined}>
              <th scope="row" className={styles.itemCell}>{item.title}</th>
              <td>{item.mandatory ? gatesStrings.Gates_Yes : gatesStrings.Gates_No}</td>
              <td><span className={states[item.id] === 'missing' ? styles.flag : undefined}>{gatesStrings[`Gates_State_${states[item.id]}`]}</span></td>
              <td>
                <Evidence view={view} item={item} locale={props.locale} />
                {props.onWaive && states[item.id] === 'missing' && (
                  <Button onClick={() => props.onWaive?.(item)} aria-label={formatString(gatesStrings.Gates_Waive_Name, item.title)} data-testid={`gates-waive-item-${item.id}`}>{gatesStrings.Gates_Waive}</Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
