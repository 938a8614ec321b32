/** The one error text of PMO Hub: the same sentence and detail wherever an error is shown. */
import * as strings from 'PmoHubStrings';
import { errorParts, errorText } from './errorText';
import { describeError } from '../../services/errors';

function httpError(status: number, message: string): Error {
  return Object.assign(new Error(`Error making HttpClient request in queryable [${status}] Bad ::> {"odata.error":{"message":{"value":"${message}"}}}`), { status });
}

describe('errorText', () => {
  it('gives the sentence of the kind and, for a refused value, the server message, the same for a raw and an already described error', () => {
    const raw = httpError(400, 'Budget: the value must be 0 or more.');
    expect(errorParts(raw)).toEqual({ sentence: strings.Error_validation, detail: 'Budget: the value must be 0 or more.' });
    expect(errorText(describeError(raw))).toBe(errorText(raw));
    const stale = httpError(412, 'The version has changed.');
    expect(errorParts(stale)).toEqual({ sentence: strings.Error_conflict, detail: undefined });
    expect(errorText(describeError(stale))).toBe(errorText(stale));
  });

  it('falls back to the unknown sentence, and leaves out a detail that repeats it', () => {
    expect(errorParts(new Error(strings.Error_unknown))).toEqual({ sentence: strings.Error_unknown, detail: undefined });
    expect(errorText(undefined)).toBe(strings.Error_unknown);
  });
});
