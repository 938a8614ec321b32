import * as strings from 'PmoHubStrings';
import { describeError } from '../../services/errors';

/** What to tell the user about an error, in their language. */
export interface IErrorParts {
  /** The sentence of the error's kind (no access, throttled, conflict, …); a general sentence for an unknown kind. */
  sentence: string;
  /** SharePoint's or Graph's own message, when it says more than the sentence. */
  detail?: string;
}

/**
 * The kinds whose localized sentence says all the user can act on. SharePoint's own message for them
 * is generic ("Access denied…", "Item does not exist…", a throttling or network text) and in the
 * server's language, not necessarily the user's, so it is left out: a French user refused by
 * SharePoint reads one French sentence, not a French sentence ending in English.
 */
const SENTENCE_ONLY: ReadonlyArray<string> = ['forbidden', 'notFound', 'conflict', 'threshold', 'throttled', 'network'];

/**
 * The one place PMO Hub turns an error into user-facing text: the localized sentence of its kind
 * (`Error_<kind>`, else `Error_unknown`, else `ErrorTitle`) and, for a refused value or an unknown
 * error, the server's own message (which names the field or says what happened).
 * @param error anything thrown by PnPjs, the Graph client or fetch, or an already described error.
 */
export function errorParts(error: unknown): IErrorParts {
  const e = describeError(error);
  const table = strings as unknown as Record<string, string | undefined>;
  const sentence = table[`Error_${e.kind}`] || table.Error_unknown || strings.ErrorTitle;
  const detail = SENTENCE_ONLY.indexOf(e.kind) < 0 && e.detail && e.detail !== sentence ? e.detail : undefined;
  return { sentence, detail };
}

/** {@link errorParts} as one line: "sentence detail". */
export function errorText(error: unknown): string {
  const p = errorParts(error);
  return p.detail ? `${p.sentence} ${p.detail}` : p.sentence;
}
