import * as React from 'react';
import styles from './controls.module.scss';

/**
 * Work in progress: a turning ring with its label, announced politely (`role="status"`).
 * `size="large"` for a whole view that is loading, `inline` for a small one beside other content.
 */
export function Spinner(props: { label: string; size?: 'large' | 'small'; inline?: boolean; className?: string }): React.ReactElement {
  const cls = [styles.spinner, props.size === 'large' ? styles.large : '', props.inline ? styles.inline : '', props.className ?? ''].filter(Boolean).join(' ');
  return (
    <div className={cls} role="status" aria-live="polite">
      <span className={styles.ring} aria-hidden="true" />
      <span>{props.label}</span>
    </div>
  );
}
