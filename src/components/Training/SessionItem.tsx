import * as React from 'react';
import * as trainingStrings from 'TrainingStrings';
import { formatString } from '../../domain/text';
import { sessionTimeText } from '../../domain/training';
import type { IMyEnrolment, ITrainingSession } from '../../services/TrainingService';
import { Button, Link, Notice } from '../controls';
import { focusIsLost } from './focus';
import { languageLabel, seatText } from './labels';
import styles from './Training.module.scss';

/** What a session line can do: enrol, cancel (after a confirmation), download the .ics of a seat. */
export interface ISessionActions {
  enrol(sessionId: number): Promise<void>;
  cancel(enrolment: IMyEnrolment): Promise<void>;
  downloadInvite(enrolmentId: number): Promise<void>;
}

/** Props of {@link SessionItem}. */
export interface ISessionItemProps {
  session: ITrainingSession;
  /** The user's active enrolment in the session, when they have one. */
  mine?: IMyEnrolment;
  /** The module's title (the session's heading). */
  moduleTitle: string;
  /**
   * The session's name ("<module> – <date, time, zone>, <place or Online>", `namedSession`), shown first on
   * a line listed away from its module's heading (My sessions) and naming the line's buttons there.
   */
  name?: string;
  locale: string;
  /** The viewer's IANA zone. */
  timeZone: string;
  actions: ISessionActions;
  /** An action of this line is running (its buttons are disabled). */
  busy: boolean;
  /** Whether the user may enrol (SharePoint lets them add an enrolment); without it no "Enrol" is offered. */
  canEnrol: boolean;
}

/**
 * The session's date and time in the viewer's zone, and in the session's own zone (named) when that
 * differs at the start. A value the domain cannot write (an unknown zone) shows the UTC instants.
 */
export function SessionTime(props: { session: ITrainingSession; locale: string; timeZone: string }): React.ReactElement {
  const { session } = props;
  let viewer: string;
  let local: string | undefined;
  try {
    const t = sessionTimeText({ startUtc: session.startUtc, endUtc: session.endUtc, timeZone: session.timeZone }, props.timeZone, props.locale);
    viewer = `${t.viewer} (${t.viewerZone})`;
    if (t.session) local = formatString(trainingStrings.Training_Session_LocalTime, `${t.session} (${t.sessionZone ?? session.timeZone})`);
  } catch {
    viewer = `${session.startUtc} – ${session.endUtc} (UTC)`;
  }
  return (
    <span className={styles.time}>
      <span data-testid="training-session-time">{viewer}</span>
      {local && <span className={styles.meta} data-testid="training-session-localtime">{local}</span>}
    </span>
  );
}

/** Seats: "3 of 12 seats free" or "Full · 2 waiting". */
export function seatsText(session: ITrainingSession): string {
  if (session.counts.free > 0) return formatString(trainingStrings.Training_Session_SeatsFree, session.counts.free, session.capacity);
  return formatString(trainingStrings.Training_Session_Full, session.counts.waiting);
}

/** The confirmation asked before a cancellation, with the button that confirms it focused; Escape keeps the place. */
function CancelConfirm(props: { title: string; onConfirm: () => void; onKeep: () => void; busy: boolean }): React.ReactElement {
  const wrap = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => { wrap.current?.querySelector<HTMLButtonElement>('[data-testid="training-cancel-yes"]')?.focus(); }, []);
  return (
    <div ref={wrap} onKeyDown={e => { if (e.key === 'Escape') { e.stopPropagation(); props.onKeep(); } }}>
    <Notice
      kind="warning"
      data-testid="training-cancel-confirm"
      actions={
        <>
          <Button primary disabled={props.busy} onClick={props.onConfirm} data-testid="training-cancel-yes">{trainingStrings.Training_Cancel_Yes}</Button>
          <Button onClick={props.onKeep} data-testid="training-cancel-keep">{trainingStrings.Training_Cancel_Keep}</Button>
        </>
      }
    >
      {formatString(trainingStrings.Training_Cancel_Question, props.title)}
    </Notice>
    </div>
  );
}

/**
 * Keeps the keyboard in a session's line when what it shows changes under the focus (enrolled, waiting,
 * cancelled, the confirmation opened or closed) or its buttons were disabled while an action ran: once the
 * action has ended, focus that fell to the page goes to the line's replacement control ("Cancel my place"
 * after enrolling, "Enrol" after cancelling), else its first button, else its status.
 */
function useFocusKept(item: React.RefObject<HTMLLIElement>, state: string, busy: boolean): void {
  const last = React.useRef(state);
  const pending = React.useRef(false);
  React.useEffect(() => {
    if (last.current !== state || busy) pending.current = true;
    last.current = state;
    if (!pending.current || busy) return;
    pending.current = false;
    const el = item.current;
    if (!el || !focusIsLost()) return;
    const target = LINE_FOCUS.map(q => el.querySelector<HTMLElement>(q)).filter(Boolean)[0];
    if (target && target.tagName !== 'BUTTON' && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target?.focus();
  });
}

/** Where the keyboard goes in a line whose control went away: the control that replaced it, any button, the status. */
const LINE_FOCUS: ReadonlyArray<string> = [
  '[data-testid="training-cancel"]:not([disabled])', '[data-testid="training-enrol"]:not([disabled])', 'button:not([disabled])', '[data-testid="training-my-status"]'
];

/**
 * One upcoming session: time (viewer's zone, and the session's own when it differs), place or online
 * link, trainer, language, seats free or full with the waiting list; the user's place in it with
 * "Cancel" (confirmed first) and the .ics of a seat, or "Enrol" ("Join the waiting list" when full).
 */
export function SessionItem(props: ISessionItemProps): React.ReactElement {
  const { session, mine, actions, busy } = props;
  const [confirming, setConfirming] = React.useState(false);
  const active = mine && mine.status.kind !== 'cancelled' ? mine : undefined;
  const full = session.counts.free === 0;
  // A session that has ended is history: no seats to count, nothing to cancel or enrol in.
  const ended = Date.parse(session.endUtc) <= Date.now();
  const item = React.useRef<HTMLLIElement>(null);
  const title = props.name ?? props.moduleTitle;
  useFocusKept(item, `${active?.id ?? ''}:${active?.status.kind ?? ''}:${confirming ? 'confirming' : ''}`, busy);
  if (ended) {
    return (
      <li className={styles.session} data-testid="training-session" data-session={session.id} data-ended="true">
        {props.name && <strong data-testid="training-session-name">{props.name}</strong>}
        <SessionTime session={session} locale={props.locale} timeZone={props.timeZone} />
        <span className={styles.meta}>
          {session.venue && <span>{formatString(trainingStrings.Training_Session_Venue, session.venue)}</span>}
          {session.trainer && <span>{formatString(trainingStrings.Training_Session_Trainer, session.trainer.title)}</span>}
        </span>
        <strong data-testid="training-my-status">{trainingStrings.Training_SessionEnded}</strong>
      </li>
    );
  }
  return (
    <li className={styles.session} data-testid="training-session" data-session={session.id} ref={item}>
      {props.name && <strong data-testid="training-session-name">{props.name}</strong>}
      <SessionTime session={session} locale={props.locale} timeZone={props.timeZone} />
      <span className={styles.meta}>
        {session.venue && <span>{formatString(trainingStrings.Training_Session_Venue, session.venue)}</span>}
        {session.onlineUrl && <span><Link href={session.onlineUrl} target="_blank">{trainingStrings.Training_Session_OnlineLink}</Link></span>}
        {session.trainer && <span>{formatString(trainingStrings.Training_Session_Trainer, session.trainer.title)}</span>}
        {session.language && <span>{languageLabel(session.language)}</span>}
      </span>
      <span className={full ? styles.full : styles.free} data-testid="training-session-seats">{seatsText(session)}</span>
      <span className={styles.sessionActions}>
        {active && <strong data-testid="training-my-status">{seatText(active.status)}</strong>}
        {active && active.status.kind === 'enrolled' && (
          <Button icon="calendar" disabled={busy} onClick={() => void actions.downloadInvite(active.id)} data-testid="training-ics"
            aria-label={formatString(trainingStrings.Training_Ics_For, title)}>{trainingStrings.Training_Ics}</Button>
        )}
        {active && !confirming && (
          <Button disabled={busy} onClick={() => setConfirming(true)} data-testid="training-cancel"
            aria-label={formatString(trainingStrings.Training_Cancel_For, title)}>{trainingStrings.Training_Cancel}</Button>
        )}
        {!active && session.bookable && props.canEnrol && (
          <Button primary disabled={busy} onClick={() => void actions.enrol(session.id)} data-testid="training-enrol"
            aria-label={formatString(full ? trainingStrings.Training_JoinWaitingFor : trainingStrings.Training_EnrolFor, title)}>
            {full ? trainingStrings.Training_JoinWaiting : trainingStrings.Training_Enrol}
          </Button>
        )}
      </span>
      {active && confirming && (
        <CancelConfirm title={title} busy={busy} onKeep={() => setConfirming(false)} onConfirm={() => { setConfirming(false); void actions.cancel(active); }} />
      )}
    </li>
  );
}
