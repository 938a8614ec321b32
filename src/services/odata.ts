/**
 * Escaping of user values placed in OData queries: SharePoint REST `$filter`, Graph `$filter` and
 * Graph `$search`. Never build a query from user text without these.
 */

/** An OData string literal for SharePoint or Graph `$filter`: quoted, single quotes doubled (`O'Neil` → `'O''Neil'`). */
export function odataString(value: string): string {
  return `'${String(value).replace(/'/g, "''")}'`;
}

/** `field eq 'value'` with the value escaped. `field` must be an internal name from the schema, never user text. */
export function odataEq(field: string, value: string | number | boolean): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)?$/.test(field)) throw new Error(`Not a field name: ${field}`);
  if (typeof value === 'number') {
    if (!isFinite(value)) throw new Error(`Not a finite number: ${value}`);
    return `${field} eq ${value}`;
  }
  if (typeof value === 'boolean') return `${field} eq ${value ? 1 : 0}`;
  return `${field} eq ${odataString(value)}`;
}

/**
 * A Graph `$search` clause `"property:text"`: the whole clause is in double quotes, so double
 * quotes and backslashes in the text are escaped with a backslash.
 */
export function graphSearchClause(property: string, text: string): string {
  if (!/^[A-Za-z]+$/.test(property)) throw new Error(`Not a property name: ${property}`);
  return `"${property}:${String(text).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * A Graph entity key in key syntax, e.g. `('o''neil%40contoso.com')` for `/users('…')`: quotes
 * doubled inside the literal, then percent-encoded as a path segment.
 */
export function graphKey(value: string): string {
  return `('${encodeURIComponent(String(value).replace(/'/g, "''"))}')`;
}
