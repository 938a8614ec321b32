import * as React from 'react';
import * as strings from 'PmoHubStrings';
import * as trainingStrings from 'TrainingStrings';
import { formatDateTime } from '../../domain/dates';
import { formatString } from '../../domain/text';
import type { ICommunity, ICommunityService } from '../../services/CommunityService';
import { Button, Link, Notice, Spinner, SR_ONLY } from '../controls';
import { ErrorMessage } from '../ErrorMessage';
import { errorText } from '../ErrorMessage/errorText';
import { byTestId, useFocusReturn } from '../controls/form/useFocusReturn';
import { useLoad } from '../Raid/useLoad';
import { useFocusAfterBusy } from './focus';
import { CommunityForm } from './lazy';
import styles from './Training.module.scss';

/** A community topic's name in the user's language (CommunityTopic codes); an unknown code as it is. */
export function topicLabel(code: string): string {
  const names: Record<string, string> = {
    Classic: trainingStrings.Training_Topic_Classic, Agile: trainingStrings.Training_Topic_Agile, PRINCE2: trainingStrings.Training_Topic_PRINCE2, Risk: trainingStrings.Training_Topic_Risk,
    Benefits: trainingStrings.Training_Topic_Benefits, Tools: trainingStrings.Training_Topic_Tools, Other: trainingStrings.Training_Topic_Other
  };
  return names[code] ?? code;
}

/** Teams' deep link that opens a chat with a person (by e-mail / sign-in name). */
export function teamsChatUrl(email: string): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(email)}`;
}

/** "Run by <owner>": the name a mailto link, then a link to chat with them in Teams (when the owner has an e-mail). */
function OwnerLine(props: { owner: NonNullable<ICommunity['owner']> }): React.ReactElement {
  const { owner } = props;
  const [before, after] = trainingStrings.Training_Owner.split('{0}');
  if (!owner.email) return <span data-testid="training-community-owner">{formatString(trainingStrings.Training_Owner, owner.title)}</span>;
  return (
    <span data-testid="training-community-owner">
      {before}<Link href={`mailto:${owner.email}`} aria-label={formatString(trainingStrings.Training_Owner_MailTo, owner.title)}>{owner.title}</Link>{after}
      {' · '}<Link href={teamsChatUrl(owner.email)} target="_blank">{trainingStrings.Training_Owner_Chat}<span className={SR_ONLY}>{` (${owner.title})`}</span></Link>
    </span>
  );
}

/** Props of {@link Communities}. */
export interface ICommunitiesProps {
  service: ICommunityService;
  locale: string;
  timeZone: string;
}

/** One community: topic, description, owner, members, Teams link, next events; join or leave; the PMO's edit and archive. */
function CommunityCard(props: { c: ICommunity; locale: string; timeZone: string; canManage: boolean; busy: boolean; onJoin: (join: boolean) => void; onEdit: (control: EventTarget) => void; onArchive: () => void }): React.ReactElement {
  const { c } = props;
  return (
    <li className={styles.module} data-testid="training-community" data-community={c.id}>
      <h3 className={styles.subheading}>{c.title}</h3>
      <span className={styles.meta}>
        {topicLabel(c.topic)} · {formatString(trainingStrings.Training_Members, c.members)}
        {!c.active && <> · {trainingStrings.Training_Archived}</>}
      </span>
      {c.owner && <OwnerLine owner={c.owner} />}
      {c.summary && <span>{c.summary}</span>}
      {c.teamsLink && <Link href={c.teamsLink} target="_blank">{formatString(trainingStrings.Training_TeamsLink, c.title)}</Link>}
      <span>{trainingStrings.Training_NextEvents}</span>
      {c.nextEvents.length === 0 ? <span className={styles.empty}>{trainingStrings.Training_NoEvents}</span> : (
        <ul className={styles.plain}>
          {c.nextEvents.slice(0, 3).map(e => (
            <li key={e.start + e.title}>
              {formatDateTime(e.start, props.locale, props.timeZone)} · {e.url ? <Link href={e.url} target="_blank">{e.title}</Link> : e.title}
            </li>
          ))}
        </ul>
      )}
      <span className={styles.sessionActions}>
        {c.isMember && <strong>{trainingStrings.Training_YouAreMember}</strong>}
        {/* An archived community takes no new members (the service refuses it too); its members can still leave. */}
        {(c.active || c.isMember) && (
          <Button primary={!c.isMember} disabled={props.busy} onClick={() => props.onJoin(!c.isMember)} data-testid={c.isMember ? 'training-community-leave' : 'training-community-join'}
            aria-label={formatString(c.isMember ? trainingStrings.Training_LeaveFor : trainingStrings.Training_JoinFor, c.title)}>
            {c.isMember ? trainingStrings.Training_Leave : trainingStrings.Training_Join}
          </Button>
        )}
        {props.canManage && <Button icon="edit" onClick={e => props.onEdit(e.currentTarget)} data-testid={`training-community-edit-${c.id}`} aria-label={formatString(trainingStrings.Training_EditFor, c.title)}>{trainingStrings.Training_Edit}</Button>}
        {props.canManage && c.active && <Button icon="delete" disabled={props.busy} onClick={props.onArchive} aria-label={formatString(trainingStrings.Training_ArchiveFor, c.title)}>{trainingStrings.Training_Archive}</Button>}
      </span>
    </li>
  );
}

/** The Communities tab: communities of practice with join and leave, their Teams link and next events; the PMO adds, edits and archives them. */
export function Communities(props: ICommunitiesProps): React.ReactElement {
  const { load, reload } = useLoad(() => props.service.communities(), 'communities');
  const [busy, setBusy] = React.useState<number | undefined>(undefined);
  const [problem, setProblem] = React.useState<string | undefined>(undefined);
  const [editing, setEditing] = React.useState<ICommunity | 'new' | undefined>(undefined);
  const [saved, setSaved] = React.useState<string | undefined>(undefined);
  const focus = useFocusReturn();
  // Join, Leave and Archive disable the card's buttons while they run (Archive goes away): then the keyboard
  // goes back to the card's Join or Leave button, else its first button.
  const acted = React.useRef<number | undefined>(undefined);
  useFocusAfterBusy(busy !== undefined, () => {
    const card = document.querySelector<HTMLElement>(`[data-testid="training-community"][data-community="${acted.current ?? ''}"]`);
    return card?.querySelector<HTMLElement>('[data-testid="training-community-join"], [data-testid="training-community-leave"]') ?? card?.querySelector<HTMLElement>('button:not([disabled])');
  });
  const edit = (what: ICommunity | 'new', control: EventTarget): void => { setSaved(undefined); focus.opening(control); setEditing(what); };
  // Closed: the focus goes back to what opened the form; after saving an existing community, to its Edit button once the list is read again.
  const closed = (message: string | undefined): void => {
    const row = editing && editing !== 'new' ? `training-community-edit-${editing.id}` : undefined;
    setEditing(undefined);
    setSaved(message);
    if (!message) focus.closed();
    else void reload().then(() => focus.closed(row ? () => byTestId(row) : undefined));
  };
  const run = async (id: number, act: () => Promise<void>): Promise<void> => {
    setBusy(id);
    acted.current = id;
    setProblem(undefined);
    try {
      await act();
      await reload();
    } catch (e) {
      setProblem(errorText(e));
    } finally {
      setBusy(undefined);
    }
  };
  if (load.status === 'loading') return <Spinner label={strings.LoadingLabel} />;
  if (load.status === 'error') return <ErrorMessage error={load.error} onRetry={() => void reload()} />;
  const { communities, canManage } = load.data;
  return (
    <div data-testid="training-communities">
      <p className={styles.intro}>{trainingStrings.Training_CommunitiesIntro}</p>
      {problem && <Notice kind="error">{problem}</Notice>}
      <div aria-live="polite" data-testid="training-community-status">{saved && <Notice kind="success" onDismiss={() => setSaved(undefined)} dismissLabel={trainingStrings.Training_Dismiss}>{saved}</Notice>}</div>
      {canManage && <Button icon="add" onClick={e => edit('new', e.currentTarget)} data-testid="training-community-add">{trainingStrings.Training_AddCommunity}</Button>}
      {editing && <CommunityForm.Component service={props.service} community={editing === 'new' ? undefined : editing} me={load.data.me} onDone={closed} />}
      {communities.length === 0 ? <p className={styles.empty}>{trainingStrings.Training_NoCommunities}</p> : (
        <ul className={styles.modules}>
          {communities.map(c => (
            <CommunityCard key={c.id} c={c} locale={props.locale} timeZone={props.timeZone} canManage={canManage} busy={busy === c.id}
              onJoin={join => void run(c.id, () => (join ? props.service.join(c.id) : props.service.leave(c.id)))}
              onEdit={control => edit(c, control)} onArchive={() => void run(c.id, () => props.service.archive(c.id, c.etag))} />
          ))}
        </ul>
      )}
    </div>
  );
}
