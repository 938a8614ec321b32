/**
 * User text on its way into Office files, and the files' names.
 *
 * Office Open XML files are XML 1.0: a character XML cannot carry (a control character pasted from
 * another program, a lone surrogate) makes PowerPoint or Excel refuse the file or "repair" it.
 * pptxgenjs escapes markup characters but writes the others as they come, so every user text goes
 * through `officeSafeText` first.
 *
 * Formulas: a text starting with `=`, `+`, `-`, `@`, a tab or a carriage return is kept as written.
 * It cannot become a formula: the Excel report writes user text as string cells (`t="s"`, never an
 * `<f>` element) in the Text number format (`@`), so Excel neither evaluates it on opening nor when
 * the cell is edited; PowerPoint has no formulas. Changing the text (a leading apostrophe, as CSV
 * exports do) would show the board a title its project manager never wrote.
 */

/** Whether a UTF-16 code unit may stand in an XML 1.0 document outside a surrogate pair (tab, LF, CR, and U+0020 upwards except surrogates, U+FFFE and U+FFFF). */
function isXmlUnit(code: number): boolean {
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  return (code < 0xd800 || code > 0xdfff) && code !== 0xfffe && code !== 0xffff;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * A user text as an Office file can hold it: characters XML 1.0 cannot carry are left out (C0
 * control characters other than tab, line feed and carriage return; U+FFFE and U+FFFF; lone
 * surrogates), and line breaks are written as line feeds (CR LF and a lone CR become LF). Everything
 * else, a leading `=`, `+`, `-` or `@` included, stays as written (see the module's description).
 * `undefined` gives ''.
 */
export function officeSafeText(text: string | undefined): string {
  if (!text) return '';
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1))) {
      i++;
    } else if (code === 0x0d) {
      parts.push(text.slice(start, i), '\n');
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
    } else if (!isXmlUnit(code)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (start === 0) return text;
  parts.push(text.slice(start));
  return parts.join('');
}

/**
 * A text shortened to at most `max` characters (code points) for a place of fixed size, ending in
 * '…' when it was cut; the text as it is when it fits.
 */
export function clipText(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('').trimEnd()}…`;
}

/** A run of characters SharePoint refuses in a file name (and '#', '%', which break links) with the spaces around them; control characters are made '|' first. */
const UNSAFE_RUN = /\s*(?:["*:<>?/\\|#%]\s*)+/g;

/**
 * A name SharePoint accepts as a file name: each run of characters it refuses (`"*:<>?/\|#%` and
 * control characters) is dropped where it stands next to a space or at either end ("Afdeling:
 * Finance" → "Afdeling Finance", "Service : Finance" → "Service Finance", "Why?" → "Why"), and
 * becomes '-' where it joins two words ("R&D/IT" → "R&D-IT", "2026:Q4" → "2026-Q4"); spaces are
 * collapsed, leading and trailing dots and spaces removed, and the name cut at 120 characters.
 */
export function safeFileName(name: string): string {
  const printable = Array.from(name).map(c => (c.charCodeAt(0) < 32 ? '|' : c)).join('');
  const replaced = printable.replace(UNSAFE_RUN, (run: string, offset: number) => {
    const atEnd = offset === 0 || offset + run.length === printable.length;
    return /\s/.test(run) || atEnd ? ' ' : '-';
  });
  return replaced.replace(/\s+/g, ' ').replace(/^[\s.]+|[\s.]+$/g, '').slice(0, 120);
}

/**
 * A report's file name: "<base> – <subject> – <day>.<extension>" (the subject left out when empty),
 * made safe for SharePoint (`safeFileName`); the day keeps it apart from the reports of other days.
 * @example reportFileName('Status report', 'ERP upgrade', '2027-03-31', 'pptx') → 'Status report – ERP upgrade – 2027-03-31.pptx'
 */
export function reportFileName(base: string, subject: string | undefined, day: string, extension: 'pptx' | 'xlsx'): string {
  const parts = [base, subject ?? '', day].map(p => p.trim()).filter(p => p !== '');
  return `${safeFileName(parts.join(' – '))}.${extension}`;
}
