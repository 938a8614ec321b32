import * as React from 'react';
import * as strings from 'PmoHubStrings';
import * as pcStrings from 'PortfolioControllingStrings';
import { formatString } from '../../../domain/text';
import type { IDimensionSetting, } from '../../../services/reportRules';
import type { IRagDistribution } from '../../../services/ControllingService';
import { dimensionName } from './labels';
import styles from './PortfolioControlling.module.scss';

/** Props of {@link RagDistribution}. */
export interface IRagDistributionProps {
  /** Counts per dimension, overall first, then the PMO's configured dimensions. */
  rows: ReadonlyArray<IRagDistribution>;
  /** Configured dimensions the roll-up cannot count (named below the table). */
  uncounted: ReadonlyArray<IDimensionSetting>;
  locale: string;
}

type Category = 'Red' | 'Amber' | 'Green' | 'notRated' | 'noReport';
const CATEGORIES: ReadonlyArray<Category> = ['Red', 'Amber', 'Green', 'notRated', 'noReport'];

/** A category's name: the portfolio's RAG words, "Not rated", "No report". */
function categoryName(c: Category): string {
  if (c === 'notRated') return pcStrings.PortfolioControlling_NotRated;
  if (c === 'noReport') return strings.Portfolio_Rag_None;
  return strings[`Portfolio_Rag_${c}`];
}

const SEGMENT: Record<Category, string> = { Red: styles.segRed, Amber: styles.segAmber, Green: styles.segGreen, notRated: styles.segNotRated, noReport: styles.segNoReport };

/**
 * One stacked bar: a segment per category, as wide as its share, each with its own pattern and its
 * count written in it, so that colour is never the only cue. The bars are hidden from screen readers:
 * the table above them says the same.
 */
function Bar(props: { row: IRagDistribution; locale: string }): React.ReactElement {
  const total = CATEGORIES.reduce((n, c) => n + props.row[c], 0);
  return (
    <div className={styles.bar} data-bar={props.row.dimension}>
      {CATEGORIES.filter(c => props.row[c] > 0).map(c => (
        <span key={c} className={`${styles.segment} ${SEGMENT[c]}`} style={{ flexGrow: props.row[c] }} title={`${categoryName(c)}: ${props.row[c]}`} data-segment={c}>
          <span className={styles.count}>{props.row[c].toLocaleString(props.locale)}</span>
        </span>
      ))}
      {total === 0 && <span className={styles.muted}>0</span>}
    </div>
  );
}

/**
 * RAG distribution per dimension: an accessible table (a row per dimension, overall first; Red,
 * Amber, Green, "Not rated", "No report" and the total) and a stacked bar per dimension with a
 * legend. "No report" is its own category, never counted as green.
 */
export function RagDistribution(props: IRagDistributionProps): React.ReactElement {
  const { rows, uncounted, locale } = props;
  return (
    <section className={styles.section} aria-labelledby="pmo-pfc-rag" data-testid="controlling-rag">
      <h3 id="pmo-pfc-rag" className={styles.heading}>{pcStrings.PortfolioControlling_RagHeading}</h3>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption className={styles.caption}>{pcStrings.PortfolioControlling_RagCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{pcStrings.PortfolioControlling_Col_dimension}</th>
              {CATEGORIES.map(c => <th key={c} scope="col" className={styles.number}>{categoryName(c)}</th>)}
              <th scope="col" className={styles.number}>{pcStrings.PortfolioControlling_Col_total}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(r => (
              <tr key={r.dimension} data-dimension={r.dimension}>
                <th scope="row">{dimensionName(r)}</th>
                {CATEGORIES.map(c => <td key={c} className={styles.number} data-category={c}>{r[c].toLocaleString(locale)}</td>)}
                <td className={styles.number}>{CATEGORIES.reduce((n, c) => n + r[c], 0).toLocaleString(locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className={styles.muted}>{pcStrings.PortfolioControlling_NoReportNote}</p>
      {uncounted.length > 0 && <p className={styles.muted} data-testid="controlling-uncounted">{formatString(pcStrings.PortfolioControlling_Uncounted, uncounted.map(d => dimensionName(d)).join(', '))}</p>}
      <div className={styles.legend} aria-hidden="true">
        {CATEGORIES.map(c => <span key={c} className={styles.legendItem}><span className={`${styles.swatch} ${SEGMENT[c]}`} />{categoryName(c)}</span>)}
      </div>
      <div className={styles.bars} aria-hidden="true" data-testid="controlling-rag-bars">
        {rows.map(r => (
          <div key={r.dimension} className={styles.barRow}>
            <span className={styles.barLabel}>{dimensionName(r)}</span>
            <Bar row={r} locale={locale} />
          </div>
        ))}
      </div>
    </section>
  );
}
