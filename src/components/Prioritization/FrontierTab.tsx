import * as React from 'react';
import * as prioStrings from 'PrioritizationStrings';
import { Button, ProgressBar, SR_ONLY } from '../controls';
import { ErrorMessage } from '../ErrorMessage';
import { formatAmountFor } from '../../domain/numbers';
import { formatString } from '../../domain/text';
import styles from './Prioritization.module.scss';
import type { ICandidatesState } from './usePrioritization';
import type { IOptimizerState } from './useOptimizer';
import { gapText } from './labels';
import { lazyCharts } from './lazyCharts';

/** Props of {@link FrontierTab}. */
export interface IFrontierTabProps {
  state: ICandidatesState;
  optimizer: IOptimizerState;
  locale: string;
  /** Called after a point's selection is loaded (the screen shows the Optimize tab). */
  onLoaded: () => void;
}

/**
 * The efficient frontier: the optimal score at 11 budget levels from 50 % to 150 % of the budgets,
 * as a line chart (its own lazy chunk) and a table; a point (in either) loads its selection.
 */
export function FrontierTab(props: IFrontierTabProps): React.ReactElement {
  const { state, optimizer, locale } = props;
  const points = optimizer.frontier;
  const Charts = lazyCharts.Component;
  const total = (budgets: ReadonlyArray<number>): number => budgets.reduce((t, b) => t + b, 0);
  const load = (level: number): void => {
    const point = points.filter(p => p.level === level)[0];
    if (!point) return;
    optimizer.showPoint(point);
    props.onLoaded();
  };
  return (
    <div>
      <p>{prioStrings.Prio_FrontierIntro}</p>
      <div className={styles.row}>
        <Button primary={true} disabled={optimizer.busy !== 'none' || !state.problem || !state.budgets.length} onClick={optimizer.runFrontier} data-testid="prio-frontier-run">{prioStrings.Prio_FrontierRun}</Button>
        {optimizer.busy === 'frontier' && <Button onClick={optimizer.cancel}>{prioStrings.Prio_Cancel}</Button>}
      </div>
      {optimizer.busy === 'frontier' && optimizer.frontierProgress && (
        <ProgressBar label={prioStrings.Prio_FrontierRunning} percentComplete={optimizer.frontierProgress.done / optimizer.frontierProgress.total}
          description={formatString(prioStrings.Prio_FrontierProgress, optimizer.frontierProgress.done, optimizer.frontierProgress.total)} />
      )}
      {optimizer.error !== undefined && <ErrorMessage error={optimizer.error} />}
      {points.length > 0 && (
        <>
          <Charts kind="line" locale={locale} title={prioStrings.Prio_FrontierChart} xLabel={prioStrings.Prio_FrontierBudget} yLabel={prioStrings.Prio_Objective}
            points={points.map(p => ({ id: String(p.level), label: gapText(p.level, locale), x: total(p.budgets), y: p.solution.objective }))}
            onPointClick={id => load(Number(id))} />
          <div className={styles.tableWrap}>
            <table className={styles.table} aria-label={prioStrings.Prio_FrontierChart} data-testid="prio-frontier-table">
              <thead>
                <tr>
                  <th scope="col">{prioStrings.Prio_FrontierLevel}</th>
                  <th scope="col">{prioStrings.Prio_FrontierBudget}</th>
                  <th scope="col">{prioStrings.Prio_Objective}</th>
                  <th scope="col">{prioStrings.Prio_Selected}</th>
                  <th scope="col">{prioStrings.Prio_Gap}</th>
                  <th scope="col"><span className={SR_ONLY}>{prioStrings.Prio_FrontierLoad}</span></th>
                </tr>
              </thead>
              <tbody>
                {points.map(p => (
                  <tr key={p.level}>
                    <th scope="row">{gapText(p.level, locale)}</th>
                    <td className={styles.num}>{formatAmountFor(total(p.budgets), locale, 0)}</td>
                    <td className={styles.num}>{p.solution.status === 'infeasible' ? prioStrings.Prio_Status_infeasible : formatAmountFor(p.solution.objective, locale, 1)}</td>
                    <td className={styles.num}>{p.solution.selected.length}</td>
                    <td className={styles.num}>{gapText(p.solution.gap, locale)}</td>
                    <td>
                      <Button disabled={p.solution.status === 'infeasible'} onClick={() => load(p.level)}
                        aria-label={formatString(prioStrings.Prio_FrontierLoadLabel, gapText(p.level, locale))}>{prioStrings.Prio_FrontierLoad}</Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
