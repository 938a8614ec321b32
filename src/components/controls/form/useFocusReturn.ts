import * as React from 'react';

/** The control that opened a form, and how to find the one that takes its place when it is drawn again. */
interface IOpener {
  element: HTMLElement;
  testId?: string;
  label?: string;
  text?: string;
}

/** What {@link useFocusReturn} gives a view that opens forms. */
export interface IFocusReturn {
  /** Remembers the control that opens a form (call it from the control's click with the event's `currentTarget`; default: the focused element). */
  opening: (control?: EventTarget) => void;
  /**
   * After the form closed (Cancel, Save): once the view is drawn again, the focus goes to what `to`
   * finds (the row's Edit button, when the control that opened the form is gone with what it did),
   * else back to that control (or the one drawn in its place).
   */
  closed: (to?: () => HTMLElement | undefined) => void;
}

/** The remembered control, or the one drawn in its place (same test id, accessible name and text). */
function openerNow(o: IOpener): HTMLElement | undefined {
  if (o.element.isConnected) return o.element;
  const candidates = Array.from(document.querySelectorAll<HTMLElement>(o.testId ? `[data-testid="${o.testId}"]` : o.element.tagName));
  return candidates.filter(e => (e.getAttribute('aria-label') ?? undefined) === o.label && (e.textContent ?? undefined) === o.text)[0];
}

/**
 * Keeps the keyboard focus where the user works: a form opened by a button focuses its own heading
 * (FormFrame); when it closes, the focus goes back to that button (or to the button drawn in its
 * place), not to the page's body.
 */
export function useFocusReturn(): IFocusReturn {
  const opener = React.useRef<IOpener | undefined>(undefined);
  const [back, setBack] = React.useState<{ to?: () => HTMLElement | undefined } | undefined>(undefined);
  // In the same task as the render that closed the form: the next key press already lands there.
  React.useLayoutEffect(() => {
    const o = opener.current;
    if (!back) return;
    (back.to?.() ?? (o && openerNow(o)))?.focus();
  }, [back]);
  return {
    opening: control => {
      const e = control ?? document.activeElement;
      if (e instanceof HTMLElement && e !== document.body) {
        opener.current = { element: e, testId: e.getAttribute('data-testid') ?? undefined, label: e.getAttribute('aria-label') ?? undefined, text: e.textContent ?? undefined };
      }
    },
    closed: to => setBack({ to })
  };
}

/** The element whose accessible name (aria-label) is `label`, if any: where the focus goes when a control is gone. */
export function byLabel(label: string): HTMLElement | undefined {
  return Array.from(document.querySelectorAll<HTMLElement>('[aria-label]')).filter(e => e.getAttribute('aria-label') === label)[0];
}

/** The element with this test id, if any (a toolbar's button: where the focus goes when a row's control is gone). */
export function byTestId(testId: string): HTMLElement | undefined {
  return document.querySelector<HTMLElement>(`[data-testid="${testId}"]`) ?? undefined;
}
