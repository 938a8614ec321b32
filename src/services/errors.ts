/**
 * Turns what PnPjs and the Graph client throw into something a web part can tell its user: a kind
 * (which picks a localized sentence) and SharePoint's or Graph's own message (shown after it).
 */
export type PmoErrorKind =
  | 'forbidden'     // 401/403: the user lacks rights
  | 'notFound'      // 404: list or item not there (or not visible)
  | 'conflict'      // 412: someone else saved first (stale ETag)
  | 'validation'    // 400: a field value was refused
  | 'threshold'     // the 5,000-item list view threshold
  | 'throttled'     // 429/503 after all retries
  | 'network'       // no answer at all
  | 'unknown';

export interface IPmoError {
  kind: PmoErrorKind;
  status?: number;
  /** The server's own message (SharePoint odata.error.message.value or Graph error.message), if any. */
  detail: string;
}

/**
 * A search refused before any request: the text is longer than PMO Hub searches (MAX_SEARCH_LENGTH
 * of src/domain/text). Without it the request line would pass what SharePoint and Graph accept
 * (HTTP 414/431) and fail as "search failed".
 */
export class SearchTextTooLongError extends Error {
  /** The search text's length, in characters. */
  public readonly length: number;
  /** The most characters a search takes. */
  public readonly maxLength: number;

  public constructor(length: number, maxLength: number) {
    super(`The search text is too long: ${length} characters, at most ${maxLength} are searched.`);
    this.name = 'SearchTextTooLongError';
    this.length = length;
    this.maxLength = maxLength;
    // ES5 target: keep instanceof working for a subclass of Error.
    Object.setPrototypeOf(this, SearchTextTooLongError.prototype);
  }
}

/**
 * A conflict PMO Hub found itself before writing anything: what the user read changed meanwhile (e.g.
 * rows someone else added, changed or removed). Described as kind 'conflict', status 412, like
 * SharePoint's stale-ETag answer, and without a detail: its message is for logs, not for the user
 * (who reads the localized "someone else saved first" sentence in their own language).
 */
export class ChangedMeanwhileError extends Error {
  public readonly status: number = 412;

  public constructor(message: string) {
    super(message);
    this.name = 'ChangedMeanwhileError';
    // ES5 target: keep instanceof working for a subclass of Error.
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

const PNP_PREFIX = /^Error making HttpClient request in queryable \[(\d{3})\][^:]*::>\s*/;

function serverMessage(body: string): string {
  try {
    const json = JSON.parse(body) as Record<string, unknown>;
    const odata = (json['odata.error'] ?? (json.error as Record<string, unknown> | undefined)) as Record<string, unknown> | undefined;
    const message = odata?.message;
    if (typeof message === 'string') return message;
    if (message && typeof (message as { value?: unknown }).value === 'string') return (message as { value: string }).value;
  } catch {
    // not JSON: fall through to the raw text
  }
  return body;
}

const KINDS: ReadonlyArray<PmoErrorKind> = ['forbidden', 'notFound', 'conflict', 'validation', 'threshold', 'throttled', 'network', 'unknown'];

/** Whether a value is already a described error (not an Error object). */
function isPmoError(e: unknown): e is IPmoError {
  const v = e as Partial<IPmoError> | undefined;
  return !!v && !(e instanceof Error) && typeof v.detail === 'string' && KINDS.indexOf(v.kind as PmoErrorKind) >= 0;
}

/** Classifies an error thrown by PnPjs, the Graph client or fetch; an already described error is returned as it is. */
export function describeError(e: unknown): IPmoError {
  if (isPmoError(e)) return e;
  if (e instanceof SearchTextTooLongError) return { kind: 'validation', detail: e.message };
  if (e instanceof ChangedMeanwhileError) return { kind: 'conflict', status: 412, detail: '' };
  const err = e as { status?: number; statusCode?: number; message?: string; name?: string } | undefined;
  const text = String(err?.message ?? e ?? '');
  const prefixed = PNP_PREFIX.exec(text);
  const status = err?.status ?? (typeof err?.statusCode === 'number' && err.statusCode > 0 ? err.statusCode : undefined) ?? (prefixed ? Number(prefixed[1]) : undefined);
  const detail = prefixed ? serverMessage(text.slice(prefixed[0].length)) : text;
  let kind: PmoErrorKind = 'unknown';
  if (/SPQueryThrottledException|list view threshold/i.test(text)) kind = 'threshold';
  else if (status === 401 || status === 403) kind = 'forbidden';
  else if (status === 404) kind = 'notFound';
  else if (status === 412) kind = 'conflict';
  else if (status === 400) kind = 'validation';
  else if (status === 429 || status === 503 || status === 504) kind = 'throttled';
  else if (status === undefined && /fetch|network|ECONNREFUSED|Failed to fetch/i.test(text)) kind = 'network';
  return { kind, status, detail };
}

/**
 * Whether SharePoint refused a write because a column that enforces unique values (EnforceUniqueValues)
 * already holds the value in another item: HTTP 400 with SPDuplicateValuesFoundException (-2130575169),
 * "…duplicate values were found in the following field(s)…". A service maps it to the field it wrote
 * (two saves of the same code at once pass the service's own check; SharePoint keeps the second out).
 */
export function isDuplicateValueError(e: unknown): boolean {
  const text = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  return /SPDuplicateValuesFoundException|-2130575169|duplicate values were found/i.test(text);
}
