/**
 * Choice values of the generated rows, taken from the schema (`RisksList.choices.RiskStatus`). The
 * schema's typed references give a choice column's values as strings, not as literal types, so the
 * generator names a code and `choiceCodes` checks it against the column when the data is generated:
 * a code the column does not offer fails every run (and the tests), not only the write to SharePoint.
 * Columns whose codes the domain vocabulary types (lifecycle, stage, RAG, intake state, priority)
 * use those types instead (src/domain/vocabulary.ts).
 */

/** The codes of one choice column. */
export interface IChoiceCodes {
  /**
   * The column's stored code `code`.
   * @throws Error naming the column's codes when it does not offer `code`.
   */
  (code: string): string;
  /** Codes with weights for `Rng.weighted`, each checked like a single code; the same array. */
  weights<T extends string>(weights: ReadonlyArray<readonly [T, number]>): ReadonlyArray<readonly [T, number]>;
  /** Several codes (a MultiChoice value), each checked; a new array in the same order. */
  many(codes: ReadonlyArray<string>): string[];
}

/** The codes of a choice column, from its values in the schema (`XList.choices.Y`). */
export function choiceCodes(choices: ReadonlyArray<string>): IChoiceCodes {
  const code = (value: string): string => {
    const i = choices.indexOf(value);
    if (i < 0) throw new Error(`'${value}' is not a choice of the column (${choices.join(', ')})`);
    return choices[i];
  };
  const weights = <T extends string>(w: ReadonlyArray<readonly [T, number]>): ReadonlyArray<readonly [T, number]> => {
    for (const [value] of w) code(value);
    return w;
  };
  const many = (values: ReadonlyArray<string>): string[] => values.map(code);
  return Object.assign(code, { weights, many });
}
