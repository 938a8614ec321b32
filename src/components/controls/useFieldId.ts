import * as React from 'react';

let next = 0;

/** A stable id for a field and its label, message and hint (React 17 has no `useId`). */
export function useFieldId(prefix: string, given?: string): string {
  const ref = React.useRef<string>();
  if (!ref.current) ref.current = given ?? `${prefix}-${++next}`;
  return ref.current;
}
