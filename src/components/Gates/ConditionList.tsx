import * as React from 'react';
import * as gatesStrings from 'GatesStrings';
import { formatDateOnly } from '../../domain/dates';
import { formatString } from '../../domain/text';
import { describeError } from '../../services/errors';
import type { IGateConditionRow } from '../../services/gateRecords';
import type { IGateService } from '../../services/GateService';
import { Button, Notice } from '../controls';
import { errorText } from '../ErrorMessage';
import styles from './Gates.module.scss';

/** Props of {@link ConditionList}. */
export interface IConditionListProps {
  conditions: ReadonlyArray<IGateConditionRow>;
  locale: string;
  /** Shown for the project's manager, deputy and the PMO: "Mark met" on each open condition. */
  gates?: Pick<IGateService, 'markConditionMet'>;
  onReload: () => Promise<void>;
}

/**
 * The conditions of the board's decisions (those that count), by due date: text, owner, due date and
 * whether they are met, in words. "Mark met" writes with the ETag read (someone changing it first:
 * the list is read again and says so).
 */
export function ConditionList(props: IConditionListProps): React.ReactElement {
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<{ kind: 'success' | 'warning' | 'error'; text: string } | undefined>(undefined);
  const markMet = async (c: IGateConditionRow): Promise<void> => {
    if (!props.gates) return;
    setBusy(true);
    setNotice(undefined);
    try {
      await props.gates.markConditionMet(c.id, c.etag);
      setNotice({ kind: 'success', text: formatString(gatesStrings.Gates_Condition_MetDone, c.text) });
    } catch (e) {
      setNotice(describeError(e).kind === 'conflict' ? { kind: 'warning', text: gatesStrings.Gates_ConditionConflict } : { kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
    await props.onReload();
  };
  return (
    <section className={styles.section} aria-labelledby="gates-conditions-heading" data-testid="gates-conditions">
      <h2 id="gates-conditions-heading" className={styles.heading}>{gatesStrings.Gates_Conditions_Heading}</h2>
      {notice && <Notice kind={notice.kind} data-testid="gates-conditions-notice">{notice.text}</Notice>}
      {props.conditions.length === 0
        ? <p data-testid="gates-conditions-empty">{gatesStrings.Gates_Conditions_Empty}</p>
        : (
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{gatesStrings.Gates_Condition_Text}</th>
                <th scope="col">{gatesStrings.Gates_Condition_Owner}</th>
                <th scope="col">{gatesStrings.Gates_Condition_Due}</th>
                <th scope="col">{gatesStrings.Gates_Col_Status}</th>
              </tr>
            </thead>
            <tbody>
              {props.conditions.map(c => (
                <tr key={c.id} data-testid="gates-condition-row">
                  <th scope="row" className={styles.itemCell}>{c.text}</th>
                  <td>{c.ownerName ?? '—'}</td>
                  <td>{formatDateOnly(c.due, props.locale) || '—'}</td>
                  <td>
                    <span>{c.status === 'Met' ? gatesStrings.Gates_Condition_Met : gatesStrings.Gates_Condition_Open}</span>
                    {props.gates && c.status === 'Open' && (
                      <Button className={styles.inlineButton} disabled={busy} onClick={() => void markMet(c)} aria-label={formatString(gatesStrings.Gates_Condition_MarkMet_Name, c.text)} data-testid={`gates-condition-met-${c.id}`}>
                        {gatesStrings.Gates_Condition_MarkMet}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
    </section>
  );
}
