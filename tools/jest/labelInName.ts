/**
 * WCAG 2.5.3 (label in name) in component tests: a control that shows text and carries an
 * `aria-label` must have a name that begins with that text ("Close round “Q1 board”" for a button
 * reading "Close round"), so a speech-input user can say what they see. axe-core's rule
 * `label-content-name-mismatch` only asks that the name contain the text; PMO Hub asks that it begin
 * with it, which is what every locale's strings are written to.
 */

/** Collapses white space and case, as a screen reader and a speech-input user hear the words. */
const words = (s: string): string => s.replace(/\s+/g, ' ').trim().toLocaleLowerCase();

/**
 * The buttons and links under `root` whose `aria-label` does not begin with their visible text, each
 * as `"<visible text>" named "<aria-label>"`; empty when every one does. Controls without visible
 * text (a glyph only) are named by their `aria-label` alone and are not checked.
 */
export function labelInNameMismatches(root: ParentNode): string[] {
  const controls = Array.from(root.querySelectorAll<HTMLElement>('button[aria-label], a[aria-label], [role="button"][aria-label], [role="link"][aria-label]'));
  return controls
    .map(el => ({ shown: words(el.textContent ?? ''), name: words(el.getAttribute('aria-label') ?? '') }))
    .filter(c => c.shown !== '' && !c.name.startsWith(c.shown))
    .map(c => `"${c.shown}" named "${c.name}"`);
}
