/**
 * Typed rows of the generated lists. A row's values are keyed by its list's internal names, taken
 * from the schema's typed references (`RisksList.fields.RiskStatus`), so a column the list does not
 * define is a compile error. `SeedLists` holds the rows of every list in write order; a row is
 * addressed by its index in its list, which is what lookups (`ref`) and JSON references point at.
 */
import type { FieldName, ListKey } from '../../src/schema';
import type { ISeedList, ISeedRow, SeedValue } from './model';

/** Column values of one row of list K by internal name; undefined values are left out of the row. */
export type SeedValues<K extends ListKey> = { readonly [P in FieldName<K>]?: SeedValue | undefined };

/** A list as the generator needs it: its schema key (a typed reference such as `ProjectsList`). */
export interface ISeedListRef<K extends ListKey = ListKey> {
  readonly key: K;
}

/**
 * One row of `list`: the values (without undefined ones), then its author or file.
 * `list` types the values' keys; the row itself does not name its list.
 */
export function row<K extends ListKey>(list: ISeedListRef<K>, values: SeedValues<K>, extra?: Omit<ISeedRow, 'values'>): ISeedRow {
  const clean: Record<string, SeedValue> = {};
  for (const [k, v] of Object.entries(values) as Array<[string, SeedValue | undefined]>) if (v !== undefined) clean[k] = v;
  return { values: clean, ...extra };
}

/** The rows of every list, in the order the lists are written. */
export class SeedLists {
  private readonly lists: Map<string, ISeedRow[]>;

  /** @param order the lists in write order (every list rows are appended to must be among them). */
  public constructor(private readonly order: ReadonlyArray<ISeedListRef>) {
    this.lists = new Map(order.map(l => [l.key, [] as ISeedRow[]]));
  }

  /**
   * Appends rows to a list.
   * @returns the index of the first appended row in its list.
   * @throws Error when the list is not one of the generated lists.
   */
  public append(list: ISeedListRef, rows: ReadonlyArray<ISeedRow>): number {
    const target = this.rows(list);
    const first = target.length;
    for (const r of rows) target.push(r);
    return first;
  }

  /**
   * The rows of a list so far (the array itself: later appends show in it).
   * @throws Error when the list is not one of the generated lists.
   */
  public rows(list: ISeedListRef): ISeedRow[] {
    const rows = this.lists.get(list.key);
    if (!rows) throw new Error(`The generator has no list ${list.key}`);
    return rows;
  }

  /** Every list with its rows, in write order. */
  public all(): ISeedList[] {
    return this.order.map(l => ({ key: l.key, rows: this.rows(l) }));
  }
}
