import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { formatString } from '../../domain/text';
import type { Rag } from '../../domain/portfolio';
import { RagBadge } from '../Portfolio/RagBadge';
import { SR_ONLY } from '../controls/srOnly';
import { ragName } from './labels';
import styles from './Project.module.scss';

/**
 * A RAG as the project page shows it: the portfolio's badge (words, colour and shape, never colour
 * alone) for Green, Amber and Red; "No report" for a project without a published report; "Not
 * rated" for a dimension a report left without a rating. `dimension` is read to screen readers first.
 */
export function RagMark(props: { rag: Rag | undefined; none?: 'noReport' | 'notRated'; dimension?: string }): React.ReactElement {
  if (props.rag || props.none === 'noReport') return <RagBadge value={props.rag ?? 'None'} dimension={props.dimension} />;
  return (
    <span className={styles.notRated} data-rag="NotRated">
      {props.dimension && <span className={SR_ONLY}>{formatString(strings.LabelValue, props.dimension, '')}</span>}
      {ragName(undefined)}
    </span>
  );
}
