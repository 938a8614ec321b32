/**
 * Where the keyboard focus goes in the Training and Maturity web parts when what it was on goes away:
 * a surface opened (a module's details) takes it on its heading; a button disabled while its action
 * ran gets it back when the action ends. No strings here: the Maturity web part imports it too.
 */
import * as React from 'react';

/** Whether the focus fell to the page (the element that had it was removed or disabled). */
export function focusIsLost(): boolean {
  return !document.activeElement || document.activeElement === document.body;
}

/**
 * Focuses `ref` (a heading with tabIndex -1) when the surface appears and again whenever `key` changes
 * (another module opened in the same place), in the same task as the render: the next key press lands there.
 */
export function useFocusOnShow(ref: React.RefObject<HTMLElement>, key: string | number): void {
  React.useLayoutEffect(() => { ref.current?.focus(); }, [key]); // eslint-disable-line react-hooks/exhaustive-deps -- once per surface shown
}

/**
 * After an action that disabled its button while it ran (Save of the attendance, of the targets): when
 * it ends and the focus fell to the page meanwhile, it goes back to `target()` (the button, enabled again).
 */
export function useFocusAfterBusy(busy: boolean, target: () => HTMLElement | null | undefined): void { // eslint-disable-line @rushstack/no-new-null -- querySelector answers null
  const was = React.useRef(busy);
  React.useLayoutEffect(() => {
    if (was.current && !busy && focusIsLost()) target()?.focus();
    was.current = busy;
  });
}


/**
 * After a line of a list went away under the focus (a place cancelled in "My sessions"), focus that fell to
 * the page goes to the line now in its place (its first enabled button), else the last line's, else
 * `fallback()` (the list's heading, with tabIndex -1). `keys` are the lines' keys in their order;
 * `lines()` the lines' elements in the same order.
 */
export function useFocusAfterRemoval(keys: ReadonlyArray<string | number>, lines: () => HTMLElement[], fallback: () => HTMLElement | null | undefined): void { // eslint-disable-line @rushstack/no-new-null -- querySelector answers null
  const last = React.useRef(keys.join(','));
  React.useEffect(() => {
    const before = last.current ? last.current.split(',') : [];
    last.current = keys.join(',');
    const now = keys.map(String);
    const gone = before.findIndex(k => now.indexOf(k) < 0);
    if (gone < 0 || !focusIsLost()) return;
    const all = lines();
    const line = all[Math.min(gone, all.length - 1)];
    const target = line?.querySelector<HTMLElement>('button:not([disabled])') ?? fallback();
    target?.focus();
  });
}

/**
 * For a notice whose close button removes it (the seat notice, the message after an action): call the
 * returned function on closing; after the render, focus that fell to the page goes to the selected tab
 * of the Tabs control whose id is `tabsId` (the web part's tabs), the nearest control above the lists.
 */
export function useFocusAfterDismiss(tabsId: string): () => void {
  const [closed, setClosed] = React.useState(0);
  React.useEffect(() => {
    if (closed === 0 || !focusIsLost()) return;
    document.getElementById(`${tabsId}-panel`)?.parentElement?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
  }, [closed, tabsId]);
  return () => setClosed(n => n + 1);
}
