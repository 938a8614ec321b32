import * as React from 'react';
import * as strings from 'PmoHubStrings';
import * as trainingStrings from 'TrainingStrings';
import { formatString } from '../../domain/text';
import { describeError } from '../../services/errors';
import type { IMyEnrolment, ITrainingCatalogue, ITrainingService } from '../../services/TrainingService';
import { Button, Notice, Spinner, Tabs, type ITab } from '../controls';
import { useFocusReturn } from '../controls/form/useFocusReturn';
import { ErrorMessage } from '../ErrorMessage';
import { NoAccess } from '../PageAccess';
import { useLoad } from '../Raid/useLoad';
import { Catalogue, ModuleDetail, ModuleSessions, type ISessionsContext } from './Catalogue';
import { Communities } from './Communities';
import { useFocusAfterDismiss } from './focus';
import { browserTimeZone, namedSession } from './labels';
import { TrainingManage } from './lazy';
import { MyLearning } from './MyLearning';
import { refusalText } from './refusal';
import type { ISessionActions } from './SessionItem';
import type { ITrainingProps } from './ITrainingProps';
import styles from './Training.module.scss';

/** The query parameter that opens a module with its next sessions: `Training.aspx?module=12` (the Maturity web part's "Enrol" links here). */
export const TRAINING_MODULE_PARAM: string = 'module';

/** The module id of an address's query (`?module=12`), or undefined when it names none. */
export function moduleFromSearch(search: string): number | undefined {
  const v = new URLSearchParams(search).get(TRAINING_MODULE_PARAM);
  return v && /^\d+$/.test(v) ? Number(v) : undefined;
}

type TabKey = 'catalogue' | 'sessions' | 'mine' | 'communities' | 'manage';

interface ITrainingData {
  catalogue: ITrainingCatalogue;
  mySessions: IMyEnrolment[];
  /** The modules the user completed (for the advice "first complete …"); undefined when My learning could not be read. */
  completed?: ReadonlySet<number>;
}

/** Saves the .ics text as a file download. */
function saveFile(fileName: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: 'text/calendar;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The one-time notice of seats the user moved up to (sessions that have not ended): recorded as seen
 * (`confirmSeat`) when shown, with the .ics of each seat offered; several seats share one notice.
 */
function SeatNotices(props: { enrolments: IMyEnrolment[]; titles: ReadonlyMap<number, string>; locale: string; training: ITrainingService; actions: ISessionActions; onDismissed: () => void }): React.ReactElement | null { // eslint-disable-line @rushstack/no-new-null -- React renders nothing for null
  const [shown] = React.useState(() => props.enrolments.filter(e => e.needsConfirmation && Date.parse(e.session.endUtc) > Date.now()));
  const [dismissed, setDismissed] = React.useState(false);
  React.useEffect(() => {
    for (const e of shown) props.training.confirmSeat(e.id).catch(() => undefined); // the notice shows again next time: nothing to tell the user
  }, [shown, props.training]);
  if (shown.length === 0 || dismissed) return null;
  const title = (e: IMyEnrolment): string => namedSession(e.session, props.titles, props.locale);
  const ics = (e: IMyEnrolment, named: boolean): React.ReactElement => (
    <Button icon="calendar" onClick={() => void props.actions.downloadInvite(e.id)} data-testid="training-seat-ics" aria-label={named ? formatString(trainingStrings.Training_Ics_For, title(e)) : undefined}>
      {trainingStrings.Training_Ics}
    </Button>
  );
  return (
    <Notice kind="success" data-testid="training-seat-notice" onDismiss={() => { setDismissed(true); props.onDismissed(); }} dismissLabel={trainingStrings.Training_Dismiss} actions={shown.length === 1 ? ics(shown[0], false) : undefined}>
      {shown.length === 1 ? formatString(trainingStrings.Training_SeatIsYours, title(shown[0])) : (
        <>
          {trainingStrings.Training_SeatsAreYours}
          <ul className={styles.plain}>{shown.map(e => <li key={e.id}>{title(e)} {ics(e, true)}</li>)}</ul>
        </>
      )}
    </Notice>
  );
}

/** The enrol, cancel and .ics actions over the service, with the session that runs and the message after. */
function useSessionActions(training: ITrainingService, reload: () => Promise<void>, locale: string): { actions: ISessionActions; busy?: number; message?: { kind: 'success' | 'error'; text: string }; clear: () => void } {
  const [busy, setBusy] = React.useState<number | undefined>(undefined);
  const [message, setMessage] = React.useState<{ kind: 'success' | 'error'; text: string } | undefined>(undefined);
  const run = async (sessionId: number, act: () => Promise<string | undefined>): Promise<void> => {
    setBusy(sessionId);
    setMessage(undefined);
    try {
      const done = await act();
      if (done) setMessage({ kind: 'success', text: done });
    } catch (e) {
      setMessage({ kind: 'error', text: refusalText(e) });
    } finally {
      setBusy(undefined);
    }
  };
  const actions: ISessionActions = {
    enrol: id => run(id, async () => {
      const r = await training.enrol(id);
      await reload();
      return r.status.kind === 'waiting' ? formatString(trainingStrings.Training_Done_Waiting, r.status.position) : trainingStrings.Training_Done_Enrolled;
    }),
    cancel: e => run(e.session.id, async () => {
      await training.cancel(e.id, e.etag);
      await reload();
      return trainingStrings.Training_Done_Cancelled;
    }),
    downloadInvite: id => run(-id, async () => {
      const file = await training.invite(id, { locale, online: trainingStrings.Training_Session_Online });
      saveFile(file.fileName, file.content);
      return undefined;
    })
  };
  return { actions, busy, message, clear: () => setMessage(undefined) };
}

/** The loaded Training view: the tabs over the catalogue, sessions, My learning, Communities and (trainers, PMO) Manage. */
function TrainingView(props: ITrainingProps & { data: ITrainingData; reload: () => Promise<void>; timeZone: string }): React.ReactElement {
  const { data, training } = props;
  const [moduleId, setModuleId] = React.useState<number | undefined>(() => moduleFromSearch(props.search ?? window.location.search));
  const [tab, setTab] = React.useState<TabKey>('catalogue');
  const { actions, busy, message, clear } = useSessionActions(training, props.reload, props.locale);
  const mine = new Map(data.mySessions.filter(e => e.status.kind !== 'cancelled').map(e => [e.session.id, e] as const));
  const ctx: ISessionsContext = { catalogue: data.catalogue, mine, locale: props.locale, timeZone: props.timeZone, actions, busySession: busy, completed: data.completed };
  const titles = new Map(data.catalogue.modules.map(m => [m.id, m.title] as const));
  const canManage = data.catalogue.canManage.catalogue || data.catalogue.canManage.attendance;
  const tabs: ITab[] = [
    { key: 'catalogue', text: trainingStrings.Training_Tab_Catalogue },
    { key: 'sessions', text: trainingStrings.Training_Tab_Sessions },
    { key: 'mine', text: trainingStrings.Training_Tab_MyLearning },
    { key: 'communities', text: trainingStrings.Training_Tab_Communities },
    ...(canManage ? [{ key: 'manage', text: trainingStrings.Training_Tab_Manage }] : [])
  ];
  const focus = useFocusReturn();
  // A notice closed under the keyboard: the focus goes to the selected tab, not to the page.
  const dismissed = useFocusAfterDismiss('training-tabs');
  const open = (id: number): void => { setModuleId(id); setTab('catalogue'); };
  // Back from a module: the keyboard returns to that module in the catalogue (whichever view opened it).
  const back = (id: number): void => {
    setModuleId(undefined);
    focus.closed(() => document.querySelector<HTMLElement>(`[data-testid="training-module"][data-module="${id}"] [data-testid="training-module-open"]`) ?? undefined);
  };
  const selected = moduleId === undefined ? undefined : data.catalogue.modules.filter(m => m.id === moduleId)[0];
  let body: React.ReactNode;
  if (tab === 'catalogue') {
    body = selected ? <ModuleDetail module={selected} ctx={ctx} onBack={() => back(selected.id)} onOpen={open} />
      : <>{moduleId !== undefined && <Notice kind="warning">{trainingStrings.Training_ModuleNotFound}</Notice>}<Catalogue ctx={ctx} onOpen={open} /></>;
  } else if (tab === 'sessions') {
    const withSessions = data.catalogue.modules.filter(m => data.catalogue.sessions.some(s => s.moduleId === m.id));
    body = withSessions.length === 0 ? <p className={styles.empty}>{trainingStrings.Training_NoUpcoming}</p> : withSessions.map(m => (
      <section key={m.id} aria-labelledby={`training-sessions-${m.id}`}>
        <h2 id={`training-sessions-${m.id}`} className={styles.subheading}>{m.title}</h2>
        <ModuleSessions module={m} ctx={ctx} />
      </section>
    ));
  } else if (tab === 'mine') body = <MyLearning ctx={ctx} read={p => training.myLearning(p)} onOpen={open} />;
  else if (tab === 'communities') body = <Communities service={props.communities} locale={props.locale} timeZone={props.timeZone} />;
  else body = <TrainingManage.Component training={training} catalogue={data.catalogue} locale={props.locale} timeZone={props.timeZone} onChanged={props.reload} />;
  return (
    <>
      <SeatNotices enrolments={data.mySessions} titles={titles} locale={props.locale} training={training} actions={actions} onDismissed={dismissed} />
      {message && <Notice kind={message.kind} onDismiss={() => { clear(); dismissed(); }} dismissLabel={trainingStrings.Training_Dismiss} data-testid="training-message">{message.text}</Notice>}
      <Tabs label={trainingStrings.Training_TabsLabel} tabs={tabs} selectedKey={tab} onSelect={k => setTab(k as TabKey)} id="training-tabs">{body}</Tabs>
    </>
  );
}

/**
 * The "Training" web part: the catalogue (filters by level, format and language; a module's detail
 * with prerequisites, target roles, materials, learning path and next sessions), upcoming sessions
 * with enrol, the waiting list and cancel, the .ics of a seat, My learning, the Communities tab, and
 * for trainers and the PMO the Manage tab (loaded later). `?module=<id>` opens that module.
 * States: loading, no access, error with "Try again".
 */
export function Training(props: ITrainingProps): React.ReactElement {
  const timeZone = props.timeZone ?? browserTimeZone();
  const { load, reload } = useLoad(async () => {
    // The completions only advise ("first complete …"): the page works without them.
    const [catalogue, mySessions, completed] = await Promise.all([props.training.catalogue(), props.training.mySessions(),
      props.training.myCompletedModules().then(ids => new Set(ids), () => undefined)]);
    return { catalogue, mySessions, completed };
  }, 'training');
  let body: React.ReactNode;
  if (load.status === 'loading') body = <Spinner size="large" label={strings.LoadingLabel} />;
  else if (load.status === 'error') {
    if (describeError(load.error).kind === 'forbidden') return <NoAccess pageTitle={strings.Training_WebPartTitle} />;
    body = <ErrorMessage error={load.error} onRetry={() => void reload()} />;
  } else body = <TrainingView {...props} data={load.data} reload={reload} timeZone={timeZone} />;
  return (
    <section className={styles.training} aria-labelledby="pmo-training-heading" data-testid="training-page" data-theme={props.teamsTheme}>
      <h1 id="pmo-training-heading" className={styles.title}>{strings.Training_WebPartTitle}</h1>
      <p className={styles.intro}>{trainingStrings.Training_Intro}</p>
      {body}
    </section>
  );
}
