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

