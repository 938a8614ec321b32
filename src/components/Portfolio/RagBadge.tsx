import * as React from 'react';
import styles from './Portfolio.module.scss';
import type { RagFilterValue } from '../../domain/portfolio';
import { ragLabel } from './labels';
import * as strings from 'PmoHubStrings';
import { SR_ONLY } from '../controls/srOnly';
import { formatString } from '../../domain/text';

/** A RAG value as text with a coloured shape: never colour alone (WCAG 1.4.1). */
export function RagBadge(props: { value: RagFilterValue; dimension?: string }): React.ReactElement {
  const cls = props.value === 'Red' ? styles.ragRed : props.value === 'Amber' ? styles.ragAmber : props.value === 'Green' ? styles.ragGreen : styles.ragNone;
  return (
    <span className={`${styles.rag} ${cls}`} data-rag={props.value}>
      <span className={styles.ragDot} aria-hidden="true" />
      {props.dimension ? <><span className={SR_ONLY}>{formatString(strings.LabelValue, props.dimension, '')}</span>{ragLabel(props.value)}</> : ragLabel(props.value)}
    </span>
  );
}
