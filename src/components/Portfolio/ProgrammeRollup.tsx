import * as React from 'react';
import * as strings from 'PmoHubStrings';
import styles from './Portfolio.module.scss';
import type { IProgrammeRollup } from '../../domain/portfolio';
import { formatString } from '../../domain/text';
import { formatMoney } from './labels';
import { RagBadge } from './RagBadge';

export interface IProgrammeRollupProps {
  /** One line per programme (and one for projects without a programme) of the rows shown. */
  rollup: IProgrammeRollup[];
  /** UI locale of the amounts. */
  locale: string;
}

/**
 * The programme roll-up above the grid: per programme, its open projects (count, budget, worst RAG,
 * count per RAG), and apart from them its closed or cancelled projects and their budget.
 */
export function ProgrammeRollup(props: IProgrammeRollupProps): React.ReactElement {
  return (
    <section className={styles.rollup} aria-labelledby="pf-rollup-title">
      <h2 id="pf-rollup-title" className={styles.sectionTitle}>{strings.Portfolio_Rollup_Title}</h2>
      <div className={styles.tableScroll}>
        <table className={styles.table} data-testid="programme-rollup">
          <thead>
            <tr>
              <th scope="col">{strings.Portfolio_Rollup_Programme}</th>
              <th scope="col" className={styles.num}>{strings.Portfolio_Rollup_Projects}</th>
              <th scope="col" className={styles.num}>{strings.Portfolio_Rollup_Budget}</th>
              <th scope="col">{strings.Portfolio_Rollup_Worst}</th>
              <th scope="col">{strings.Portfolio_Rollup_PerRag}</th>
              <th scope="col" className={styles.num}>{strings.Portfolio_Rollup_Ended}</th>
              <th scope="col" className={styles.num}>{strings.Portfolio_Rollup_EndedBudget}</th>
            </tr>
          </thead>
          <tbody>
            {props.rollup.map(r => (
              <tr key={r.programme ? r.programme.id : 'none'}>
                <th scope="row">{r.programme ? r.programme.title : strings.Portfolio_NoProgramme}</th>
                <td className={styles.num}>{r.projectCount}</td>
                <td className={styles.num}>{formatMoney(r.budget, props.locale)}</td>
                <td><RagBadge value={r.worstRag ?? 'None'} /></td>
                <td>{formatString(strings.Portfolio_Rollup_Counts, r.ragCounts.Red, r.ragCounts.Amber, r.ragCounts.Green, r.ragCounts.None)}</td>
                <td className={styles.num}>{r.endedCount}</td>
                <td className={styles.num}>{r.endedCount ? formatMoney(r.endedBudget, props.locale) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
