import type { Queryable } from '@pnp/queryable';
import type { TimelinePipe } from '@pnp/core';

/**
 * A PnPjs behaviour that reads the (empty) body of a response with `Content-Length: 0` before the
 * parser sees it, and hands the parser an equal response whose body is not tied to the network.
 *
 * Why: SharePoint answers an item DELETE (and some POSTs) with 200 and an empty body, and PnPjs'
 * DefaultParse returns `{}` for such a response without reading the body. Chromium then cancels the
 * unread body stream and reports the request as failed (`net::ERR_ABORTED`) although the server did
 * the work: every publish showed a "failed" DELETE of its draft. 204 responses have no body stream
 * and are left as they are.
 *
 * Apply it after the behaviour that sets the parser (`SPBrowser`, `SPFx`): a parser set later with
 * `on.parse.replace` drops it, which is harmless for parsers that read the body themselves.
 */
export function ReadEmptyBodies(): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.parse.prepend(async (url: URL, response: Response, result: unknown): Promise<[URL, Response, unknown]> => {
      if (response.status !== 204 && response.headers.get('Content-Length') === '0' && response.body && !response.bodyUsed) {
        await response.text();
        response = new Response(null, { status: response.status, statusText: response.statusText, headers: response.headers });
      }
      return [url, response, result];
    });
    return instance;
  };
}
