import * as React from 'react';
import * as strings from 'PmoHubStrings';
import * as trainingStrings from 'TrainingStrings';
import { formatString } from '../../../domain/text';
import { hasSessionBegun } from '../../../domain/training';
import type { IAttendanceInput, IRosterLine, ITrainingCatalogue, ITrainingService, ITrainingSession } from '../../../services/TrainingService';
import { Button, Checkbox, Notice, SelectField, Spinner } from '../../controls';
import { ErrorMessage } from '../../ErrorMessage';
import { useLoad } from '../../Raid/useLoad';
import { namedSession, seatText } from '../labels';
import { refusalText } from '../refusal';
import { SessionTime } from '../SessionItem';
import { useFocusAfterBusy } from '../focus';
import styles from '../Training.module.scss';

/** Props of {@link Roster}. */
export interface IRosterProps {
  training: ITrainingService;
  catalogue: ITrainingCatalogue;
  locale: string;
  timeZone: string;
}

/** The attendance as edited: by person id. */
type Marks = Record<number, IAttendanceInput>;

function marksOf(lines: ReadonlyArray<IRosterLine>): Marks {
  const out: Marks = {};
  // Each mark carries the ETag of the attendance as read ('' when none was recorded): a save over a change made meanwhile is refused.
  for (const l of lines) out[l.person.id] = { personId: l.person.id, attended: !!l.attendance?.attended, completed: !!l.attendance?.completed, etag: l.attendance ? l.attendance.etag : '' };
  return out;
}

/** The roster of one session: its enrolled and waiting people with team, and attendance and completion to record. */
function RosterTable(props: { training: ITrainingService; sessionId: number; locale: string; timeZone: string; titles: ReadonlyMap<number, string> }): React.ReactElement {
  const { load, reload } = useLoad(() => props.training.roster(props.sessionId), String(props.sessionId));
  const [marks, setMarks] = React.useState<Marks | undefined>(undefined);
  const [notice, setNotice] = React.useState<{ kind: 'success' | 'error'; text: string } | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  React.useEffect(() => { setMarks(load.status === 'ready' ? marksOf(load.data.lines) : undefined); }, [load]);
  // Save is disabled while it runs: the focus it loses goes back to it.
  const saveButton = React.useRef<HTMLDivElement>(null);
  useFocusAfterBusy(busy, () => saveButton.current?.querySelector<HTMLElement>('[data-testid="training-attendance-save"]'));
  if (load.status === 'loading') return <Spinner label={strings.LoadingLabel} />;
  if (load.status === 'error') return <ErrorMessage error={load.error} onRetry={() => void reload()} />;
  const { session, lines } = load.data;
  const current = marks ?? marksOf(lines);
  // Attendance and completion are recorded once the session has begun (the service refuses earlier).
  const started = hasSessionBegun(session.startUtc, new Date());
  const set = (id: number, v: Partial<IAttendanceInput>): void => setMarks({ ...current, [id]: { ...current[id], ...v } });
  const save = async (): Promise<void> => {
    setBusy(true);
    setNotice(undefined);
    try {
      const seated = lines.filter(l => l.status.kind === 'enrolled').map(l => current[l.person.id]);
      await props.training.recordAttendance(props.sessionId, seated);
      await reload();
      setNotice({ kind: 'success', text: trainingStrings.Training_AttendanceSaved });
    } catch (e) {
      setNotice({ kind: 'error', text: refusalText(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div data-testid="training-roster">
      <p><SessionTime session={session} locale={props.locale} timeZone={props.timeZone} /></p>
      <div aria-live="polite" data-testid="training-roster-status">{notice && <Notice kind={notice.kind}>{notice.text}</Notice>}</div>
      {!started && <p className={styles.meta} data-testid="training-roster-not-started">{trainingStrings.Training_AttendanceLater}</p>}
      {lines.length === 0 ? <p className={styles.empty}>{trainingStrings.Training_RosterEmpty}</p> : (
        <table className={styles.table}>
          <caption className={styles.meta}>{formatString(trainingStrings.Training_RosterCaption, namedSession(session, props.titles, props.locale))}</caption>
          <thead><tr><th scope="col">{trainingStrings.Training_Col_Person}</th><th scope="col">{trainingStrings.Training_Col_Status}</th><th scope="col">{trainingStrings.Training_Col_Team}</th>
            <th scope="col">{trainingStrings.Training_Col_Attended}</th><th scope="col">{trainingStrings.Training_Col_Completed}</th></tr></thead>
          <tbody>
            {lines.map(l => {
              const m = current[l.person.id];
              const seated = l.status.kind === 'enrolled' && started;
              return (
                <tr key={l.enrolmentId} data-testid="training-roster-line">
                  <th scope="row">{l.person.title}</th>
                  <td>{seatText(l.status)}</td>
                  <td>{l.team ?? '–'}</td>
                  <td>{seated && <Checkbox label={formatString(trainingStrings.Training_AttendedFor, l.person.title)} checked={m.attended} onChange={attended => set(l.person.id, { attended, completed: attended && m.completed })} />}</td>
                  <td>{seated && <Checkbox label={formatString(trainingStrings.Training_CompletedFor, l.person.title)} checked={m.completed} onChange={completed => set(l.person.id, { completed, attended: m.attended || completed })} />}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div ref={saveButton}>
        {started && <Button primary icon="save" disabled={busy || lines.length === 0} onClick={() => void save()} data-testid="training-attendance-save">{trainingStrings.Training_SaveAttendance}</Button>}
      </div>
    </div>
  );
}

/**
 * Rosters: choose a session — those held in the last weeks first (the latest preselected: attendance is
 * recorded after a course), then those to come — see who holds a seat or waits, record attendance and
 * completion.
 */
export function Roster(props: IRosterProps): React.ReactElement {
  const { catalogue } = props;
  const titles = new Map(catalogue.modules.map(m => [m.id, m.title] as const));
  const held = catalogue.heldSessions;
  const choices = [...held, ...catalogue.sessions];
  const [sessionId, setSessionId] = React.useState(choices[0] ? String(choices[0].id) : '');
  const text = (s: ITrainingSession, wasHeld: boolean): string => `${namedSession(s, titles, props.locale)}${wasHeld ? ` (${trainingStrings.Training_SessionHeld})` : ''}`;
  return (
    <section aria-labelledby="training-rosters">
      <h2 id="training-rosters" className={styles.heading}>{trainingStrings.Training_Rosters}</h2>
      {choices.length === 0 ? <p className={styles.empty}>{trainingStrings.Training_NoUpcoming}</p> : (
        <>
          <SelectField label={trainingStrings.Training_Field_Session} selectedKey={sessionId} onChange={setSessionId} id="training-roster-session"
            options={[...held.map(s => ({ key: String(s.id), text: text(s, true) })), ...catalogue.sessions.map(s => ({ key: String(s.id), text: text(s, false) }))]} />
          {sessionId && <RosterTable key={sessionId} training={props.training} sessionId={Number(sessionId)} locale={props.locale} timeZone={props.timeZone} titles={titles} />}
        </>
      )}
    </section>
  );
}
