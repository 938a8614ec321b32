import * as React from 'react';
import * as trainingStrings from 'TrainingStrings';
import type { ILearningPath, ITrainingCatalogue, ITrainingModule, ITrainingService, ITrainingSession } from '../../../services/TrainingService';
import { Button, LinkButton, Notice } from '../../controls';
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
  const titles = new Map(catalogue.modules.map(m => [m.id, m.title] as const));
  const form = { training: props.training, catalogue, locale: props.locale, onReload: props.onChanged, onClose: () => setEditing(undefined), onDone: (text: string) => { setEditing(undefined); setMessage(text); void props.onChanged(); } };
  return (
    <section aria-labelledby="training-maintenance">
      <h2 id="training-maintenance" className={styles.heading}>{trainingStrings.Training_Maintenance}</h2>
      {message && <Notice kind="success" onDismiss={() => setMessage(undefined)} dismissLabel={trainingStrings.Training_Dismiss}>{message}</Notice>}
      <div className={styles.toolbar}>
        <Button icon="add" onClick={() => setEditing({ kind: 'session' })} data-testid="training-add-session">{trainingStrings.Training_AddSession}</Button>
        <Button icon="add" onClick={() => setEditing({ kind: 'module' })} data-testid="training-add-module">{trainingStrings.Training_AddModule}</Button>
        <Button icon="add" onClick={() => setEditing({ kind: 'path' })} data-testid="training-add-path">{trainingStrings.Training_AddPath}</Button>
      </div>
      {editing?.kind === 'session' && <SessionForm key={editing.session?.id ?? 'new'} {...form} session={editing.session} />}
      {editing?.kind === 'module' && <ModuleForm key={editing.module?.id ?? 'new'} {...form} module={editing.module} />}
      {editing?.kind === 'path' && <PathForm key={editing.path?.id ?? 'new'} {...form} path={editing.path} />}
      <h3 className={styles.subheading}>{trainingStrings.Training_Tab_Sessions}</h3>
      <ul className={styles.plain}>
        {catalogue.sessions.map(s => <li key={s.id}><LinkButton onClick={() => setEditing({ kind: 'session', session: s })}>{namedSession(s, titles, props.locale)}</LinkButton></li>)}
      </ul>
      <h3 className={styles.subheading}>{trainingStrings.Training_Modules}</h3>
      <ul className={styles.plain}>
        {catalogue.modules.map(m => <li key={m.id}><LinkButton onClick={() => setEditing({ kind: 'module', module: m })}>{`${m.code} – ${m.title}`}</LinkButton>{!m.active && ` (${trainingStrings.Training_Inactive})`}</li>)}
      </ul>
      <h3 className={styles.subheading}>{trainingStrings.Training_Paths}</h3>
      <ul className={styles.plain}>
        {catalogue.paths.map(p => <li key={p.id}><LinkButton onClick={() => setEditing({ kind: 'path', path: p })}>{p.title}</LinkButton></li>)}
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
