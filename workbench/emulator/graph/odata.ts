/**
 * The OData query options the Graph emulator understands: `$filter` (a small expression parser and
 * evaluator), `$search`, `$select`, `$orderby`, `$top` and the paging links.
 */
import { GraphHttpError, type IGraphRequest } from './protocol';

/** A scalar a filter compares. */
export type Scalar = string | number | boolean | null;

/** Parsed `$filter` expression. */
export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'cmp'; op: 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le'; property: string; value: Scalar }
  | { kind: 'in'; property: string; values: Scalar[] }
  | { kind: 'func'; name: 'startswith' | 'endswith' | 'contains'; property: string; value: string }
  | { kind: 'any'; property: string; variable: string; body: FilterNode };

interface IToken { t: 'ident' | 'string' | 'number' | 'punct'; v: string; pos: number }

function invalidFilter(detail: string): GraphHttpError {
  return new GraphHttpError(400, 'BadRequest', `Invalid filter clause: ${detail}`);
}

function tokenize(src: string): IToken[] {
  const out: IToken[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) { i++; continue; }
    if (c === "'") {
      // OData string literal: a single quote inside is written as two single quotes.
      let v = '';
      let j = i + 1;
      for (;;) {
        if (j >= src.length) throw invalidFilter(`unterminated string literal at position ${i}.`);
        if (src[j] === "'") {
          if (src[j + 1] === "'") { v += "'"; j += 2; continue; }
          break;
        }
        v += src[j++];
      }
      out.push({ t: 'string', v, pos: i });
      i = j + 1;
      continue;
    }
    if ('(),:'.includes(c)) { out.push({ t: 'punct', v: c, pos: i }); i++; continue; }
    const m = /^(-?\d+(?:\.\d+)?(?![\w:-]))|^(\d{4}-\d\d-\d\d(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?)?(?:Z|[+-]\d\d:\d\d)?|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z_@][\w.@/-]*)/.exec(src.slice(i));
    if (!m) throw invalidFilter(`syntax error at position ${i} in '${src}'.`);
    if (m[1] !== undefined) out.push({ t: 'number', v: m[1], pos: i });
    else out.push({ t: 'ident', v: m[2], pos: i });
    i += m[0].length;
  }
  return out;
}

/** Parses an OData `$filter` expression (the subset Graph's directory and Outlook endpoints accept). */
export function parseFilter(src: string): FilterNode {
  const tokens = tokenize(src);
  let p = 0;
  const peek = (): IToken | undefined => tokens[p];
  const isWord = (w: string): boolean => { const t = peek(); return !!t && t.t === 'ident' && t.v.toLowerCase() === w; };
  const expect = (v: string): void => {
    const t = tokens[p++];
    if (!t || t.v !== v) throw invalidFilter(`'${v}' expected at position ${t ? t.pos : src.length} in '${src}'.`);
  };
  const literal = (): Scalar => {
    const t = tokens[p++];
    if (!t) throw invalidFilter(`a value is missing at the end of '${src}'.`);
    if (t.t === 'string') return t.v;
    if (t.t === 'number') return Number(t.v);
    if (t.t === 'ident') {
      const w = t.v.toLowerCase();
      if (w === 'true') return true;
      if (w === 'false') return false;
      if (w === 'null') return null;
      // Unquoted DateTimeOffset / Guid literals.
      if (/^\d{4}-\d\d-\d\d/.test(t.v) || /^[0-9a-f]{8}-/i.test(t.v)) return t.v;
    }
    throw invalidFilter(`unexpected '${t.v}' at position ${t.pos} in '${src}'.`);
  };
  const propertyName = (): string => {
    const t = tokens[p++];
    if (!t || t.t !== 'ident') throw invalidFilter(`a property name is expected at position ${t ? t.pos : src.length} in '${src}'.`);
    return t.v;
  };
  const primary = (): FilterNode => {
    const t = peek();
    if (!t) throw invalidFilter(`unexpected end of '${src}'.`);
    if (t.v === '(') { p++; const e = orExpr(); expect(')'); return e; }
    if (isWord('not')) { p++; return { kind: 'not', operand: primary() }; }
    const fn = t.t === 'ident' ? t.v.toLowerCase() : '';
    if ((fn === 'startswith' || fn === 'endswith' || fn === 'contains') && tokens[p + 1]?.v === '(') {
      p += 2;
      const property = propertyName();
      expect(',');
      const value = literal();
      expect(')');
      if (typeof value !== 'string') throw invalidFilter(`${fn} expects a string value.`);
      return { kind: 'func', name: fn, property, value };
    }
    const property = propertyName();
    const lambda = /^(.*)\/any$/i.exec(property);
    if (lambda && peek()?.v === '(') {
      p++;
      const variable = propertyName();
      expect(':');
      const body = orExpr();
      expect(')');
      return { kind: 'any', property: lambda[1], variable, body };
    }
    const opTok = tokens[p++];
    const op = opTok?.t === 'ident' ? opTok.v.toLowerCase() : '';
    if (op === 'in') {
      expect('(');
      const values: Scalar[] = [literal()];
      while (peek()?.v === ',') { p++; values.push(literal()); }
      expect(')');
      return { kind: 'in', property, values };
    }
    if (op === 'eq' || op === 'ne' || op === 'gt' || op === 'ge' || op === 'lt' || op === 'le') {
      return { kind: 'cmp', op, property, value: literal() };
    }
    throw invalidFilter(`an operator is expected after '${property}' in '${src}'.`);
  };
  const andExpr = (): FilterNode => {
    let left = primary();
    while (isWord('and')) { p++; left = { kind: 'and', left, right: primary() }; }
    return left;
  };
  function orExpr(): FilterNode {
    let left = andExpr();
    while (isWord('or')) { p++; left = { kind: 'or', left, right: andExpr() }; }
    return left;
  }
  const tree = orExpr();
  if (p < tokens.length) throw invalidFilter(`unexpected '${tokens[p].v}' at position ${tokens[p].pos} in '${src}'.`);
  return tree;
}

/** Every property (path) and operator a filter uses, for the endpoint's capability checks. */
export function filterUsage(node: FilterNode, out: { property: string; op: string }[] = []): { property: string; op: string }[] {
  switch (node.kind) {
    case 'and': case 'or': filterUsage(node.left, out); filterUsage(node.right, out); break;
    case 'not': out.push({ property: '', op: 'not' }); filterUsage(node.operand, out); break;
    case 'cmp': out.push({ property: node.property, op: node.op }); break;
    case 'in': out.push({ property: node.property, op: 'in' }); break;
    case 'func': out.push({ property: node.property, op: node.name }); break;
    case 'any': out.push({ property: node.property, op: 'any' }); break;
  }
  return out;
}

function norm(v: unknown): unknown {
  return typeof v === 'string' ? v.toLowerCase() : v;
}

function compare(a: unknown, b: Scalar): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(norm(a));
  const y = String(norm(b));
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Evaluates a filter against an entity. `get` reads a property path (e.g. `start/dateTime`).
 * String comparisons are case-insensitive, as in Microsoft Entra ID.
 */
export function evaluateFilter(node: FilterNode, get: (path: string) => unknown): boolean {
  switch (node.kind) {
    case 'and': return evaluateFilter(node.left, get) && evaluateFilter(node.right, get);
    case 'or': return evaluateFilter(node.left, get) || evaluateFilter(node.right, get);
    case 'not': return !evaluateFilter(node.operand, get);
    case 'in': {
      const v = norm(get(node.property) ?? null);
      return node.values.some(x => norm(x) === v);
    }
    case 'func': {
      const v = get(node.property);
      if (typeof v !== 'string') return false;
      const s = v.toLowerCase();
      const q = node.value.toLowerCase();
      return node.name === 'startswith' ? s.startsWith(q) : node.name === 'endswith' ? s.endsWith(q) : s.includes(q);
    }
    case 'any': {
      const coll = get(node.property);
      if (!Array.isArray(coll)) return false;
      return coll.some(item => evaluateFilter(node.body, path => (path === node.variable ? item : undefined)));
    }
    case 'cmp': {
      const v = get(node.property) ?? null;
      if (node.value === null || v === null) {
        const same = v === null && node.value === null;
        return node.op === 'eq' ? same : node.op === 'ne' ? !same : false;
      }
      const c = compare(v, node.value);
      switch (node.op) {
        case 'eq': return c === 0;
        case 'ne': return c !== 0;
        case 'gt': return c > 0;
        case 'ge': return c >= 0;
        case 'lt': return c < 0;
        case 'le': return c <= 0;
      }
    }
  }
  return false;
}

/** Reads a `/`-separated property path from a JSON object. */
export function readPath(entity: Record<string, unknown>, path: string): unknown {
  let cur: unknown = entity;
  for (const seg of path.split('/')) {
    if (typeof cur !== 'object' || cur === null || Array.isArray(cur)) return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur;
}

/** One `$search` clause: `"property:term"`. */
export interface ISearchTerm { property: string; term: string }

/** Parsed `$search`: clauses joined by AND (all) or OR (any). */
export interface ISearch { mode: 'and' | 'or'; terms: ISearchTerm[] }

/**
 * Parses a directory `$search` value such as `"displayName:anna" OR "mail:luc"`. Each clause is in
 * double quotes; inside it, `\"` stands for a double quote and `\\` for a backslash, as Graph reads them.
 */
export function parseSearch(src: string, allowed: ReadonlyArray<string>, typeName: string): ISearch {
  const invalid = (c: string): GraphHttpError =>
    new GraphHttpError(400, 'Request_UnsupportedQuery', `Invalid $search clause '${c}'. The value must be a quoted "property:text" pair, such as "displayName:anna".`);
  const terms: ISearchTerm[] = [];
  let mode: 'and' | 'or' = 'and';
  const text = src.trim();
  let i = 0;
  let expectClause = true;
  while (i < text.length) {
    if (/\s/.test(text[i])) { i++; continue; }
    if (!expectClause) {
      const op = /^(AND|OR)(?=\s)/.exec(text.slice(i));
      if (!op) throw invalid(text.slice(i));
      mode = op[1] === 'OR' ? 'or' : 'and';
      i += op[1].length;
      expectClause = true;
      continue;
    }
    if (text[i] !== '"') throw invalid(text.slice(i));
    // a quoted clause: read to the closing quote that is not escaped
    const begin = i;
    let body = '';
    let closed = false;
    for (i++; i < text.length; i++) {
      const c = text[i];
      if (c === '\\' && i + 1 < text.length) { body += text[++i]; continue; }
      if (c === '"') { closed = true; i++; break; }
      body += c;
    }
    const raw = text.slice(begin, i);
    if (!closed) throw invalid(raw);
    const colon = body.indexOf(':');
    if (colon <= 0 || /"/.test(body.slice(0, colon))) throw invalid(raw);
    const name = body.slice(0, colon).trim();
    const property = allowed.find(a => a.toLowerCase() === name.toLowerCase());
    if (!property) {
      throw new GraphHttpError(400, 'Request_UnsupportedQuery', `Unsupported or invalid search clause: property '${name}' of resource '${typeName}' is not searchable.`);
    }
    terms.push({ property, term: body.slice(colon + 1).trim() });
    expectClause = false;
  }
  if (expectClause) throw invalid(text);
  return { mode, terms };
}

/** Splits a value into the words the directory's search index holds. */
function searchTokens(value: string): string[] {
  return value.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/).filter(Boolean);
}

/**
 * Directory search semantics: every word of the term must be the start of a word of the property
 * (tokenized, case- and accent-insensitive), or the whole value starts with the term.
 */
export function matchesSearch(search: ISearch, get: (property: string) => unknown): boolean {
  const test = (t: ISearchTerm): boolean => {
    const raw = get(t.property);
    if (typeof raw !== 'string') return false;
    const value = raw.toLowerCase();
    if (value.startsWith(t.term.toLowerCase())) return true;
    const words = searchTokens(raw);
    const wanted = searchTokens(t.term);
    return wanted.length > 0 && wanted.every(w => words.some(x => x.startsWith(w)));
  };
  return search.mode === 'or' ? search.terms.some(test) : search.terms.every(test);
}

/** Parses `$select`, failing like Graph on a property the type does not have. */
export function parseSelect(req: IGraphRequest, known: ReadonlyArray<string>, typeName: string): string[] | undefined {
  const raw = req.query.get('$select');
  if (raw === null || raw.trim() === '') return undefined;
  return raw.split(',').map(s => s.trim()).filter(Boolean).map(s => {
    const hit = known.find(k => k.toLowerCase() === s.toLowerCase());
    if (!hit) throw new GraphHttpError(400, 'Request_BadRequest', `Could not find a property named '${s}' on type '${typeName}'.`);
    return hit;
  });
}

/** Keeps only the selected properties (and every `@odata.*` annotation). */
export function project(entity: Record<string, unknown>, select: string[] | undefined, alwaysKeep: ReadonlyArray<string> = []): Record<string, unknown> {
  if (!select) return entity;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(entity)) {
    if (k.startsWith('@odata.') || alwaysKeep.includes(k) || select.includes(k)) out[k] = entity[k];
  }
  return out;
}

/** Parses `$top` within Graph's bounds for the endpoint. */
export function parseTop(req: IGraphRequest, max: number): number | undefined {
  const raw = req.query.get('$top');
  if (raw === null) return undefined;
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || n < 1 || n > max) {
    throw new GraphHttpError(400, 'Request_BadRequest', `Invalid page size specified: '${raw}'. Must be between 1 and ${max} inclusive.`);
  }
  return n;
}

const SKIPTOKEN_PREFIX = 'RFNwdAIA';

/** An opaque `$skiptoken` (as in directory paging) for an offset. */
export function encodeSkipToken(offset: number): string {
  return SKIPTOKEN_PREFIX + Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

/** The offset inside a `$skiptoken`; 0 when there is none. */
export function decodeSkipToken(req: IGraphRequest): number {
  const raw = req.query.get('$skiptoken');
  if (raw === null) return 0;
  try {
    if (!raw.startsWith(SKIPTOKEN_PREFIX)) throw new Error('prefix');
    const v: unknown = JSON.parse(Buffer.from(raw.slice(SKIPTOKEN_PREFIX.length), 'base64url').toString('utf8'));
    const o = typeof v === 'object' && v !== null ? (v as { o?: unknown }).o : undefined;
    if (typeof o !== 'number' || o < 0) throw new Error('offset');
    return o;
  } catch {
    throw new GraphHttpError(400, 'Directory_InvalidSkipToken', 'The specified page token value has expired or is invalid.');
  }
}

/** The absolute URL of the same request with some query options replaced (for `@odata.nextLink`). */
export function linkWith(req: IGraphRequest, replace: Record<string, string>): string {
  const q = new URLSearchParams(req.query);
  for (const [k, v] of Object.entries(replace)) q.set(k, v);
  const qs = q.toString().replace(/%24/g, '$').replace(/%2C/g, ',');
  return `${req.serviceRoot}${req.path}${qs ? '?' + qs : ''}`;
}

/** Parses `$orderby` into property and direction; only the properties in `allowed`. */
export function parseOrderBy(req: IGraphRequest, allowed: ReadonlyArray<string>): { property: string; desc: boolean } | undefined {
  const raw = req.query.get('$orderby');
  if (raw === null || raw.trim() === '') return undefined;
  const m = /^\s*([\w/]+)(?:\s+(asc|desc))?\s*$/i.exec(raw);
  const property = m ? allowed.find(a => a.toLowerCase() === m[1].toLowerCase()) : undefined;
  if (!m || !property) {
    throw new GraphHttpError(400, 'Request_UnsupportedQuery', 'Sorting not supported for current query.');
  }
  return { property, desc: (m[2] ?? '').toLowerCase() === 'desc' };
}
