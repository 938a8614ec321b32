/**
 * Paging of long tables onto several slides: rows go onto a page while both its row count and its
 * estimated lines (a row whose text wraps takes several) stay within the page's limits.
 */

/** The limits of one page of a table. */
export interface IPageLimits {
  /** At most this many rows per page (≥ 1). */
  rows: number;
  /** At most this many lines per page (≥ 1); a row longer than that still gets a page of its own. */
  lines: number;
}

/**
 * About how many lines a text takes in a column that holds `charsPerLine` characters a line: its
 * explicit lines, each wrapped (at least 1).
 */
export function textLines(text: string | undefined, charsPerLine: number): number {
  if (!text) return 1;
  const width = Math.max(1, Math.floor(charsPerLine));
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(Array.from(line).length / width)), 0);
}

/**
 * `items` in pages, in order: a page takes items while it holds fewer than `limits.rows` and their
 * lines (`linesOf`, at least 1 each) stay within `limits.lines`; an item that alone exceeds the
 * lines starts a page of its own. No items give one empty page (a table that says "none").
 */
export function paginate<T>(items: ReadonlyArray<T>, limits: IPageLimits, linesOf: (item: T) => number = () => 1): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let lines = 0;
  for (const item of items) {
    const n = Math.max(1, linesOf(item));
    if (page.length > 0 && (page.length >= limits.rows || lines + n > limits.lines)) {
      pages.push(page);
      page = [];
      lines = 0;
    }
    page.push(item);
    lines += n;
  }
  pages.push(page);
  return pages;
}
