/** Sorting the portfolio: locale-aware text comparison, multi-key sort and header-click toggling. */
import { columnValue, type PortfolioColumnKey } from './columns';
import type { IPortfolioRow } from './row';

/** One sort key. */
export interface ISortKey {
  column: PortfolioColumnKey;
  descending: boolean;
}

/** A comparer of text in a locale (accents ignored at the first level, numbers in numeric order). */
export type TextCompare = (a: string, b: string) => number;

/** The default text comparer: Intl.Collator of the locale. */
export function textComparer(locale: string): TextCompare {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return (a, b) => collator.compare(a, b);
}

/**
 * Sorts rows by several keys (stable; ties keep the input order, then ID). Empty values sort last
 * in both directions; RAG columns sort by severity (ascending: Green, Amber, Red).
 */
export function sortRows(rows: ReadonlyArray<IPortfolioRow>, keys: ReadonlyArray<ISortKey>, compare: TextCompare = textComparer('en')): IPortfolioRow[] {
  const indexed = rows.map((row, i) => ({ row, i }));
  indexed.sort((x, y) => {
    for (const k of keys) {
      const a = columnValue(x.row, k.column);
      const b = columnValue(y.row, k.column);
      if (a === undefined && b === undefined) continue;
      if (a === undefined) return 1;
      if (b === undefined) return -1;
      let c = typeof a === 'number' && typeof b === 'number' ? a - b : compare(String(a), String(b));
      if (k.descending) c = -c;
      if (c !== 0) return c;
    }
    return x.i - y.i;
  });
  return indexed.map(x => x.row);
}

/**
 * The sort after a click on a column header: the clicked column becomes the first key (ascending,
 * or flipped if it already was first); with `add` (Shift+click) it is added or flipped as a further
 * key instead.
 */
export function toggleSort(sort: ReadonlyArray<ISortKey>, column: PortfolioColumnKey, add: boolean = false): ISortKey[] {
  const existing = sort.filter(k => k.column === column)[0];
  if (add) {
    if (existing) return sort.map(k => (k.column === column ? { column, descending: !k.descending } : k));
    return [...sort, { column, descending: false }];
  }
  if (sort.length > 0 && sort[0].column === column) return [{ column, descending: !sort[0].descending }];
  return [{ column, descending: false }];
}
