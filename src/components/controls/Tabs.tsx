import * as React from 'react';
import fields from './fields.module.scss';
import { useFieldId } from './useFieldId';

/** One tab. */
export interface ITab {
  key: string;
  /** The tab's visible name. */
  text: string;
}

/** The props of Tabs. */
export interface ITabsProps {
  /** The accessible name of the tab list. */
  label: string;
  tabs: ReadonlyArray<ITab>;
  /** The key of the tab whose panel is shown. */
  selectedKey: string;
  /** Called when a tab is activated (a click, Enter or Space), also for the tab already selected. */
  onSelect: (key: string) => void;
  /** The selected tab's panel. */
  children: React.ReactNode;
  className?: string;
  id?: string;
}

/**
 * Tabs after the WAI-ARIA tabs pattern, with manual activation: `role="tablist"` of `role="tab"`
 * buttons, one `role="tabpanel"` for the selected tab. Only the selected tab is in the tab sequence;
 * Left/Right arrows move focus between tabs (wrapping), Home and End to the first and last, and
 * Enter or Space (or a click) shows a tab's panel. Activation is manual because showing another
 * tab replaces what the user was doing in this one.
 */
export function Tabs(props: ITabsProps): React.ReactElement {
  const id = useFieldId('tabs', props.id);
  const refs = React.useRef<Array<HTMLButtonElement | null>>([]);
  const tabId = (key: string): string => `${id}-tab-${key}`;
  const onKeyDown = (e: React.KeyboardEvent, index: number): void => {
    const n = props.tabs.length;
    const to = e.key === 'ArrowRight' ? (index + 1) % n
      : e.key === 'ArrowLeft' ? (index - 1 + n) % n
        : e.key === 'Home' ? 0
          : e.key === 'End' ? n - 1
            : -1;
    if (to < 0) return;
    e.preventDefault();
    refs.current[to]?.focus();
  };
  return (
    <div className={props.className ? `${fields.tabs} ${props.className}` : fields.tabs}>
      <div role="tablist" aria-label={props.label} className={fields.tabList}>
        {props.tabs.map((t, i) => {
          const selected = t.key === props.selectedKey;
          return (
            <button
              key={t.key}
              ref={el => { refs.current[i] = el; }}
              id={tabId(t.key)}
              type="button"
              role="tab"
              aria-selected={selected}
              aria-controls={selected ? `${id}-panel` : undefined}
              tabIndex={selected ? 0 : -1}
              className={selected ? `${fields.tab} ${fields.selectedTab}` : fields.tab}
              onClick={() => props.onSelect(t.key)}
              onKeyDown={e => onKeyDown(e, i)}
            >
              {t.text}
            </button>
          );
        })}
      </div>
      <div id={`${id}-panel`} role="tabpanel" aria-labelledby={tabId(props.selectedKey)} tabIndex={0} className={fields.tabPanel}>
        {props.children}
      </div>
    </div>
  );
}
