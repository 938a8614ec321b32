import { LIFECYCLE_CODES, type LifecycleCode } from '../../domain/governance/vocabulary';
import { isCode } from '../../domain/vocabulary';

/** The address's query parameter that remembers the lifecycle shown: `Methodology.aspx?lifecycle=agile`. */
export const LIFECYCLE_PARAM: string = 'lifecycle';

/** A lifecycle code from untrusted text (a property, a query parameter); undefined when it is none. */
export function lifecycleFrom(value: unknown): LifecycleCode | undefined {
  const v = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return isCode(LIFECYCLE_CODES, v) ? v : undefined;
}

/**
 * The lifecycle shown first: `?lifecycle=` of the address (`search`), else the property pane's
 * choice, else PRINCE2.
 */
export function initialLifecycle(search: string, fromProperties: unknown): LifecycleCode {
  return lifecycleFrom(new URLSearchParams(search).get(LIFECYCLE_PARAM)) ?? lifecycleFrom(fromProperties) ?? 'prince2';
}

/** The address `href` with `?lifecycle=` set to `lifecycle` (other parameters and the hash kept). */
export function withLifecycle(href: string, lifecycle: LifecycleCode): string {
  const url = new URL(href);
  url.searchParams.set(LIFECYCLE_PARAM, lifecycle);
  return url.toString();
}
