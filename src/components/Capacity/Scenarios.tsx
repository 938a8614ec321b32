import * as React from 'react';
import * as capacityStrings from 'CapacityStrings';
import { formatPlural, formatString } from '../../domain/text';
import { CapacityRefusedError, type ICapacityScenarioInput, type ICapacityService } from '../../services/CapacityService';
import { describeError } from '../../services/errors';
import { Button, Notice, Spinner, TextField } from '../controls';
import { errorText } from '../ErrorMessage/errorText';
import { ErrorMessage } from '../ErrorMessage';
import { useLoad } from '../Raid/useLoad';
import { monthShort } from './format';
import { whatIfChanges } from './view';
import styles from './Capacity.module.scss';

/** A saved what-if as listWhatIfs gives it. */
export type SavedWhatIf = ICapacityScenarioInput & { id: number };

/** Props of {@link Scenarios}. */
export interface IScenariosProps {
  capacity: Pick<ICapacityService, 'saveWhatIf' | 'listWhatIfs'>;
  /** The PMO saves what-ifs (ICapacityData.canSaveScenario); others only reopen them. */
  canSave: boolean;
  /** The what-if on screen (without its name); undefined: none (nothing to save). */
  current?: Omit<ICapacityScenarioInput, 'title'>;
  /** The saved what-if on screen and whether it was changed since it was opened or saved. */
  opened?: { id: number; title: string; changed: boolean };
  onSaved: (saved: { id: number; title: string }) => void;
  onOpen: (scenario: SavedWhatIf) => void;
  locale: string;
}

/** A saved what-if's line: its name, the months it was saved for and how many changes it holds. */
export function savedLine(s: SavedWhatIf, locale: string): string {
  const n = whatIfChanges(s.whatIf).length;
  const months = s.months.length ? `${monthShort(s.months[0], locale)} – ${monthShort(s.months[s.months.length - 1], locale)}` : '';
  return formatPlural({ one: capacityStrings.Capacity_Saved_Line_one, other: capacityStrings.Capacity_Saved_Line }, n, locale, s.title, months, n);
}

/**
 * The saved what-ifs (read again when `refresh` changes: after a save), each with "Open"; the one on
 * screen says so. Those who cannot read the portfolio scenarios (SharePoint answers 403 or 404) are told
 * who can.
 */
function SavedWhatIfs(props: Pick<IScenariosProps, 'capacity' | 'opened' | 'onOpen' | 'locale'> & { refresh: number }): React.ReactElement {
  const { load, reload } = useLoad(() => props.capacity.listWhatIfs(), String(props.refresh));
  if (load.status === 'loading') return <Spinner label={capacityStrings.Capacity_Saved_Loading} />;
  if (load.status === 'error') {
    const kind = describeError(load.error).kind;
    return kind === 'forbidden' || kind === 'notFound'
      ? <p className={styles.empty} data-testid="capacity-saved-forbidden">{capacityStrings.Capacity_Saved_Forbidden}</p>
      : <ErrorMessage error={load.error} onRetry={() => void reload()} />;
  }
  if (load.data.length === 0) return <p className={styles.empty} data-testid="capacity-saved-empty">{capacityStrings.Capacity_Saved_None}</p>;
  return (
    <ul className={styles.savedList} aria-labelledby="capacity-saved-heading" data-testid="capacity-saved">
      {load.data.map(s => (
        <li key={s.id} data-testid="capacity-saved-item">
          <span>{savedLine(s, props.locale)}</span>{' '}
          {props.opened?.id === s.id && !props.opened.changed
            ? <span className={styles.meta}>{capacityStrings.Capacity_Saved_Shown}</span>
            : <Button icon="open" onClick={() => props.onOpen(s)} aria-label={formatString(capacityStrings.Capacity_Saved_OpenFor, s.title)} data-testid="capacity-saved-open">{capacityStrings.Capacity_Saved_Open}</Button>}
        </li>
      ))}
    </ul>
  );
}

/**
 * Saving the what-if as a portfolio scenario (the PMO: a name, then "Save as scenario"; a blank name is
 * refused at its field and nothing is written) and reopening a saved one. The PMO's list of saved
 * what-ifs is read when the section shows and again after a save; others open it with "Show the saved
 * what-ifs" (SharePoint refuses those who cannot read the scenarios; nothing is asked for them unbidden).
 */
export function Scenarios(props: IScenariosProps): React.ReactElement {
  const { capacity, current, locale } = props;
  // The PMO's list shows at once; others (the board reads the scenarios, readers cannot) open it on request.
  const [listShown, setListShown] = React.useState(props.canSave);
  const [saves, setSaves] = React.useState(0);
  const [title, setTitle] = React.useState('');
  const [problem, setProblem] = React.useState<string | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<{ kind: 'success' | 'error'; text: string } | undefined>(undefined);
  const save = async (): Promise<void> => {
    if (!current) return;
    setNotice(undefined);
    const name = title.trim();
    if (!name) {
      setProblem(capacityStrings.Capacity_Save_TitleRequired);
      document.getElementById('capacity-scenario-title')?.focus();
      return;
    }
    setProblem(undefined);
    setBusy(true);
    try {
      const id = await capacity.saveWhatIf({ ...current, title: name });
      setTitle('');
      setNotice({ kind: 'success', text: formatString(capacityStrings.Capacity_Save_Done, name) });
      props.onSaved({ id, title: name });
      setSaves(n => n + 1);
    } catch (e) {
      if (e instanceof CapacityRefusedError && e.refusal === 'titleRequired') setProblem(capacityStrings.Capacity_Save_TitleRequired);
      else setNotice({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.scenarios} data-testid="capacity-scenarios">
      {notice && <Notice kind={notice.kind} data-testid="capacity-save-notice">{notice.text}</Notice>}
      {props.canSave && current && (
        <div className={styles.toolbar}>
          <TextField id="capacity-scenario-title" label={capacityStrings.Capacity_Save_Title} value={title} onChange={setTitle} maxLength={255} errorMessage={problem} data-testid="capacity-scenario-title" />
          <div className={styles.toolbarButton}>
            <Button primary icon="save" disabled={busy} onClick={() => void save()} data-testid="capacity-save-scenario">{capacityStrings.Capacity_Save}</Button>
            {busy && <Spinner label={capacityStrings.Capacity_Saving} />}
          </div>
        </div>
      )}
      <h3 className={styles.subheading} id="capacity-saved-heading">{capacityStrings.Capacity_Saved_Heading}</h3>
      {listShown
        ? <SavedWhatIfs capacity={capacity} refresh={saves} opened={props.opened} onOpen={props.onOpen} locale={locale} />
        : <Button icon="view" onClick={() => setListShown(true)} data-testid="capacity-saved-show">{capacityStrings.Capacity_Saved_Show}</Button>}
    </div>
  );
}
