import * as React from 'react';
import * as projectStrings from 'ProjectStrings';
import { formatDateOnly } from '../../../domain/dates';
import type { IBaselineChange } from '../../../domain/milestones';
import styles from './editing.module.scss';
import page from '../Project.module.scss';

/**
 * A milestone's baseline history, newest first: when, from which baseline to which, why and by
 * whom. Re-baselining keeps the old baseline here (Milestones.BaselineHistoryJson).
 */
export function BaselineHistory(props: { history: ReadonlyArray<IBaselineChange>; locale: string }): React.ReactElement {
  const day = (d: string | undefined): string => (d ? formatDateOnly(d, props.locale) : '–');
  if (props.history.length === 0) return <p className={styles.hint} data-testid="ms-history-empty">{projectStrings.Project_Ms_NoHistory}</p>;
  return (
    <table className={page.table} data-testid="ms-history">
      <caption className={page.caption}>{projectStrings.Project_Ms_History}</caption>
      <thead>
        <tr>
          <th scope="col">{projectStrings.Project_Ms_ChangedOn}</th>
          <th scope="col">{projectStrings.Project_Ms_From}</th>
          <th scope="col">{projectStrings.Project_Ms_To}</th>
          <th scope="col">{projectStrings.Project_Ms_Field_reason}</th>
          <th scope="col">{projectStrings.Project_Ms_By}</th>
        </tr>
      </thead>
      <tbody>
        {props.history.slice().reverse().map((c, i) => (
          <tr key={`${c.changedOn}-${i}`}>
            <th scope="row">{day(c.changedOn)}</th>
            <td>{day(c.previousBaseline)}</td>
            <td>{day(c.newBaseline)}</td>
            <td>{c.reason}</td>
            <td>{c.changedBy ?? '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
