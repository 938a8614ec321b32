/**
 * The most characters a list column holds, from `src/schema`: what a service checks a user's text
 * against before writing it, so that it refuses over-long text naming the field instead of cutting
 * it or passing SharePoint's 400 ("The value is longer than the maximum length…") to the user.
 */
import { listByKey, pmoSchema } from '../schema/pmoSchema';
import { TEXT_MAX_LENGTH } from '../domain/text';
import type { ListKey } from '../schema/refs';

/**
 * The most characters the column `column` of list `list` holds: Title and a Text column their
 * maxLength (SharePoint's default 255); undefined for any other column (a Note holds far more).
 * @throws Error naming list and column when the schema has no such column (a programming error).
 */
export function textLimitOf(list: ListKey, column: string): number | undefined {
  if (column === 'Title') return TEXT_MAX_LENGTH;
  const field = listByKey(pmoSchema, list).fields.filter(f => f.name === column)[0];
  if (!field) throw new Error(`The schema's list ${list} has no column ${column}`);
  return field.type === 'Text' ? field.maxLength ?? TEXT_MAX_LENGTH : undefined;
}
