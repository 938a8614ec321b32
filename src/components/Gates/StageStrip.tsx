import * as React from 'react';
import * as gatesStrings from 'GatesStrings';
import { formatString } from '../../domain/text';
import { lifecycleOf } from '../../domain/governance';
import type { ILifecycleView } from '../../services/GateService';
import { lifecycleName, positionLabel, stageName } from './labels';
import styles from './Gates.module.scss';

/** Props of {@link StageStrip}. */
export interface IStageStripProps {
  view: ILifecycleView;
}

/**
 * The project's lifecycle as a strip of its stages in order: passed stages say "passed", the current
 * one says "current stage" (and is `aria-current="step"`) with its delivery stage number — told in
 * words and by its border, never by colour alone. A repeating stage not yet reached says it repeats.
 */
export function StageStrip(props: IStageStripProps): React.ReactElement {
  const { state } = props.view;
  const stages = [...lifecycleOf(state.lifecycle).stages].sort((a, b) => a.order - b.order);
  const currentIndex = stages.findIndex(s => s.code === state.stage);
  return (
    <section className={styles.section} aria-labelledby="pmo-gates-lifecycle">
      <h2 id="pmo-gates-lifecycle" className={styles.heading}>{formatString(gatesStrings.Gates_Lifecycle_Heading, lifecycleName(state.lifecycle))}</h2>
      <ol className={styles.strip} aria-label={gatesStrings.Gates_Strip_Label} data-testid="gates-strip">
        {stages.map((s, i) => {
          const current = i === currentIndex;
          const passed = currentIndex >= 0 && i < currentIndex;
          const name = current
            ? positionLabel(state.lifecycle, state)
            : s.repeats ? formatString(gatesStrings[`Gates_Stage_Repeats_${s.repeats}`], stageName(s.code)) : stageName(s.code);
          return (
            <li
              key={s.code}
              className={[styles.stage, current ? styles.stageCurrent : '', passed ? styles.stagePassed : ''].filter(Boolean).join(' ')}
              aria-current={current ? 'step' : undefined}
              data-testid={current ? 'gates-current-stage' : undefined}
            >
              <span className={styles.stageName}>{name}</span>
              {current && <span className={styles.stageMark}>{gatesStrings.Gates_Stage_Current}</span>}
              {passed && <span className={styles.stageMark}>{gatesStrings.Gates_Stage_Passed}</span>}
            </li>
          );
        })}
      </ol>
      <p data-testid="gates-status">{gatesStrings[`Gates_Status_${state.status}`] ?? state.status}</p>
    </section>
  );
}
