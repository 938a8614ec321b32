/**
 * Fills `{0}`, `{1}`, … in a localized template. Missing arguments leave the placeholder as it is,
 * so a translation error shows up instead of silently dropping text.
 */
export function formatString(template: string, ...args: Array<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (match: string, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? match : String(value);
  });
}

/**
 * The plural form a count takes in a language, formatted: `forms.one` where the locale's CLDR plural
 * rules (Intl.PluralRules) put `count` in the category 'one' (English and German 1; French 0 and 1),
 * `forms.other` otherwise (languages with further categories fall back to it). `args` fill {0}, {1}, …
 * @example formatPlural({ one: '{0} request', other: '{0} requests' }, 1, 'en-us', 1) → '1 request'
 */
export function formatPlural(forms: { one?: string; other: string }, count: number, locale: string, ...args: Array<string | number>): string {
  let category = 'other';
  try {
    category = new Intl.PluralRules(locale).select(count);
  } catch {
    category = count === 1 ? 'one' : 'other';
  }
  return formatString(category === 'one' && forms.one ? forms.one : forms.other, ...args);
}

/** The most characters a SharePoint single line of text (a Text column, Title) holds: 255 UTF-16 code units, as SharePoint counts them. */
export const TEXT_MAX_LENGTH: number = 255;

/**
 * Whether text a user typed is longer than a column holds once its ends are trimmed (UTF-16 code
 * units, as SharePoint counts: an emoji outside the BMP counts 2). A service refuses such text and
 * names its field; it never cuts it (a cut can also split an emoji in half).
 */
export function isTooLong(text: string | undefined, max: number = TEXT_MAX_LENGTH): boolean {
  return (text ?? '').trim().length > max;
}

/**
 * Text PMO Hub makes itself (a title made of other values) cut to at most `max` UTF-16 code units,
 * between characters: never inside an emoji's surrogate pair. Not for what a user typed: that is
 * refused when too long ({@link isTooLong}), never cut.
 */
export function fitToLength(text: string, max: number = TEXT_MAX_LENGTH): string {
  if (text.length <= max) return text;
  let out = '';
  for (const ch of Array.from(text)) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/** The longest search text PMO Hub matches or sends to SharePoint or Graph, in characters (code points). */
export const MAX_SEARCH_LENGTH: number = 255;

/** Search input made safe to match and to send (see cleanSearchInput). */
export interface ISearchInput {
  /** The text to search for: no control characters, whitespace collapsed to single spaces, trimmed, at most the limit. */
  text: string;
  /** The cleaned input's length in characters (code points), before it was cut to the limit. */
  length: number;
  /** True when the cleaned input was longer than the limit (`text` is then cut to it). */
  tooLong: boolean;
  /** True when the input held something, but nothing that can occur in text (only control characters): it matches nothing. */
  unsearchable: boolean;
}

/**
 * Bounds and cleans what a user typed or pasted into a search box, for every search of the product:
 * control characters (C0 and C1, U+FFFE, U+FFFF) are dropped, as no text PMO Hub stores holds them
 * (SharePoint cannot even query them); every run of whitespace (tab, line breaks…) becomes one space;
 * the ends are trimmed; the result is cut to `max` characters and flagged `tooLong`.
 */
export function cleanSearchInput(raw: string, max: number = MAX_SEARCH_LENGTH): ISearchInput {
  // eslint-disable-next-line no-control-regex -- control characters are what is dropped
  const kept = String(raw ?? '').replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g, '');
  const text = kept.replace(/\s+/g, ' ').trim();
  const chars = Array.from(text);
  return {
    text: chars.length > max ? chars.slice(0, max).join('').trim() : text,
    length: chars.length,
    tooLong: chars.length > max,
    unsearchable: text === '' && String(raw ?? '').trim() !== ''
  };
}
