import * as React from 'react';
import * as gatesStrings from 'GatesStrings';
import { formatString } from '../../domain/text';
import { lifecycleOf, stageOf } from '../../domain/governance';
import type { ILifecycleView } from '../../services/GateService';
import { Notice } from '../controls';
import { positionLabel, problemText } from './labels';
import styles from './Gates.module.scss';

/** Where a go at the gate ahead leads, in words. */
function nextText(view: ILifecycleView): string | undefined {
  const { next, state } = view;
  if (next.kind === 'end') return gatesStrings.Gates_Gate_NextEnd;
  if (next.kind === 'next') return formatString(gatesStrings.Gates_Gate_Next, positionLabel(state.lifecycle, next.position));
  return undefined;
}

/**
 * The gate that ends the current stage: its title (as the PMO set it up), its purpose (by the
 * lifecycle's gate code) and where a go leads; "no gate" when the PMO configured none. A stage moved
 * by a trusted go during this read (or due at the next visit of the manager or PMO) is said first.
 */
export function GateAhead(props: { view: ILifecycleView }): React.ReactElement {
  const { view } = props;
  const { state } = view;
  const here = positionLabel(state.lifecycle, state);
  const code = stageOf(lifecycleOf(state.lifecycle), state.stage)?.gate;
  const purpose = code ? gatesStrings[`Gates_Gate_Purpose_${code}`] : undefined;
  const next = nextText(view);
  return (
    <section className={styles.section} aria-labelledby="pmo-gates-ahead" data-testid="gates-ahead">
      {view.stageSync === 'moved' && <Notice kind="success" data-testid="gates-stage-moved">{formatString(gatesStrings.Gates_StageMoved, here)}</Notice>}
      {view.stageSync === 'pending' && <Notice kind="info" data-testid="gates-stage-pending">{formatString(gatesStrings.Gates_StagePending, here)}</Notice>}
      <h2 id="pmo-gates-ahead" className={styles.heading}>{formatString(gatesStrings.Gates_Gate_Heading, view.gate ? view.gate.title || view.gate.code : '—')}</h2>
      {view.gate
        ? (
          <>
            {purpose && <p data-testid="gates-purpose">{purpose}</p>}
            {next && <p className={styles.hint}>{next}</p>}
            {view.next.kind === 'problem' && <Notice kind="warning" data-testid="gates-not-decidable">{gatesStrings.Gates_Gate_NotDecidable}</Notice>}
          </>
        )
        : <Notice kind="info" data-testid="gates-no-gate">{problemText('noGate')}</Notice>}
    </section>
  );
}
