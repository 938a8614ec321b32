import * as React from 'react';
import { describeError } from '../../../services/errors';
import { errorText } from '../../ErrorMessage';
import type { NoticeKind } from '../../controls';

/** How an editor's write went wrong, as the editor tells it. */
export interface ISaveRunnerTexts {
  /** Someone saved first (HTTP 412): the item is read again. */
  conflict: string;
  /** The item was deleted meanwhile (HTTP 404). */
  gone: string;
}

/** What {@link useSaveRunner} gives an editor. */
export interface ISaveRunner {
  busy: boolean;
  notice?: { kind: NoticeKind; text: string };
  /**
   * Runs a write: `send` resolves with the message of what was done, passed to `onDone`. A refusal
   * `refused` recognises (a service's refusal naming a field) goes to it; a conflict says so and
   * calls `onReload` (the page reads the item again, with its new ETag); any other error is shown.
   */
  run: (send: () => Promise<string>, refused: (e: unknown) => boolean) => Promise<void>;
}

/** The write cycle of the Project page's editors: busy while sending, what went wrong, nothing set once unmounted. */
export function useSaveRunner(texts: ISaveRunnerTexts, onDone: (message: string) => void, onReload: () => Promise<void>): ISaveRunner {
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<{ kind: NoticeKind; text: string } | undefined>(undefined);
  const mounted = React.useRef(true);
  React.useEffect(() => () => { mounted.current = false; }, []);
  const run = async (send: () => Promise<string>, refused: (e: unknown) => boolean): Promise<void> => {
    setBusy(true);
    setNotice(undefined);
    try {
      // On success the editor closes (unmounts): nothing is set after.
      onDone(await send());
    } catch (e) {
      if (!mounted.current || refused(e)) return;
      const kind = describeError(e).kind;
      if (kind === 'conflict') {
        setNotice({ kind: 'warning', text: texts.conflict });
        await onReload();
      } else if (kind === 'notFound') setNotice({ kind: 'warning', text: texts.gone });
      else setNotice({ kind: 'error', text: errorText(e) });
    } finally {
      if (mounted.current) setBusy(false);
    }
  };
  return { busy, notice, run };
}
