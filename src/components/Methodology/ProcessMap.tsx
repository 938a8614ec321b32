import * as React from 'react';
import * as methodologyStrings from 'MethodologyStrings';
import { formatString } from '../../domain/text';
import type { IGuideStage } from '../../services/MethodologyService';
import type { LifecycleCode } from '../../domain/governance/vocabulary';
import { gateLabel, lifecycleLabel, stageTitle } from './labels';
import { SR_ONLY } from '../controls';
import styles from './Methodology.module.scss';

/** Props of {@link ProcessMap}. */
export interface IProcessMapProps {
  lifecycle: LifecycleCode;
  /** The stages in order. */
  stages: ReadonlyArray<IGuideStage>;
  /** The code of the stage shown in detail. */
  selected: string;
  onSelect: (code: string) => void;
  /** The id of the stage detail the buttons control. */
  detailId: string;
}

/** The key that moves the selection from stage `index` of `count`, or undefined for any other key. */
export function nextIndex(key: string, index: number, count: number): number | undefined {
  if (key === 'ArrowRight' || key === 'ArrowDown') return (index + 1) % count;
  if (key === 'ArrowLeft' || key === 'ArrowUp') return (index - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

/**
 * The lifecycle as a process map: an ordered list of the stages, each a toggle button
 * (`aria-pressed`, numbered, its title) followed by the gate that ends it. The map is one tab stop
 * (roving tabindex: the selected stage), as the RAID heat map; the arrow keys (and Home, End) move
 * to the previous or next stage and show it, a click shows it. The selection is announced through a
 * polite live region.
 */
export function ProcessMap(props: IProcessMapProps): React.ReactElement {
  const { stages, selected, lifecycle } = props;
  const buttons = React.useRef<Array<HTMLButtonElement | null>>([]);
  const current = stages.filter(s => s.stage.code === selected)[0];
  const onKeyDown = (e: React.KeyboardEvent, index: number): void => {
    const next = nextIndex(e.key, index, stages.length);
    if (next === undefined) return;
    e.preventDefault();
    props.onSelect(stages[next].stage.code);
    buttons.current[next]?.focus();
  };
  return (
    <div className={styles.mapBox}>
      <p className={styles.hint} id="pmo-methodology-map-hint">{methodologyStrings.Methodology_MapHint}</p>
      <ol className={styles.map} aria-label={formatString(methodologyStrings.Methodology_MapLabel, lifecycleLabel(lifecycle))} data-testid="methodology-map">
        {stages.map((s, i) => {
          const on = s.stage.code === selected;
          return (
            <li key={s.stage.code} className={styles.step}>
              <button
                ref={b => { buttons.current[i] = b; }}
                type="button"
                tabIndex={on ? 0 : -1}
                className={on ? `${styles.stage} ${styles.stageOn}` : styles.stage}
                aria-pressed={on}
                aria-controls={props.detailId}
                aria-describedby="pmo-methodology-map-hint"
                onClick={() => props.onSelect(s.stage.code)}
                onKeyDown={e => onKeyDown(e, i)}
                data-testid={`methodology-stage-${s.stage.code}`}
              >
                <span className={styles.stageNo}>{formatString(methodologyStrings.Methodology_StageNumber, s.stage.order)}</span>
                <span className={styles.stageTitle}>{stageTitle(lifecycle, s)}</span>
              </button>
              {s.stage.gate && (
                <span className={styles.gate} data-testid="methodology-gate">
                  <span aria-hidden="true" className={styles.gateMark}>◆</span> {formatString(methodologyStrings.Methodology_Gate, gateLabel(s.stage.gate))}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p className={SR_ONLY} aria-live="polite" data-testid="methodology-announce">
        {current ? formatString(methodologyStrings.Methodology_Selected, stageTitle(lifecycle, current)) : ''}
      </p>
    </div>
  );
}
