import * as React from 'react';
import * as pcStrings from 'PortfolioControllingStrings';
import type { IPortfolioRef } from '../../../domain/portfolio';
import type { IProgrammeControlling } from '../../../services/ControllingService';
import { IndexValue } from './EarnedValueTotals';
import { money, programmeName } from './labels';
import styles from './PortfolioControlling.module.scss';

/** Props of {@link ProgrammeEarnedValue}. */
export interface IProgrammeEarnedValueProps {
  /** One roll-up per programme with running projects (id 0: projects outside any programme). */
  rows: ReadonlyArray<IProgrammeControlling>;
  programmes: ReadonlyArray<IPortfolioRef>;
  locale: string;
}

/**
 * Earned value per programme, one table row each (by name; "No programme" last): running projects,
 * those with a published report (the only ones in the sums), ΣPV, ΣEV, ΣAC, and SPI and CPI as ratios
 * of those sums, marked against the KPI thresholds.
 */
export function ProgrammeEarnedValue(props: IProgrammeEarnedValueProps): React.ReactElement {
  const { programmes, locale } = props;
  const rows = props.rows
    .map(r => ({ r, name: programmeName(r.key, programmes) }))
    .sort((a, b) => (a.r.key === 0 ? 1 : 0) - (b.r.key === 0 ? 1 : 0) || a.name.localeCompare(b.name, locale));
  const amount = (v: number, counted: number): string => (counted ? money(v, locale) : '–');
  return (
    <section className={styles.section} aria-labelledby="pmo-pfc-programmes" data-testid="controlling-programmes">
      <h3 id="pmo-pfc-programmes" className={styles.heading}>{pcStrings.PortfolioControlling_ProgrammesHeading}</h3>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption className={styles.caption}>{pcStrings.PortfolioControlling_ProgrammesCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{pcStrings.PortfolioControlling_Col_programme}</th>
              <th scope="col" className={styles.number}>{pcStrings.PortfolioControlling_Col_running}</th>
              <th scope="col" className={styles.number}>{pcStrings.PortfolioControlling_Col_counted}</th>
              <th scope="col" className={styles.number}><abbr title={pcStrings.PortfolioControlling_Sum_pv}>PV</abbr></th>
              <th scope="col" className={styles.number}><abbr title={pcStrings.PortfolioControlling_Sum_ev}>EV</abbr></th>
              <th scope="col" className={styles.number}><abbr title={pcStrings.PortfolioControlling_Sum_ac}>AC</abbr></th>
              <th scope="col" className={styles.number}><abbr title={pcStrings.PortfolioControlling_Spi}>SPI</abbr></th>
              <th scope="col" className={styles.number}><abbr title={pcStrings.PortfolioControlling_Cpi}>CPI</abbr></th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ r, name }) => (
              <tr key={r.key} data-programme={r.key}>
                <th scope="row">{name}</th>
                <td className={styles.number}>{r.running.toLocaleString(locale)}</td>
                <td className={styles.number}>{r.projects.toLocaleString(locale)}</td>
                <td className={styles.number}>{amount(r.totals.pv, r.projects)}</td>
                <td className={styles.number}>{amount(r.totals.ev, r.projects)}</td>
                <td className={styles.number}>{amount(r.totals.ac, r.projects)}</td>
                <td className={styles.number}><IndexValue figure={r.spi} index="spi" mark={r.marks.spi} locale={locale} /></td>
                <td className={styles.number}><IndexValue figure={r.cpi} index="cpi" mark={r.marks.cpi} locale={locale} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
