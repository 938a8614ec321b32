import * as React from 'react';
import * as projectStrings from 'ProjectStrings';
import { formatDateOnly } from '../../domain/dates';
import { formatString } from '../../domain/text';
import { EVM_FIGURES, type EvmInputKey, type EvmInputSource, type IEarnedValueDetailed } from '../../domain/evm';
import type { IStatusReport } from '../../services/controllingRows';
import { evmAmount, figureValue, inputName, sourceText, text, unavailableText } from './labels';
import styles from './Project.module.scss';

/** Props of {@link EarnedValue}. */
export interface IEarnedValueProps {
  /** The latest published report (its inputs and their sources); none: nothing to compute yet. */
  report?: IStatusReport;
  /** Its figures, each with the reason when not available, and the EAC formula used. */
  earnedValue?: IEarnedValueDetailed;
  locale: string;
}

const INPUTS: ReadonlyArray<EvmInputKey> = ['pv', 'ev', 'ac', 'bac'];

/** Where an input came from; a value without a recorded source (a report filed before sources were kept) was given in the report. */
function shownSource(report: IStatusReport, key: EvmInputKey): EvmInputSource {
  const source = report.evm.sources[key];
  return source === 'missing' && report.evm[key] !== undefined ? 'given' : source;
}

/**
 * Earned value at the latest report's date: the inputs PV, EV, AC and BAC with where each came from
 * (typed in the report, derived from the budget lines' phasing or actuals, or from % complete), and
 * SV, CV, SPI, CPI, EAC (naming its formula), ETC, VAC and TCPI to BAC and to EAC. A figure that
 * cannot be computed says "Not available" and why, never NaN or infinity.
 */
export function EarnedValue(props: IEarnedValueProps): React.ReactElement {
  const { report, earnedValue: ev, locale } = props;
  return (
    <section className={styles.section} aria-labelledby="pmo-project-evm" data-testid="project-evm">
      <h2 id="pmo-project-evm" className={styles.heading}>{projectStrings.Project_EarnedValue}</h2>
      {!report || !ev ? <p>{projectStrings.Project_EvmNoReport}</p> : (
        <>
          <p className={styles.meta}>{formatString(projectStrings.Project_EvmAsOf, formatDateOnly(report.reportDate, locale))}</p>
          <div className={styles.columns}>
            <table className={styles.table}>
              <caption className={styles.caption}>{projectStrings.Project_EvmInputs}</caption>
              <tbody>
                {INPUTS.map(k => (
                  <tr key={k} data-input={k}>
                    <th scope="row">{text(`Project_InputLong_${k}`)} ({inputName(k)})</th>
                    <td className={styles.number}>{evmAmount(report.evm[k], locale)}</td>
                    <td className={styles.muted}>{sourceText(shownSource(report, k))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table className={styles.table}>
              <caption className={styles.caption}>{projectStrings.Project_EvmFigures}</caption>
              <tbody>
                {EVM_FIGURES.map(k => {
                  const f = ev.figures[k];
                  return (
                    <tr key={k} data-figure={k}>
                      <th scope="row">
                        {text(`Project_Figure_${k}`)}
                        {k === 'eac' && <span className={styles.formula}>{formatString(projectStrings.Project_EacFormula, ev.eacFormula)}</span>}
                      </th>
                      <td className={f.value === null ? styles.muted : styles.number}>{f.value === null ? unavailableText(f) : figureValue(k, f.value, locale)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
