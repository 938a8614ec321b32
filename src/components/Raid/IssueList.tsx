import * as React from 'react';
import * as raidStrings from 'RaidStrings';
import { formatDateOnly } from '../../domain/dates';
import { formatString } from '../../domain/text';
import { isOpenIssue } from '../../domain/governance';
import type { IIssue } from '../../services/RaidLogService';
import { Button, SR_ONLY } from '../controls';
import { choiceLabel } from './labels';
import styles from './Raid.module.scss';

/** Props of {@link IssueList}. */
export interface IIssueListProps {
  issues: ReadonlyArray<IIssue>;
  locale: string;
  onEdit?: (issue: IIssue) => void;
  onResolve?: (issue: IIssue) => void;
  busy?: boolean;
}

/** The project's issues: priority, owner, due date, status; an overdue issue is marked in words as well as by its row's colour. */
export function IssueList(props: IIssueListProps): React.ReactElement {
  const { issues, locale, onEdit, onResolve } = props;
  const editable = !!(onEdit || onResolve);
  return (
    <table className={styles.table} data-testid="raid-issues">
      <caption className={SR_ONLY}>{raidStrings.Raid_Issues_Heading}</caption>
      <thead>
        <tr>
          <th scope="col">{raidStrings.Raid_Col_Issue}</th>
          <th scope="col">{raidStrings.Raid_Col_Priority}</th>
          <th scope="col">{raidStrings.Raid_Col_Owner}</th>
          <th scope="col">{raidStrings.Raid_Col_Due}</th>
          <th scope="col">{raidStrings.Raid_Col_Status}</th>
          {editable && <th scope="col">{raidStrings.Raid_Col_Actions}</th>}
        </tr>
      </thead>
      <tbody>
        {issues.map(i => (
          <tr key={i.id} className={i.overdue ? styles.overdueRow : undefined} data-testid="raid-issue-row" data-overdue={i.overdue || undefined}>
            <th scope="row">{i.title}</th>
            <td>{choiceLabel('Priority', i.priority)}</td>
            <td>{i.owner?.name ?? ''}</td>
            <td>
              {i.dueDate ? formatDateOnly(i.dueDate, locale) : ''}
              {i.overdue && <span className={styles.flag}>{raidStrings.Raid_Overdue}</span>}
            </td>
            <td>{choiceLabel('IssueStatus', i.status)}</td>
            {editable && (
              <td>
                <span className={styles.rowActions}>
                  {onEdit && <Button icon="edit" aria-label={formatString(raidStrings.Raid_EditIssue, i.title)} disabled={props.busy} onClick={() => onEdit(i)}>{raidStrings.Raid_Edit}</Button>}
                  {onResolve && isOpenIssue(i) && <Button icon="check" aria-label={formatString(raidStrings.Raid_ResolveIssue, i.title)} disabled={props.busy} onClick={() => onResolve(i)}>{raidStrings.Raid_Resolve}</Button>}
                </span>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
