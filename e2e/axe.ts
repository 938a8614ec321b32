/** Accessibility checks in browser tests: axe-core's WCAG 2.1 A/AA rules, serious and critical findings. */
import type { Page } from 'playwright-core';

interface IAxeResult { violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }

/**
 * Runs axe-core in the page (on `selector`, or the whole document) once Fluent's animations have
 * ended, and returns the serious and critical violations as "rule (impact): first targets".
 */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  // Fluent fades content in: check the colours as the user sees them once the animation ended. On a
  // busy machine a surface just opened may not have its animations yet (they start with the next style
  // and layout): two frames first, then until none runs or waits to start.
  await page.evaluate(() => new Promise<void>(resolve => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  await page.waitForFunction(() => document.getAnimations().every(a => a.playState !== 'running' && !a.pending));
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async (scope: string | undefined) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<IAxeResult> } }).axe;
    const context = scope ? document.querySelector(scope) : document;
    if (!context) throw new Error(`axe: nothing matches ${scope}`);
    const r = await axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations
      .filter(v => v.impact === 'serious' || v.impact === 'critical')
      .map(v => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`);
  }, selector);
}
