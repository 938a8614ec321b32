/**
 * Teams activity feed notifications: `POST /users/{id}/teamwork/sendActivityNotification` and
 * `POST /teams/{id}/sendActivityNotification`. The body is validated the way Graph validates it;
 * accepted notifications are recorded in SQLite (one row per recipient) instead of being delivered.
 */
import type { DatabaseSync } from 'node:sqlite';
import { findDemoUser, type IDemoGroup, type IDemoUser } from '../../directory';
import { channelsOf } from './directory';
import { GraphHttpError, isRecord, noContent, readJsonBody, type IGraphRequest, type IGraphResponse } from './protocol';

/** Creates the notifications table; idempotent. */
export function initNotificationsTable(db: DatabaseSync): void {
  db.exec(`CREATE TABLE IF NOT EXISTS graph_notifications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created TEXT NOT NULL,
    scope TEXT NOT NULL,
    team_id TEXT,
    sender_id TEXT NOT NULL,
    recipient_id TEXT NOT NULL,
    activity_type TEXT NOT NULL,
    data TEXT NOT NULL
  );`);
}

/** A recorded activity notification, as {@link listNotifications} returns it. */
export interface IRecordedNotification {
  id: number;
  createdDateTime: string;
  /** `user` for /users/{id}/teamwork/sendActivityNotification, `team` for /teams/{id}/sendActivityNotification. */
  scope: 'user' | 'team';
  teamId?: string;
  sender: { id: string; userPrincipalName: string; displayName: string };
  recipient: { id: string; userPrincipalName: string; displayName: string };
  activityType: string;
  topic: { source: string; value: string; webUrl?: string };
  previewText: string;
  templateParameters: Array<{ name: string; value: string }>;
  chainId?: number;
  teamsAppId?: string;
  iconId?: string;
}

const USER_PARAMS = ['topic', 'activityType', 'chainId', 'previewText', 'templateParameters', 'teamsAppId', 'iconId'];
const TEAM_PARAMS = [...USER_PARAMS, 'recipient'];

function bad(message: string): GraphHttpError {
  return new GraphHttpError(400, 'BadRequest', message);
}

interface IValidated {
  topic: { source: string; value: string; webUrl?: string };
  activityType: string;
  previewText: string;
  templateParameters: Array<{ name: string; value: string }>;
  chainId?: number;
  teamsAppId?: string;
  iconId?: string;
}

function validate(req: IGraphRequest, body: Record<string, unknown>, allowed: string[]): IValidated {
  for (const k of Object.keys(body)) {
    if (!allowed.includes(k)) {
      throw bad(`The parameter '${k}' in the request payload is not a valid parameter for the operation 'sendActivityNotification'.`);
    }
  }
  const topic = body.topic;
  if (!isRecord(topic)) throw bad("The parameter 'topic' is required: a teamworkActivityTopic with 'source' and 'value'.");
  if (topic.source !== 'entityUrl' && topic.source !== 'text') {
    throw bad(`Cannot convert the literal '${String(topic.source)}' of 'topic.source' to the expected type 'microsoft.graph.teamworkActivityTopicSource' ('entityUrl' or 'text').`);
  }
  if (typeof topic.value !== 'string' || topic.value.trim() === '') throw bad("The parameter 'topic.value' is required.");
  if (topic.source === 'text') {
    if (typeof topic.webUrl !== 'string' || !/^https?:\/\//i.test(topic.webUrl)) {
      throw bad("The parameter 'topic.webUrl' is required when 'topic.source' is 'text', and must be an absolute URL.");
    }
  } else {
    const graphRoots = ['https://graph.microsoft.com/', `${req.origin}/graph/`];
    if (!graphRoots.some(r => String(topic.value).toLowerCase().startsWith(r.toLowerCase()))) {
      throw bad("The parameter 'topic.value' must be the URL of a Microsoft Graph resource when 'topic.source' is 'entityUrl'.");
    }
    if (topic.webUrl !== undefined) throw bad("The parameter 'topic.webUrl' must not be set when 'topic.source' is 'entityUrl'.");
  }
  if (typeof body.activityType !== 'string' || body.activityType.trim() === '') throw bad("The parameter 'activityType' is required.");
  const preview = body.previewText;
  if (!isRecord(preview) || typeof preview.content !== 'string') throw bad("The parameter 'previewText' is required: an itemBody with 'content'.");
  if (preview.content.length > 150) throw bad("The parameter 'previewText.content' must not be longer than 150 characters.");
  const params: Array<{ name: string; value: string }> = [];
  if (body.templateParameters !== undefined && body.templateParameters !== null) {
    if (!Array.isArray(body.templateParameters)) throw bad("The parameter 'templateParameters' must be a collection of keyValuePair.");
    body.templateParameters.forEach((p, i) => {
      if (!isRecord(p) || typeof p.name !== 'string' || p.name === '' || (p.value !== null && p.value !== undefined && typeof p.value !== 'string')) {
        throw bad(`The parameter 'templateParameters[${i}]' must be a keyValuePair with a string 'name' and 'value'.`);
      }
      params.push({ name: p.name, value: typeof p.value === 'string' ? p.value : '' });
    });
  }
  if (body.chainId !== undefined && (typeof body.chainId !== 'number' || !Number.isInteger(body.chainId))) {
    throw bad("The parameter 'chainId' must be an integer.");
  }
  if (body.activityType === 'systemDefault' && !params.some(p => p.name === 'systemDefaultText')) {
    throw bad("The template parameter 'systemDefaultText' is required when 'activityType' is 'systemDefault'.");
  }
  return {
    topic: { source: topic.source, value: topic.value, ...(topic.source === 'text' ? { webUrl: String(topic.webUrl) } : {}) },
    activityType: body.activityType,
    previewText: preview.content,
    templateParameters: params,
    chainId: typeof body.chainId === 'number' ? body.chainId : undefined,
    teamsAppId: typeof body.teamsAppId === 'string' ? body.teamsAppId : undefined,
    iconId: typeof body.iconId === 'string' ? body.iconId : undefined
  };
}

function person(u: IDemoUser): { id: string; userPrincipalName: string; displayName: string } {
  return { id: u.id, userPrincipalName: u.userPrincipalName, displayName: u.displayName };
}

function record(req: IGraphRequest, scope: 'user' | 'team', team: IDemoGroup | undefined, recipients: IDemoUser[], n: IValidated): void {
  const created = new Date().toISOString();
  const stmt = req.db.prepare('INSERT INTO graph_notifications (created, scope, team_id, sender_id, recipient_id, activity_type, data) VALUES (?, ?, ?, ?, ?, ?, ?)');
  req.db.exec('BEGIN');
  try {
    for (const r of recipients) {
      const data = { scope, teamId: team?.id, sender: person(req.caller), recipient: person(r), ...n };
      stmt.run(created, scope, team?.id ?? null, req.caller.id, r.id, n.activityType, JSON.stringify(data));
    }
    req.db.exec('COMMIT');
  } catch (e) {
    req.db.exec('ROLLBACK');
    throw e;
  }
}

/** POST /users/{id}/teamwork/sendActivityNotification */
export function sendToUser(req: IGraphRequest, recipient: IDemoUser): IGraphResponse {
  const body = readJsonBody(req);
  if (body.recipient !== undefined) {
    throw bad("The parameter 'recipient' must not be set: on /users/{id}/teamwork/sendActivityNotification the recipient is the user in the URL.");
  }
  record(req, 'user', undefined, [recipient], validate(req, body, USER_PARAMS));
  return noContent();
}

/** POST /teams/{id}/sendActivityNotification */
export function sendToTeam(req: IGraphRequest, team: IDemoGroup): IGraphResponse {
  const body = readJsonBody(req);
  const n = validate(req, body, TEAM_PARAMS);
  const r = body.recipient;
  if (!isRecord(r)) throw bad("The parameter 'recipient' is required: a teamworkNotificationRecipient with '@odata.type'.");
  const type = String(r['@odata.type'] ?? '').replace(/^#/, '');
  const everyone = (): IDemoUser[] => [...new Set([...team.members, ...team.owners])].map(u => findDemoUser(u)).filter((u): u is IDemoUser => !!u);
  let recipients: IDemoUser[];
  if (type === 'microsoft.graph.aadUserNotificationRecipient') {
    const u = typeof r.userId === 'string' ? findDemoUser(r.userId) : undefined;
    if (!u) throw bad("The parameter 'recipient.userId' must be the id of a user.");
    if (!team.members.includes(u.userPrincipalName) && !team.owners.includes(u.userPrincipalName)) {
      throw bad(`The recipient '${String(r.userId)}' is not a member of the team.`);
    }
    recipients = [u];
  } else if (type === 'microsoft.graph.teamMembersNotificationRecipient') {
    if (r.teamId !== team.id) throw bad("The parameter 'recipient.teamId' must be the id of the team in the URL.");
    recipients = everyone();
  } else if (type === 'microsoft.graph.channelMembersNotificationRecipient') {
    if (r.teamId !== team.id) throw bad("The parameter 'recipient.teamId' must be the id of the team in the URL.");
    if (!channelsOf(team).some(c => c.id === r.channelId)) throw bad("The parameter 'recipient.channelId' must be the id of a channel of the team.");
    recipients = everyone();
  } else {
    throw bad("The parameter 'recipient' needs an '@odata.type' of microsoft.graph.aadUserNotificationRecipient, teamMembersNotificationRecipient or channelMembersNotificationRecipient.");
  }
  record(req, 'team', team, recipients, n);
  return noContent();
}

/** Every recorded notification, newest first. */
export function listRecordedNotifications(db: DatabaseSync): IRecordedNotification[] {
  const rows = db.prepare('SELECT id, created, data FROM graph_notifications ORDER BY id DESC').all() as unknown as Array<{ id: number; created: string; data: string }>;
  return rows.map(r => ({ id: r.id, createdDateTime: r.created, ...(JSON.parse(r.data) as Omit<IRecordedNotification, 'id' | 'createdDateTime'>) }));
}
