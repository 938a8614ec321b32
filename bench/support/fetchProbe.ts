/** Benchmark support: counting the HTTP requests a call makes, and the threshold errors in their answers. */

/** The SharePoint error a list-view-threshold refusal carries in its body. */
export const THRESHOLD_ERROR: RegExp = /SPQueryThrottledException/g;

/**
 * Runs `fn` with global fetch counted (PnPjs and the Graph client call it) and, with `inspect`,
 * every response's body searched for {@link THRESHOLD_ERROR}.
 * @returns fn's result, the number of requests, the threshold errors found (0 without `inspect`).
 */
export async function withFetchProbe<T>(inspect: boolean, fn: () => Promise<T>): Promise<{ result: T; requests: number; thresholdErrors: number }> {
  const original = globalThis.fetch;
  let requests = 0;
  let thresholdErrors = 0;
  const pending: Array<Promise<void>> = [];
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    requests++;
    const res = await original(input, init);
    if (inspect) pending.push(res.clone().text().then(t => { thresholdErrors += (t.match(THRESHOLD_ERROR) ?? []).length; }));
    return res;
  }) as typeof fetch;
  try {
    const result = await fn();
    await Promise.all(pending);
    return { result, requests, thresholdErrors };
  } finally {
    globalThis.fetch = original;
  }
}

/** The median of a non-empty list of numbers (the upper one of the two middle values for an even count). */
export function median(xs: ReadonlyArray<number>): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
