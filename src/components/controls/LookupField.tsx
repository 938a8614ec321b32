import * as React from 'react';
import styles from './controls.module.scss';
import fields from './fields.module.scss';
import { useFieldId } from './useFieldId';
import { describedBy, type IFieldProps } from './TextField';
import { Button } from './Button';

/** One thing a LookupField can hold (a person, a project …). */
export interface ILookupItem {
  /** Unique among the suggestions. */
  key: string;
  /** The name shown (and the option's accessible name, with `secondaryText`). */
  text: string;
  /** A second line, such as a job title and an e-mail address. */
  secondaryText?: string;
}

/** The texts of a LookupField in the user's language. */
export interface ILookupLabels {
  /** The suggestion list's accessible name, e.g. "Suggested people". */
  suggestions: string;
  /** Shown while a search runs. */
  loading: string;
  /** Shown when a search found nothing. */
  noResults: string;
  /** The accessible name of the button that removes the chosen item, e.g. "Remove Pieter Bakker". */
  remove: (item: ILookupItem) => string;
}

/** The props of a LookupField. */
export interface ILookupFieldProps<T extends ILookupItem> extends IFieldProps {
  /** The chosen item; the search box is shown while there is none. */
  value: T | undefined;
  /** Called with the chosen item, or undefined when it is removed. */
  onChange: (item: T | undefined) => void;
  /** Finds the suggestions for a text (called `delayMs` after the user stops typing; never for blank text). */
  search: (text: string) => Promise<T[]>;
  labels: ILookupLabels;
  /** A hint under the field, tied to it (`aria-describedby`). */
  description?: string;
  /** Wait after the last keystroke before searching, ms (300 unless given). */
  delayMs?: number;
}

type SearchState<T> = { status: 'idle' } | { status: 'loading' } | { status: 'done'; items: T[] };

/** The search box's state: the text, the suggestions of its latest search and the highlighted one. */
function useLookupSearch<T extends ILookupItem>(search: (text: string) => Promise<T[]>, delayMs: number): {
  text: string; type: (text: string) => void; result: SearchState<T>; active: number; setActive: (i: number) => void; reset: () => void;
} {
  const [text, setText] = React.useState('');
  const [result, setResult] = React.useState<SearchState<T>>({ status: 'idle' });
  const [active, setActive] = React.useState(-1);
  const latest = React.useRef(0);
  const timer = React.useRef<ReturnType<typeof setTimeout>>();
  React.useEffect(() => () => { latest.current++; if (timer.current) clearTimeout(timer.current); }, []);
  const type = (t: string): void => {
    setText(t);
    setActive(-1);
    if (timer.current) clearTimeout(timer.current);
    const query = ++latest.current;
    if (!t.trim()) { setResult({ status: 'idle' }); return; }
    setResult({ status: 'loading' });
    timer.current = setTimeout(() => {
      search(t).then(
        items => { if (query === latest.current) setResult({ status: 'done', items }); },
        () => { if (query === latest.current) setResult({ status: 'done', items: [] }); }
      );
    }, delayMs);
  };
  const reset = (): void => { latest.current++; if (timer.current) clearTimeout(timer.current); setText(''); setResult({ status: 'idle' }); setActive(-1); };
  return { text, type, result, active, setActive, reset };
}

/**
 * One item found by searching (a sponsor, a project manager): a combobox after the WAI-ARIA
 * combobox pattern with a list of suggestions (`aria-autocomplete="list"`). Down and Up move
 * through the suggestions (`aria-activedescendant`), Enter takes the highlighted one, Escape closes
 * the list and then clears the text. The chosen item is shown with a remove button, which brings
 * the search box back. While an item is chosen, `id` is the remove button's.
 */
export function LookupField<T extends ILookupItem>(props: ILookupFieldProps<T>): React.ReactElement {
  const id = useFieldId('lookup', props.id);
  const s = useLookupSearch(props.search, props.delayMs ?? 300);
  const [open, setOpen] = React.useState(false);
  // After choosing, focus moves to the remove button; after removing, back to the search box (both carry the id).
  const refocus = React.useRef(false);
  React.useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    const el = document.getElementById(id);
    if (el) el.focus();
  }, [props.value, id]);

  const items = s.result.status === 'done' ? s.result.items : [];
  const listId = `${id}-list`;
  const optionId = (i: number): string => `${id}-opt-${i}`;
  const choose = (item: T): void => { s.reset(); setOpen(false); refocus.current = true; props.onChange(item); };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>): void => {
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && items.length) {
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      s.setActive(s.active < 0 && step < 0 ? items.length - 1 : (s.active + step + items.length) % items.length);
    } else if (e.key === 'Enter' && open && s.result.status !== 'idle') {
      e.preventDefault(); // never submits the form from an open list
      if (s.active >= 0 && items[s.active]) choose(items[s.active]);
    } else if (e.key === 'Escape') {
      if (open) { e.preventDefault(); setOpen(false); } else if (s.text) { e.preventDefault(); s.reset(); }
    }
  };

  const d = describedBy(id, props.description, props.errorMessage);
  const cls = props.className ? `${styles.field} ${fields.lookup} ${props.className}` : `${styles.field} ${fields.lookup}`;
  // With a value chosen, the label names the chosen item's group (not its remove button).
  const label = <label className={props.required ? `${styles.label} ${styles.required}` : styles.label} htmlFor={props.value ? undefined : id} id={`${id}-label`}>{props.label}</label>;
  const error = (
    <>
      {props.description && <p id={d.descId} className={fields.fieldHint}>{props.description}</p>}
      {props.errorMessage && <p id={d.errId} className={styles.fieldError}>{props.errorMessage}</p>}
    </>
  );
  if (props.value) {
    const v = props.value;
    return (
      <div className={cls} data-testid={props['data-testid']}>
        {label}
        <div className={fields.chip} role="group" aria-labelledby={`${id}-label`}>
          <span className={fields.chipText}><span>{v.text}</span>{v.secondaryText && <span className={fields.secondary}>{v.secondaryText}</span>}</span>
          <Button id={id} icon="dismiss" aria-describedby={d.describedBy} aria-label={props.labels.remove(v)} title={props.labels.remove(v)} disabled={props.disabled} onClick={() => { refocus.current = true; props.onChange(undefined); }} />
        </div>
        {error}
      </div>
    );
  }
  const expanded = open && s.result.status !== 'idle';
  return (
    <div className={cls} data-testid={props['data-testid']}>
      {label}
      <input
        id={id}
        type="text"
        role="combobox"
        className={styles.input}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && s.active >= 0 ? optionId(s.active) : undefined}
        aria-required={props.required ? true : undefined}
        aria-invalid={!!props.errorMessage}
        aria-describedby={d.describedBy}
        autoComplete="off"
        placeholder={props.placeholder}
        disabled={props.disabled}
        value={s.text}
        onChange={e => { s.type(e.target.value); setOpen(true); }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <div className={fields.popoverAnchor}>
        <ul id={listId} role="listbox" aria-label={props.labels.suggestions} className={fields.listbox} hidden={!expanded || items.length === 0}>
          {items.map((item, i) => (
            <li
              key={item.key}
              id={optionId(i)}
              role="option"
              aria-selected={i === s.active}
              className={i === s.active ? `${fields.option} ${fields.activeOption}` : fields.option}
              onMouseDown={e => e.preventDefault() /* keeps focus in the input */}
              onClick={() => choose(item)}
            >
              <span>{item.text}</span>
              {item.secondaryText && <span className={fields.secondary}>{item.secondaryText}</span>}
            </li>
          ))}
        </ul>
        <div role="status" className={expanded && items.length === 0 ? fields.listStatus : styles.srOnly}>
          {expanded && s.result.status === 'loading' ? props.labels.loading : expanded && items.length === 0 ? props.labels.noResults : ''}
        </div>
      </div>
      {error}
    </div>
  );
}
