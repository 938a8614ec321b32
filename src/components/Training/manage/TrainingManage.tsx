import * as React from 'react';
import * as trainingStrings from 'TrainingStrings';
import type { ILearningPath, ITrainingCatalogue, ITrainingModule, ITrainingService, ITrainingSession } from '../../../services/TrainingService';
import { Button, LinkButton, Notice } from '../../controls';
import { byTestId, useFocusReturn } from '../../controls/form';
import { namedSession } from '../labels';
import { CompletionRates } from './CompletionRates';
import { ModuleForm, PathForm, SessionForm } from './forms';
import { Roster } from './Roster';
import styles from '../Training.module.scss';

/** Props of {@link TrainingManage}. */
export interface ITrainingManageProps {
  training: ITrainingService;
  catalogue: ITrainingCatalogue;
  locale: string;
  timeZone: string;
  /** A module, path or session was saved: the catalogue is read again. */
  onChanged: () => Promise<void>;
}

type Editing = { kind: 'session'; session?: ITrainingSession } | { kind: 'module'; module?: ITrainingModule } | { kind: 'path'; path?: ILearningPath };

/** The maintenance of modules, paths and sessions: lists with "Edit" and the one form open. */
function Maintenance(props: ITrainingManageProps): React.ReactElement {
  const { catalogue } = props;
  const [editing, setEditing] = React.useState<Editing | undefined>(undefined);
  const [message, setMessage] = React.useState<string | undefined>(undefined);
  const focus = useFocusReturn();
  const titles = new Map(catalogue.modules.map(m => [m.id, m.title] as const));
  // A form opens: the control that opened it is remembered (its heading takes the focus); it closes: the focus goes back there,
  // after a save of an existing entry to that entry's row (its text may have changed), once the catalogue is read again.
  const open = (what: Editing, control: EventTarget): void => { setMessage(undefined); focus.opening(control); setEditing(what); };
  const rowOf = (e: Editing | undefined): string | undefined => {
    const id = e?.kind === 'session' ? e.session?.id : e?.kind === 'module' ? e.module?.id : e?.kind === 'path' ? e.path?.id : undefined;
    return id === undefined || !e ? undefined : `training-edit-${e.kind}-${id}`;
  };
  const form = {
    training: props.training, catalogue, locale: props.locale, onReload: props.onChanged,
    onClose: () => { setEditing(undefined); focus.closed(); },
    onDone: (text: string) => {
      const row = rowOf(editing);
      setEditing(undefined);
      setMessage(text);
      void props.onChanged().then(() => focus.closed(row ? () => byTestId(row) : undefined));
    }
  };
  return (
    <section aria-labelledby="training-maintenance">
      <h2 id="training-maintenance" className={styles.heading}>{trainingStrings.Training_Maintenance}</h2>
      {/* The live region is always there, so that what was saved is read out when it appears. */}
      <div aria-live="polite" data-testid="training-maintenance-status">
        {message && <Notice kind="success" onDismiss={() => setMessage(undefined)} dismissLabel={trainingStrings.Training_Dismiss}>{message}</Notice>}
      </div>
      <div className={styles.toolbar}>
        <Button icon="add" onClick={e => open({ kind: 'session' }, e.currentTarget)} data-testid="training-add-session">{trainingStrings.Training_AddSession}</Button>
        <Button icon="add" onClick={e => open({ kind: 'module' }, e.currentTarget)} data-testid="training-add-module">{trainingStrings.Training_AddModule}</Button>
        <Button icon="add" onClick={e => open({ kind: 'path' }, e.currentTarget)} data-testid="training-add-path">{trainingStrings.Training_AddPath}</Button>
      </div>
      {editing?.kind === 'session' && <SessionForm key={editing.session?.id ?? 'new'} {...form} session={editing.session} />}
      {editing?.kind === 'module' && <ModuleForm key={editing.module?.id ?? 'new'} {...form} module={editing.module} />}
      {editing?.kind === 'path' && <PathForm key={editing.path?.id ?? 'new'} {...form} path={editing.path} />}
      <h3 className={styles.subheading}>{trainingStrings.Training_Tab_Sessions}</h3>
      <ul className={styles.plain}>
        {catalogue.sessions.map(s => <li key={s.id}><LinkButton onClick={e => open({ kind: 'session', session: s }, e.currentTarget)} data-testid={`training-edit-session-${s.id}`}>{namedSession(s, titles, props.locale)}</LinkButton></li>)}
      </ul>
      <h3 className={styles.subheading}>{trainingStrings.Training_Modules}</h3>
      <ul className={styles.plain}>
        {catalogue.modules.map(m => <li key={m.id}><LinkButton onClick={e => open({ kind: 'module', module: m }, e.currentTarget)} data-testid={`training-edit-module-${m.id}`}>{`${m.code} – ${m.title}`}</LinkButton>{!m.active && ` (${trainingStrings.Training_Inactive})`}</li>)}
      </ul>
      <h3 className={styles.subheading}>{trainingStrings.Training_Paths}</h3>
      <ul className={styles.plain}>
        {catalogue.paths.map(p => <li key={p.id}><LinkButton onClick={e => open({ kind: 'path', path: p }, e.currentTarget)} data-testid={`training-edit-path-${p.id}`}>{p.title}</LinkButton></li>)}
      </ul>
    </section>
  );
}

/** The Manage tab of trainers and the PMO (its own chunk): rosters with attendance and completion, completion rates, and the maintenance of modules, paths and sessions. */
export function TrainingManage(props: ITrainingManageProps): React.ReactElement {
  const { canManage } = props.catalogue;
  return (
    <div data-testid="training-manage">
      {canManage.attendance && <Roster training={props.training} catalogue={props.catalogue} locale={props.locale} timeZone={props.timeZone} />}
      {canManage.attendance && <CompletionRates training={props.training} catalogue={props.catalogue} locale={props.locale} />}
      {canManage.catalogue && <Maintenance {...props} />}
    </div>
  );
}
