import type { IQueryableInternal, Queryable } from '@pnp/queryable';
import type { TimelinePipe } from '@pnp/core';

/** Options of {@link RetryThrottled}. */
export interface IRetryThrottledOptions {
  /** Attempts in all, the first one included (default 10, at least 1). */
  attempts?: number;
  /** Wait before the first retry when the answer has no usable Retry-After, in ms (default 250); doubles each retry. */
  baseDelayMs?: number;
  /** Ceiling of the doubling wait, in ms (default 10,000). A Retry-After the server sends is honoured as sent. */
  maxDelayMs?: number;
}

/** The statuses SharePoint answers BEFORE doing any work: throttled (429) and server too busy (503). */
const RETRIED_STATUSES: ReadonlySet<number> = new Set([429, 503]);

/**
 * The wait a `Retry-After` header asks for, in ms: delta-seconds (`"3"`) or an HTTP-date
 * (`"Wed, 21 Oct 2026 07:28:00 GMT"`, measured from `now`, never negative); undefined when the
 * header is absent or unreadable.
 */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | undefined { // eslint-disable-line @rushstack/no-new-null -- Headers.get answers null
  if (header === null) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** True for a request that does nothing when sent twice (a read). */
function isRead(init: RequestInit): boolean {
  const method = (init.method ?? 'GET').toUpperCase();
  return method === 'GET' || method === 'HEAD';
}

/** Waits `ms`, or rejects as soon as `signal` aborts. */
function wait(ms: number, signal?: AbortSignal | null): Promise<void> { // eslint-disable-line @rushstack/no-new-null -- RequestInit.signal may be null
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason instanceof Error ? signal.reason : new Error('The request was aborted.'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason instanceof Error ? signal.reason : new Error('The request was aborted.'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * PMO Hub's retry policy as a PnPjs behavior: it replaces the `send` moment (apply it AFTER
 * `SPFx(context)` / `SPBrowser()`, which install PnPjs' own `BrowserFetchWithRetry`).
 *
 * - Retried: answers 429 (throttled) and 503 (server too busy), which SharePoint gives before it
 *   does any work, so a write retried after them is written once. A `$batch` is one request:
 *   SharePoint throttles the whole batch, and a retry sends it whole again.
 * - Up to `attempts` (10) in all. The wait is the answer's `Retry-After` (seconds or an HTTP-date),
 *   honoured as sent; without one it doubles from `baseDelayMs` up to `maxDelayMs`.
 * - Never retried: any other status (a 2xx, 4xx, 500 or 504 is handed to the parser as it is: a
 *   timeout or a 500 may come after the work was done), and a network failure of a write (the
 *   server may have done the work before the connection broke); a read is retried after one.
 * - After the last attempt the last 429/503 answer goes to the parser, which raises PnPjs'
 *   `HttpRequestError` with its status, so callers see "throttled", not a generic failure.
 * - An aborted request (`init.signal`) stops waiting at once.
 */
export function RetryThrottled(options: IRetryThrottledOptions = {}): TimelinePipe<Queryable> {
  const attempts = Math.max(1, Math.floor(options.attempts ?? 10));
  const base = options.baseDelayMs ?? 250;
  const cap = options.maxDelayMs ?? 10_000;
  return (instance: Queryable) => {
    instance.on.send.replace(async function (this: IQueryableInternal, url: URL, init: RequestInit): Promise<Response> {
      let backoff = base;
      for (let attempt = 1; ; attempt++) {
        let response: Response;
        try {
          this.log(`Fetch: ${init.method ?? 'GET'} ${url.toString()} (attempt ${attempt})`, 0);
          response = await fetch(url.toString(), init);
        } catch (e) {
          if ((e instanceof Error && e.name === 'AbortError') || !isRead(init) || attempt >= attempts) throw e;
          await wait(Math.min(backoff, cap), init.signal);
          backoff *= 2;
          continue;
        }
        if (!RETRIED_STATUSES.has(response.status) || attempt >= attempts) return response;
        const asked = retryAfterMs(response.headers.get('Retry-After'));
        // The throttled answer's body is not needed: read it so that the connection is released.
        await response.text().catch(() => '');
        await wait(asked ?? Math.min(backoff, cap), init.signal);
        if (asked === undefined) backoff *= 2;
      }
    });
    return instance;
  };
}
