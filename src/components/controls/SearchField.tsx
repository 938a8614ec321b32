import * as React from 'react';
import styles from './controls.module.scss';
import { Glyph } from './Glyph';
import { Button } from './Button';
import { MAX_SEARCH_LENGTH } from '../../domain/text';

export interface ISearchFieldProps {
  /** The accessible name of the search box. */
  label: string;
  /** The accessible name of the clear button. */
  clearLabel: string;
  placeholder?: string;
  value: string;
  onChange: (value: string) => void;
  className?: string;
  'data-testid'?: string;
}

/** A search box (`role="searchbox"`): Escape clears it, and so does its clear button. It takes at most MAX_SEARCH_LENGTH characters. */
export function SearchField(props: ISearchFieldProps): React.ReactElement {
  const input = React.useRef<HTMLInputElement>(null);
  const clear = (): void => {
    props.onChange('');
    if (input.current) input.current.focus();
  };
  return (
    <div className={props.className ? `${styles.search} ${props.className}` : styles.search}>
      <Glyph name="search" />
      <input
        ref={input}
        type="search"
        className={styles.input}
        aria-label={props.label}
        placeholder={props.placeholder}
        value={props.value}
        maxLength={MAX_SEARCH_LENGTH}
        onChange={e => props.onChange(e.target.value)}
        onKeyDown={e => { if (e.key === 'Escape' && props.value) { e.preventDefault(); clear(); } }}
        data-testid={props['data-testid']}
      />
      {props.value && <Button className={styles.clear} icon="dismiss" aria-label={props.clearLabel} title={props.clearLabel} onClick={clear} />}
    </div>
  );
}
