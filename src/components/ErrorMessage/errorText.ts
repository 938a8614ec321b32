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
 * The one place PMO Hub turns an error into user-facing text: the localized sentence of its kind
 * (`Error_<kind>`, else `Error_unknown`, else `ErrorTitle`) and the server's own message.
 * @param error anything thrown by PnPjs, the Graph client or fetch, or an already described error.
 */
export function errorParts(error: unknown): IErrorParts {
  const e = describeError(error);
  const table = strings as unknown as Record<string, string | undefined>;
  const sentence = table[`Error_${e.kind}`] || table.Error_unknown || strings.ErrorTitle;
  return { sentence, detail: e.detail && e.detail !== sentence ? e.detail : undefined };
}

/** {@link errorParts} as one line: "sentence detail". */
export function errorText(error: unknown): string {
  const p = errorParts(error);
  return p.detail ? `${p.sentence} ${p.detail}` : p.sentence;
}
