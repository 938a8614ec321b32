/**
 * Maps a Graph v1.0 path to its handler. Every handler is synchronous and returns an
 * {@link IGraphResponse}; errors are thrown as {@link GraphHttpError} and turned into Graph's error
 * body by {@link dispatch}.
 */
import type { IDemoUser } from '../../directory';
import {
  getChannel, getGroup, getManager, getPhotoMeta, getPhotoValue, getSizedPhotoMeta, getTeam, getUser, listChannels, listDirectReports, listGroupMembers,
  listGroupOwners, listGroups, listJoinedTeams, listMemberOf, listPhotos, listUsers, photoSize, resolveGroup, resolveTeam, resolveUser
} from './directory';
import { calendarView, createEvent, deleteEvent, getEvent, listEvents, updateEvent } from './events';
import { sendToTeam, sendToUser } from './notifications';
import {
  errorResponse, GraphHttpError, methodNotAllowed, segmentNotFound, type IGraphRequest, type IGraphResponse
} from './protocol';

/** Splits a path into decoded segments; `users('x')` becomes `users`, `x`; `microsoft.graph.` prefixes go. */
export function splitPath(path: string): string[] {
  const out: string[] = [];
  for (const raw of path.split('/')) {
    if (!raw) continue;
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      throw new GraphHttpError(400, 'BadRequest', `Invalid URI segment '${raw}'.`);
    }
    const key = /^([\w.$]+)\('([^']*)'\)$/.exec(seg);
    if (key) { out.push(key[1], key[2]); continue; }
    out.push(seg.replace(/^microsoft\.graph\./i, ''));
  }
  return out;
}

type Handler = () => IGraphResponse;

/** Picks the handler for the method, or fails with 405 when the resource exists but not the method. */
function byMethod(req: IGraphRequest, handlers: Partial<Record<string, Handler>>): IGraphResponse {
  const h = handlers[req.method];
  if (!h) throw methodNotAllowed();
  return h();
}

function userRoutes(req: IGraphRequest, u: IDemoUser, rest: string[]): IGraphResponse {
  const [a, b, c] = rest;
  const seg = (a ?? '').toLowerCase();
  if (rest.length === 0) return byMethod(req, { GET: () => getUser(req, u) });
  switch (seg) {
    case 'photo':
      if (rest.length === 1) return byMethod(req, { GET: () => getPhotoMeta(req, u) });
      if (rest.length === 2 && b === '$value') return byMethod(req, { GET: () => getPhotoValue(u) });
      throw segmentNotFound(b);
    case 'photos':
      if (rest.length === 1) return byMethod(req, { GET: () => listPhotos(req, u) });
      if (rest.length === 2) return byMethod(req, { GET: () => getSizedPhotoMeta(req, u, b) });
      if (rest.length === 3 && c === '$value') return byMethod(req, { GET: () => getPhotoValue(u, photoSize(b)) });
      throw segmentNotFound(c);
    case 'manager':
      if (rest.length === 1) return byMethod(req, { GET: () => getManager(req, u) });
      throw segmentNotFound(b);
    case 'directreports':
      if (rest.length === 1) return byMethod(req, { GET: () => listDirectReports(req, u) });
      throw segmentNotFound(b);
    case 'memberof':
    case 'transitivememberof':
      if (rest.length === 1) return byMethod(req, { GET: () => listMemberOf(req, u) });
      throw segmentNotFound(b);
    case 'joinedteams':
      if (rest.length === 1) return byMethod(req, { GET: () => listJoinedTeams(req, u) });
      throw segmentNotFound(b);
    case 'calendar':
      if (b?.toLowerCase() === 'events') return eventRoutes(req, u, rest.slice(1));
      if (b?.toLowerCase() === 'calendarview' && rest.length === 2) return byMethod(req, { GET: () => calendarView(req, u) });
      throw segmentNotFound(b ?? 'calendar');
    case 'events':
      return eventRoutes(req, u, rest);
    case 'calendarview':
      if (rest.length === 1) return byMethod(req, { GET: () => calendarView(req, u) });
      throw segmentNotFound(b);
    case 'teamwork':
      if (rest.length === 2 && b.toLowerCase() === 'sendactivitynotification') return byMethod(req, { POST: () => sendToUser(req, u) });
      throw segmentNotFound(b ?? c ?? 'teamwork');
    default:
      throw segmentNotFound(a);
  }
}

function eventRoutes(req: IGraphRequest, u: IDemoUser, rest: string[]): IGraphResponse {
  if (rest.length === 1) return byMethod(req, { GET: () => listEvents(req, u), POST: () => createEvent(req, u) });
  if (rest.length === 2) {
    const id = rest[1];
    return byMethod(req, { GET: () => getEvent(req, u, id), PATCH: () => updateEvent(req, u, id), DELETE: () => deleteEvent(req, u, id) });
  }
  throw segmentNotFound(rest[2]);
}

function route(req: IGraphRequest): IGraphResponse {
  const segs = splitPath(req.path);
  if (segs.length === 0) throw new GraphHttpError(400, 'BadRequest', 'Invalid request: the URL has no resource segment.');
  const [first, second, third, fourth] = segs;
  switch (first.toLowerCase()) {
    case 'me':
      return userRoutes(req, req.caller, segs.slice(1));
    case 'users':
      if (segs.length === 1) {
        return byMethod(req, {
          GET: () => listUsers(req),
          POST: () => { throw new GraphHttpError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'); }
        });
      }
      return userRoutes(req, resolveUser(second), segs.slice(2));
    case 'groups': {
      if (segs.length === 1) return byMethod(req, { GET: () => listGroups(req) });
      const g = resolveGroup(second);
      if (segs.length === 2) return byMethod(req, { GET: () => getGroup(req, g) });
      if (segs.length === 3) {
        switch (third.toLowerCase()) {
          case 'members': case 'transitivemembers': return byMethod(req, { GET: () => listGroupMembers(req, g) });
          case 'owners': return byMethod(req, { GET: () => listGroupOwners(req, g) });
          case 'team': return byMethod(req, { GET: () => getTeam(req, resolveTeam(g.id)) });
        }
      }
      throw segmentNotFound(segs.length === 3 ? third : fourth);
    }
    case 'teams': {
      if (segs.length === 1) throw methodNotAllowed();
      const t = resolveTeam(second);
      if (segs.length === 2) return byMethod(req, { GET: () => getTeam(req, t) });
      const sub = third.toLowerCase();
      if (sub === 'channels' && segs.length === 3) return byMethod(req, { GET: () => listChannels(req, t) });
      if (sub === 'channels' && segs.length === 4) return byMethod(req, { GET: () => getChannel(req, t, fourth) });
      if (sub === 'primarychannel' && segs.length === 3) return byMethod(req, { GET: () => getChannel(req, t, listChannelsFirstId(req, t)) });
      if (sub === 'sendactivitynotification' && segs.length === 3) return byMethod(req, { POST: () => sendToTeam(req, t) });
      throw segmentNotFound(segs.length === 3 ? third : segs[4] ?? fourth);
    }
    default:
      throw segmentNotFound(first);
  }
}

function listChannelsFirstId(req: IGraphRequest, t: ReturnType<typeof resolveTeam>): string {
  const list = listChannels(req, t).body as { value: Array<{ id: string }> };
  return list.value[0].id;
}

/** Runs one request; always returns a response (Graph's error body on failure). */
export function dispatch(req: IGraphRequest): IGraphResponse {
  try {
    return route(req);
  } catch (e) {
    const clientRequestId = req.headers['client-request-id'];
    if (e instanceof GraphHttpError) return errorResponse(e, clientRequestId);
    const message = e instanceof Error ? e.message : String(e);
    return errorResponse(new GraphHttpError(500, 'InternalServerError', `The emulator failed: ${message}`), clientRequestId);
  }
}
