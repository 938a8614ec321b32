import * as React from 'react';

/** What a section shows: loading, an error, or its data. */
export type Load<T> = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; data: T };

/**
 * Loads data with `read` when `key` changes, and again on `reload` (after a save, or "Try again").
 * A reload keeps the data on screen until the new data is there, so the heat map and the lists
 * change in place; a load overtaken by a later one (or by unmounting) is not shown.
 * @param key Changes when what is read changes (e.g. the project's id, the filter).
 */
export function useLoad<T>(read: () => Promise<T>, key: string): { load: Load<T>; reload: () => Promise<void> } {
  const [load, setLoad] = React.useState<Load<T>>({ status: 'loading' });
  const current = React.useRef(0);
  const readRef = React.useRef(read);
  readRef.current = read;
  const fetch = React.useCallback(async (showLoading: boolean): Promise<void> => {
    const call = ++current.current;
    if (showLoading) setLoad({ status: 'loading' });
    try {
      const data = await readRef.current();
      if (call === current.current) setLoad({ status: 'ready', data });
    } catch (error) {
      if (call === current.current) setLoad({ status: 'error', error });
    }
  }, []);
  React.useEffect(() => {
    void fetch(true);
    const calls = current;
    return () => { calls.current++; };
  }, [fetch, key]);
  return { load, reload: () => fetch(false) };
}
