import * as React from 'react';

/** What {@link useEditorSlot} gives a section of the page. */
export interface IEditorSlot<K> {
  /** The item whose editor is open ('new': a new one), or undefined. */
  open: K | 'new' | undefined;
  /** Opens (or with undefined closes) the editor; the last change's message goes. */
  setOpen: (v: K | 'new' | undefined) => void;
  /** The message of the last change (shown until the next editor opens). */
  done?: string;
  /** An editor finished a change: it closes, its message shows, and the page reads itself again. */
  onDone: (message: string) => void;
}

/**
 * One editor at a time under a section's table (milestones, budget lines), opened by "Add" or a
 * row's "Edit". The editor's chunk is preloaded once the page is on screen when editing is offered,
 * so that it opens at once.
 */
export function useEditorSlot<K>(offered: boolean, preload: () => Promise<void>, reload: () => void | Promise<void>): IEditorSlot<K> {
  const [open, setOpen] = React.useState<K | 'new' | undefined>(undefined);
  const [done, setDone] = React.useState<string | undefined>(undefined);
  React.useEffect(() => {
    if (offered) void preload().catch(() => undefined);
  }, [offered, preload]);
  const onDone = (message: string): void => {
    setOpen(undefined);
    setDone(message);
    void reload();
  };
  return { open, setOpen: v => { setDone(undefined); setOpen(v); }, done, onDone };
}
