import * as React from 'react';
import * as strings from 'PmoHubStrings';
import * as trainingStrings from 'TrainingStrings';
import { formatDateOnly } from '../../domain/dates';
import { formatString } from '../../domain/text';
import type { IMyLearning, ITrainingModule } from '../../services/TrainingService';
import { LinkButton, ProgressBar, SelectField, Spinner } from '../controls';
import { ErrorMessage } from '../ErrorMessage';
import { useLoad } from '../Raid/useLoad';
import type { ISessionsContext } from './Catalogue';
import { moduleFacts } from './Catalogue';
import { useFocusAfterRemoval } from './focus';
import { namedSession } from './labels';
import { SessionItem } from './SessionItem';
import styles from './Training.module.scss';

/** Props of {@link MyLearning}. */
export interface IMyLearningProps {
  ctx: ISessionsContext;
  /** Reads My learning (the training service's `myLearning`) for a path, or the one with most progress. */
  read: (pathId?: number) => Promise<IMyLearning>;
  onOpen: (moduleId: number) => void;
}

function ModuleLink(props: { module: ITrainingModule | undefined; onOpen: (id: number) => void; locale: string }): React.ReactElement | null { // eslint-disable-line @rushstack/no-new-null -- React renders nothing for null
  const m = props.module;
  if (!m) return null;
  return <><LinkButton onClick={() => props.onOpen(m.id)}>{m.title}</LinkButton> <span className={styles.meta}>{moduleFacts(m, props.locale)}</span></>;
}

/** The user's sessions: each active enrolment with its seat or waiting position, .ics and cancel. */
function MySessions(props: { ctx: ISessionsContext }): React.ReactElement {
  const { ctx } = props;
  const titles = new Map(ctx.catalogue.modules.map(m => [m.id, m.title] as const));
  const mine = Array.from(ctx.mine.values());
  const section = React.useRef<HTMLElement>(null);
  // A cancelled place leaves the list: the keyboard goes to the line now in its place, or to the heading.
  useFocusAfterRemoval(mine.map(e => e.id), () => Array.from(section.current?.querySelectorAll<HTMLElement>('[data-testid="training-session"]') ?? []),
    () => section.current?.querySelector<HTMLElement>('h2'));
  return (
    <section aria-labelledby="training-my-sessions" ref={section}>
      <h2 id="training-my-sessions" className={styles.heading} tabIndex={-1}>{trainingStrings.Training_MySessions}</h2>
      {mine.length === 0 ? <p className={styles.empty}>{trainingStrings.Training_NoEnrolments}</p> : (
        <ul className={styles.sessions} data-testid="training-my-sessions">
          {mine.map(e => (
            <SessionItem key={e.id} session={e.session} mine={e} moduleTitle={titles.get(e.session.moduleId) ?? e.session.title} name={namedSession(e.session, titles, ctx.locale)} locale={ctx.locale} timeZone={ctx.timeZone}
              actions={ctx.actions} busy={ctx.busySession === e.session.id} canEnrol={ctx.catalogue.canManage.enrol} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** The chosen path's progress, every path's bar, the completions and the recommended modules. */
function Progress(props: { data: IMyLearning; ctx: ISessionsContext; pathId: string; onPath: (id: string) => void; onOpen: (id: number) => void }): React.ReactElement {
  const { data, ctx } = props;
  const modules = new Map(ctx.catalogue.modules.map(m => [m.id, m] as const));
  const paths = new Map(ctx.catalogue.paths.map(p => [p.id, p] as const));
  const chosen = data.paths.filter(p => p.pathId === data.chosenPathId)[0];
  return (
    <>
      <section aria-labelledby="training-path-progress">
        <h2 id="training-path-progress" className={styles.heading}>{trainingStrings.Training_PathProgress}</h2>
        {data.paths.length === 0 ? <p className={styles.empty}>{trainingStrings.Training_NoPaths}</p> : (
          <>
            <SelectField label={trainingStrings.Training_ChoosePath} options={data.paths.map(p => ({ key: String(p.pathId), text: paths.get(p.pathId)?.title ?? String(p.pathId) }))}
              selectedKey={props.pathId || String(data.chosenPathId ?? '')} onChange={props.onPath} id="training-path-choice" />
            {chosen && (
              <div data-testid="training-progress">
                <ProgressBar label={paths.get(chosen.pathId)?.title ?? ''} percentComplete={chosen.total ? chosen.done / chosen.total : 0}
                  valueText={formatString(trainingStrings.Training_StepsDone, chosen.done, chosen.total)} description={formatString(trainingStrings.Training_StepsDone, chosen.done, chosen.total)} />
                <p>{trainingStrings.Training_NextModule}{' '}
                  {chosen.next !== undefined ? <ModuleLink module={modules.get(chosen.next)} onOpen={props.onOpen} locale={ctx.locale} /> : trainingStrings.Training_PathDone}
                </p>
              </div>
            )}
          </>
        )}
      </section>
      <section aria-labelledby="training-recommended">
        <h2 id="training-recommended" className={styles.heading}>{trainingStrings.Training_Recommended}</h2>
        {data.recommendedModuleIds.length === 0 ? <p className={styles.empty}>{trainingStrings.Training_NoRecommended}</p> : (
          <ul className={styles.plain} data-testid="training-recommended">
            {data.recommendedModuleIds.map(id => <li key={id}><ModuleLink module={modules.get(id)} onOpen={props.onOpen} locale={ctx.locale} /></li>)}
          </ul>
        )}
      </section>
      <section aria-labelledby="training-completions">
        <h2 id="training-completions" className={styles.heading}>{trainingStrings.Training_Completions}</h2>
        {data.completions.length === 0 ? <p className={styles.empty}>{trainingStrings.Training_NoCompletions}</p> : (
          <ul className={styles.plain} data-testid="training-completions">
            {data.completions.map(c => (
              <li key={`${c.moduleId}-${c.sessionId}`}>
                {modules.get(c.moduleId)?.title ?? c.moduleId}
                {c.completedOn && <span className={styles.meta}> · {formatString(trainingStrings.Training_CompletedOn, formatDateOnly(c.completedOn, ctx.locale))}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** My learning: the user's sessions, their progress along a learning path, completions and recommended modules. */
export function MyLearning(props: IMyLearningProps): React.ReactElement {
  const [pathId, setPathId] = React.useState('');
  const { load, reload } = useLoad(() => props.read(pathId ? Number(pathId) : undefined), pathId);
  return (
    <div data-testid="training-mylearning">
      <MySessions ctx={props.ctx} />
      {load.status === 'loading' && <Spinner label={strings.LoadingLabel} />}
      {load.status === 'error' && <ErrorMessage error={load.error} onRetry={() => void reload()} />}
      {load.status === 'ready' && <Progress data={load.data} ctx={props.ctx} pathId={pathId} onPath={setPathId} onOpen={props.onOpen} />}
    </div>
  );
}
