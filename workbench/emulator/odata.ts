/**
 * OData v3 payloads as SharePoint Online writes them: minimal metadata (Accept: application/json,
 * what PnPjs v4 sends), verbose (Accept: application/json;odata=verbose) and nometadata; and
 * SharePoint's error bodies.
 */

/** A response of the SharePoint side, before it is written to HTTP (or into a $batch part). */
export interface ISpResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

/** The OData flavour the caller asked for in its Accept header. */
export type ODataFormat = 'minimal' | 'verbose' | 'nometadata';

/** An error SharePoint answers with `odata.error` (or `error` in verbose). */
export class SpError extends Error {
  public readonly status: number;
  public readonly code: string;
  public readonly headers: Record<string, string>;
  public constructor(status: number, code: string, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

/** The errors SharePoint Online answers, with its codes and messages. */
export const spErrors = {
  accessDenied: (): SpError => new SpError(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied. You do not have permission to perform this action or access this resource.'),
  unauthenticated: (): SpError => new SpError(401, '-2147024891, System.UnauthorizedAccessException', 'Access denied. You do not have permission to perform this action or access this resource.'),
  itemNotFound: (): SpError => new SpError(404, '-2130575338, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.'),
  listNotFound: (title: string, siteUrl: string): SpError => new SpError(404, '-1, System.ArgumentException', `List '${title}' does not exist at site with URL '${siteUrl}'.`),
  listIdNotFound: (): SpError => new SpError(404, '-1, System.ArgumentException', 'List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.'),
  columnNotFound: (name: string): SpError => new SpError(400, '-1, Microsoft.SharePoint.SPException', `Column '${name}' does not exist. It may have been deleted by another user.`),
  fieldNotFound: (name: string): SpError => new SpError(404, '-2147024809, System.ArgumentException', `Column '${name}' does not exist. It may have been deleted by another user.`),
  propertyNotFound: (name: string): SpError => new SpError(400, '-1, Microsoft.SharePoint.SPException', `The field or property '${name}' does not exist.`),
  unknownProperty: (name: string, type: string): SpError => new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The property '${name}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`),
  badQuery: (message: string): SpError => new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message),
  badValue: (edmType: string): SpError => new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `Cannot convert a primitive value to the expected type '${edmType}'. See the inner exception for more details.`),
  threshold: (): SpError => new SpError(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', 'The attempted operation is prohibited because it exceeds the list view threshold.'),
  etagMismatch: (requested: string, actual: string): SpError => new SpError(412, '-1, Microsoft.SharePoint.Client.ClientServiceException', `The request ETag value '${requested}' does not match the object's ETag value '${actual}'.`),
  validation: (message: string): SpError => new SpError(400, '-2130575155, Microsoft.SharePoint.SPFieldValidationException', message),
  duplicateValues: (message: string): SpError => new SpError(400, '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException', message),
  listExists: (): SpError => new SpError(500, '-2130575342, Microsoft.SharePoint.SPException', 'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.'),
  duplicateField: (name: string): SpError => new SpError(500, '-2130575340, Microsoft.SharePoint.SPException', `A duplicate field name "${name}" was found.`),
  userNotFound: (): SpError => new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'The user does not exist or is not unique.'),
  groupNotFound: (): SpError => new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.'),
  notSupported: (what: string): SpError => new SpError(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', `Cannot find resource for the request ${what}.`),
  fileNotFound: (): SpError => new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.')
};

/** An entity with its OData metadata; nested entities (expanded lookups/users) are Entities too. */
export class Entity {
  public readonly type: string;
  public readonly uri: string | undefined;
  public readonly props: Record<string, unknown>;
  public readonly etag: string | undefined;
  public readonly id: string | undefined;
  public constructor(type: string, uri: string | undefined, props: Record<string, unknown>, etag?: string, id?: string) {
    this.type = type;
    this.uri = uri;
    this.props = props;
    this.etag = etag;
    this.id = id;
  }
}

/** The OData flavour from an Accept header. */
export function formatOf(accept: string | undefined): ODataFormat {
  const a = (accept ?? '').toLowerCase();
  if (a.includes('odata=verbose')) return 'verbose';
  if (a.includes('odata=nometadata')) return 'nometadata';
  return 'minimal';
}

const contentTypes: Record<ODataFormat, string> = {
  minimal: 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8',
  verbose: 'application/json;odata=verbose;charset=utf-8',
  nometadata: 'application/json;odata=nometadata;streaming=true;charset=utf-8'
};

function renderValue(v: unknown, fmt: ODataFormat, base: string): unknown {
  if (v instanceof Entity) return renderEntity(v, fmt, base);
  if (Array.isArray(v)) {
    const arr = v.map(x => renderValue(x, fmt, base));
    return fmt === 'verbose' ? { results: arr } : arr;
  }
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (fmt !== 'minimal' && k.startsWith('odata.')) continue;
      o[k] = renderValue(x, fmt, base);
    }
    return o;
  }
  return v;
}

function renderEntity(e: Entity, fmt: ODataFormat, base: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const uri = e.uri ? `${base}/${e.uri}` : undefined;
  if (fmt === 'verbose') {
    const md: Record<string, unknown> = {};
    if (e.id || uri) md.id = e.id ?? uri;
    if (uri) md.uri = uri;
    if (e.etag) md.etag = e.etag;
    md.type = e.type;
    out.__metadata = md;
  } else if (fmt === 'minimal') {
    out['odata.type'] = e.type;
    if (e.id || uri) out['odata.id'] = e.id ?? uri;
    if (e.etag) out['odata.etag'] = e.etag;
    if (e.uri) out['odata.editLink'] = e.uri;
  }
  for (const [k, v] of Object.entries(e.props)) out[k] = renderValue(v, fmt, base);
  return out;
}

function json(status: number, fmt: ODataFormat, payload: unknown, extra: Record<string, string> = {}): ISpResponse {
  return { status, headers: { 'Content-Type': contentTypes[fmt], ...extra }, body: JSON.stringify(payload) };
}

/** A single entity (GET by id, add responses). */
export function entityResponse(e: Entity, fmt: ODataFormat, base: string, status: number = 200, metadataName?: string): ISpResponse {
  const body = renderEntity(e, fmt, base);
  const headers: Record<string, string> = {};
  if (e.etag) headers.ETag = e.etag;
  if (fmt === 'verbose') return json(status, fmt, { d: body }, headers);
  if (fmt === 'minimal') return json(status, fmt, { 'odata.metadata': `${base}/$metadata#${metadataName ?? e.type}/@Element`, ...body }, headers);
  return json(status, fmt, body, headers);
}

/** A collection, with SharePoint's next-page link when there are more rows. */
export function collectionResponse(items: Entity[], fmt: ODataFormat, base: string, metadataName: string, nextLink?: string): ISpResponse {
  const rendered = items.map(e => renderEntity(e, fmt, base));
  if (fmt === 'verbose') {
    const d: Record<string, unknown> = { results: rendered };
    if (nextLink) d.__next = nextLink;
    return json(200, fmt, { d });
  }
  const out: Record<string, unknown> = {};
  if (fmt === 'minimal') out['odata.metadata'] = `${base}/$metadata#${metadataName}`;
  out.value = rendered;
  if (nextLink) out['odata.nextLink'] = nextLink;
  return json(200, fmt, out);
}

/** A primitive or complex value returned by a method (e.g. contextinfo, a GUID, a boolean). */
export function valueResponse(name: string, value: unknown, fmt: ODataFormat, base: string, metadataName: string): ISpResponse {
  if (fmt === 'verbose') return json(200, fmt, { d: { [name]: renderValue(value, fmt, base) } });
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const body = renderValue(value, fmt, base) as Record<string, unknown>;
    return json(200, fmt, fmt === 'minimal' ? { 'odata.metadata': `${base}/$metadata#${metadataName}`, ...body } : body);
  }
  return json(200, fmt, fmt === 'minimal' ? { 'odata.metadata': `${base}/$metadata#${metadataName}`, value: renderValue(value, fmt, base) } : { value: renderValue(value, fmt, base) });
}

/** 204 No Content, with an optional ETag. */
export function noContent(etag?: string): ISpResponse {
  return { status: 204, headers: etag ? { ETag: etag } : {}, body: '' };
}

/** 200 with an empty body (what SharePoint answers to DELETE). */
export function emptyOk(): ISpResponse {
  return { status: 200, headers: {}, body: '' };
}

/** SharePoint's error body. */
export function errorResponse(e: SpError, fmt: ODataFormat): ISpResponse {
  const err = { code: e.code, message: { lang: 'en-US', value: e.message } };
  const body = fmt === 'verbose' ? { error: err } : { 'odata.error': err };
  return { status: e.status, headers: { 'Content-Type': contentTypes[fmt === 'verbose' ? 'verbose' : 'minimal'], ...e.headers }, body: JSON.stringify(body) };
}
