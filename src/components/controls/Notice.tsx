import * as React from 'react';
import styles from './controls.module.scss';
import { Glyph, type GlyphName } from './Glyph';
import { Button } from './Button';

/** How serious a notice is: it sets the colour, the glyph and how a screen reader announces it. */
export type NoticeKind = 'info' | 'success' | 'warning' | 'error';

const GLYPH: Record<NoticeKind, GlyphName> = { info: 'info', success: 'success', warning: 'warning', error: 'error' };

export interface INoticeProps {
  kind: NoticeKind;
  /** The message. */
  children: React.ReactNode;
  /** Buttons acting on the message (for example "Try again"). */
  actions?: React.ReactNode;
  /** Shows a close button that calls this. */
  onDismiss?: () => void;
  /** The close button's accessible name (required with `onDismiss`). */
  dismissLabel?: string;
  className?: string;
  'data-testid'?: string;
}

/**
 * A message above or inside a view. Its text (not its buttons) is announced: errors and warnings at
 * once (`role="alert"`), information and success politely (`role="status"`); the colour is never the only signal: each
 * kind has its glyph.
 */
export function Notice(props: INoticeProps): React.ReactElement {
  const { kind } = props;
  const urgent = kind === 'error' || kind === 'warning';
  return (
    <div className={[styles.notice, styles[kind], props.className ?? ''].filter(Boolean).join(' ')} data-kind={kind} data-testid={props['data-testid']}>
      <div className={styles.noticeText}>
        <Glyph name={GLYPH[kind]} />
        <div role={urgent ? 'alert' : 'status'}>{props.children}</div>
      </div>
      {props.actions && <div className={styles.noticeActions}>{props.actions}</div>}
      {props.onDismiss && <Button icon="dismiss" aria-label={props.dismissLabel} title={props.dismissLabel} onClick={props.onDismiss} />}
    </div>
  );
}
