/** Test support: the HTTP requests made while a call runs (PnPjs and the Graph client both call global fetch). */

/** Runs `fn` and lists its requests as 'METHOD url', in order. */
export async function countRequests<T>(fn: () => Promise<T>): Promise<{ result: T; requests: string[] }> {
  const original = global.fetch;
  const requests: string[] = [];
  global.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(`${init?.method ?? 'GET'} ${String(input instanceof Request ? input.url : input)}`);
    return original(input, init);
  }) as typeof fetch;
  try {
    return { result: await fn(), requests };
  } finally {
    global.fetch = original;
  }
}
