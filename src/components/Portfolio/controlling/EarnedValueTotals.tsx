import * as React from 'react';
import * as pcStrings from 'PortfolioControllingStrings';
import type { EvmInputKey, IEarnedValueRollup, IEvmFigure } from '../../../domain/evm';
import type { Rag } from '../../../domain/portfolio';
import type { IIndexMarks } from '../../../services/ControllingService';
import { RagBadge } from '../RagBadge';
import { indexText, money } from './labels';
import styles from './PortfolioControlling.module.scss';

/** Props of {@link EarnedValueTotals}. */
export interface IEarnedValueTotalsProps {
  /** The portfolio's roll-up: sums of PV, EV, AC, BAC, SPI and CPI as ratios of sums, how many projects each covers. */
  rollup: IEarnedValueRollup;
  /** SPI and CPI against the PMO's KPI thresholds. */
  marks: IIndexMarks;
  /** Running projects (with and without a published report). */
  running: number;
  locale: string;
}

const SUMS: ReadonlyArray<EvmInputKey> = ['pv', 'ev', 'ac', 'bac'];

/** An index's value, marked against the KPI rule when there is one (the badge says the RAG in words). */
export function IndexValue(props: { figure: IEvmFigure; index: 'spi' | 'cpi'; mark?: Rag; locale: string }): React.ReactElement {
  const { figure, index, mark, locale } = props;
  return (
    <span className={figure.value === null ? styles.muted : styles.indexValue} data-index={index}>
      {indexText(figure, index, locale)}
      {mark && <> <RagBadge value={mark} dimension={pcStrings.PortfolioControlling_KpiMark} /></>}
    </span>
  );
}

/**
 * The portfolio's earned value: ΣPV, ΣEV, ΣAC, ΣBAC in the user's locale, SPI = ΣEV / ΣPV and
 * CPI = ΣEV / ΣAC (each "Not available" with its reason, never NaN), marked against the KPI
 * thresholds; and which projects the sums cover: running, with a report, without one ("no report",
 * left out), and those SPI or CPI leave out for a missing input.
 */
export function EarnedValueTotals(props: IEarnedValueTotalsProps): React.ReactElement {
  const { rollup, marks, running, locale } = props;
  const counts: Array<[string, string, number]> = [
    ['running', pcStrings.PortfolioControlling_Running, running],
    ['reported', pcStrings.PortfolioControlling_Reported, rollup.projects],
    ['noReport', pcStrings.PortfolioControlling_NotReported, running - rollup.projects],
    ['spiLeftOut', pcStrings.PortfolioControlling_SpiLeftOut, rollup.projects - rollup.spiProjects],
    ['cpiLeftOut', pcStrings.PortfolioControlling_CpiLeftOut, rollup.projects - rollup.cpiProjects]
  ];
  return (
    <section className={styles.section} aria-labelledby="pmo-pfc-ev" data-testid="controlling-portfolio-ev">
      <h3 id="pmo-pfc-ev" className={styles.heading}>{pcStrings.PortfolioControlling_EvHeading}</h3>
      <div className={styles.columns}>
        <table className={styles.table}>
          <caption className={styles.caption}>{pcStrings.PortfolioControlling_TotalsCaption}</caption>
          <tbody>
            {SUMS.map(k => (
              <tr key={k} data-sum={k}>
                <th scope="row">{pcStrings[`PortfolioControlling_Sum_${k}`]}</th>
                <td className={styles.number}>{money(rollup.totals[k], locale)}</td>
              </tr>
            ))}
            <tr data-sum="spi">
              <th scope="row">{pcStrings.PortfolioControlling_Spi}</th>
              <td className={styles.number}><IndexValue figure={rollup.spi} index="spi" mark={marks.spi} locale={locale} /></td>
            </tr>
            <tr data-sum="cpi">
              <th scope="row">{pcStrings.PortfolioControlling_Cpi}</th>
              <td className={styles.number}><IndexValue figure={rollup.cpi} index="cpi" mark={marks.cpi} locale={locale} /></td>
            </tr>
          </tbody>
        </table>
        <table className={styles.table}>
          <caption className={styles.caption}>{pcStrings.PortfolioControlling_CountsCaption}</caption>
          <tbody>
            {counts.map(([key, label, n]) => (
              <tr key={key} data-count={key}>
                <th scope="row">{label}</th>
                <td className={styles.number}>{n.toLocaleString(locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
