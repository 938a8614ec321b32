/**
 * OData v3 `$filter` as SharePoint REST accepts it: eq ne lt le gt ge, and or not, parentheses,
 * startswith(), substringof(), `eq null`/`ne null`, string ('' escaped), number, boolean,
 * datetime'...' literals, and projected members (`Project/Title`, `Author/EMail`).
 * Parsed once into an AST, then compiled to SQL (items) or evaluated in JS (small collections).
 */
import { SpError, spErrors } from './odata';

export type Literal = string | number | boolean | null;
export interface IMember { k: 'member'; path: string[] }
export interface ILiteral { k: 'lit'; v: Literal; datetime?: boolean }
export type Operand = IMember | ILiteral;
export type CmpOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';
export type FilterNode =
  | { k: 'and' | 'or'; l: FilterNode; r: FilterNode }
  | { k: 'not'; e: FilterNode }
  | { k: 'cmp'; op: CmpOp; l: Operand; r: Operand }
  | { k: 'fn'; name: 'startswith' | 'substringof'; member: IMember; value: string }
  | { k: 'member'; m: IMember };

interface ITok { t: 'id' | 'str' | 'num' | 'dt' | 'guid' | '(' | ')' | ','; v: string }

function bad(msg: string): SpError {
  return spErrors.badQuery(`The expression "${msg}" is not valid.`);
}

/**
 * A string literal SharePoint can query with: it turns `$filter` into CAML, which is XML, and XML
 * cannot hold the control characters U+0000–U+0008, U+000B, U+000C, U+000E–U+001F (nor U+FFFE,
 * U+FFFF), so such a literal fails with the XML writer's "invalid character" error — and never
 * matches every item (SQLite's LIKE would stop at a NUL and match everything).
 */
function checkLiteral(v: string): void {
  // eslint-disable-next-line no-control-regex -- the characters XML 1.0 cannot hold
  const m = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.exec(v);
  if (!m) return;
  const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(2, '0');
  throw new SpError(400, '-2147024809, System.ArgumentException', `'${m[0]}', hexadecimal value 0x${code}, is an invalid character.`);
}

function tokenize(s: string): ITok[] {
  const out: ITok[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') { i++; continue; }
    if (c === '(' || c === ')' || c === ',') { out.push({ t: c, v: c }); i++; continue; }
    if (c === "'") {
      let v = '';
      i++;
      for (;;) {
        if (i >= s.length) throw bad(s);
        if (s[i] === "'") {
          if (s[i + 1] === "'") { v += "'"; i += 2; continue; }
          i++;
          break;
        }
        v += s[i++];
      }
      checkLiteral(v);
      out.push({ t: 'str', v });
      continue;
    }
    if (/[0-9.-]/.test(c) && !(c === '-' && !/[0-9]/.test(s[i + 1] ?? ''))) {
      const m = /^-?[0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?[mMdDfFlL]?/.exec(s.slice(i));
      if (!m) throw bad(s);
      out.push({ t: 'num', v: m[0].replace(/[mMdDfFlL]$/, '') });
      i += m[0].length;
      continue;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_/]*/.exec(s.slice(i));
    if (!m) throw bad(s);
    i += m[0].length;
    const word = m[0];
    if ((word.toLowerCase() === 'datetime' || word.toLowerCase() === 'guid') && s[i] === "'") {
      const end = s.indexOf("'", i + 1);
      if (end < 0) throw bad(s);
      out.push({ t: word.toLowerCase() === 'datetime' ? 'dt' : 'guid', v: s.slice(i + 1, end) });
      i = end + 1;
      continue;
    }
    out.push({ t: 'id', v: word });
  }
  return out;
}

/** Normalises a date-time literal or value to SharePoint's UTC form 2026-01-01T00:00:00Z. */
export function normalizeDate(v: string): string | undefined {
  const d = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(v) || !/T/.test(v) ? v : v + 'Z');
  if (Number.isNaN(d.getTime())) return undefined;
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Parses a `$filter` expression. */
export function parseFilter(src: string): FilterNode {
  const toks = tokenize(src);
  let p = 0;
  const peekWord = (): string => (toks[p]?.t === 'id' ? toks[p].v.toLowerCase() : '');
  const expect = (t: ITok['t']): ITok => {
    const tok = toks[p++];
    if (!tok || tok.t !== t) throw bad(src);
    return tok;
  };
  const operand = (): Operand => {
    const tok = toks[p++];
    if (!tok) throw bad(src);
    switch (tok.t) {
      case 'str': return { k: 'lit', v: tok.v };
      case 'num': return { k: 'lit', v: Number(tok.v) };
      case 'guid': return { k: 'lit', v: tok.v };
      case 'dt': {
        const d = normalizeDate(tok.v);
        if (!d) throw bad(src);
        return { k: 'lit', v: d, datetime: true };
      }
      case 'id': {
        const w = tok.v.toLowerCase();
        if (w === 'true' || w === 'false') return { k: 'lit', v: w === 'true' };
        if (w === 'null') return { k: 'lit', v: null };
        return { k: 'member', path: tok.v.split('/') };
      }
      default: throw bad(src);
    }
  };
  const primary = (): FilterNode => {
    if (toks[p]?.t === '(') {
      p++;
      const e = orExpr();
      expect(')');
      return e;
    }
    const w = peekWord();
    if ((w === 'startswith' || w === 'substringof') && toks[p + 1]?.t === '(') {
      p += 2;
      const a = operand();
      expect(',');
      const b = operand();
      expect(')');
      const member = (w === 'startswith' ? a : b);
      const value = (w === 'startswith' ? b : a);
      if (member.k !== 'member' || value.k !== 'lit' || typeof value.v !== 'string') throw bad(src);
      return { k: 'fn', name: w, member, value: value.v };
    }
    const l = operand();
    const op = peekWord();
    if (['eq', 'ne', 'lt', 'le', 'gt', 'ge'].indexOf(op) >= 0) {
      p++;
      const r = operand();
      return { k: 'cmp', op: op as CmpOp, l, r };
    }
    if (l.k === 'member') return { k: 'member', m: l };
    throw bad(src);
  };
  const notExpr = (): FilterNode => {
    if (peekWord() === 'not') {
      p++;
      return { k: 'not', e: notExpr() };
    }
    return primary();
  };
  const andExpr = (): FilterNode => {
    let l = notExpr();
    while (peekWord() === 'and') {
      p++;
      l = { k: 'and', l, r: notExpr() };
    }
    return l;
  };
  const orExpr = (): FilterNode => {
    let l = andExpr();
    while (peekWord() === 'or') {
      p++;
      l = { k: 'or', l, r: andExpr() };
    }
    return l;
  };
  const e = orExpr();
  if (p !== toks.length) throw bad(src);
  return e;
}

/** The clause SharePoint evaluates first: the leftmost operand of the top-level `and` chain. */
export function firstClause(n: FilterNode): FilterNode {
  return n.k === 'and' ? firstClause(n.l) : n;
}

/** Every member a filter refers to. */
export function membersOf(n: FilterNode): IMember[] {
  switch (n.k) {
    case 'and': case 'or': return [...membersOf(n.l), ...membersOf(n.r)];
    case 'not': return membersOf(n.e);
    case 'fn': return [n.member];
    case 'member': return [n.m];
    case 'cmp': return [n.l, n.r].filter((o): o is IMember => o.k === 'member');
  }
}

/** How the SQL compiler reaches a member's value. */
export interface ISqlMember {
  /** SQL expression of the (single) value. */
  sql: string;
  /** For multi-valued fields: SQL giving the JSON array (compared with json_each). */
  multiJson?: string;
  /** Converts a literal to the stored representation (e.g. booleans to 1/0, dates normalised). */
  convert?: (v: Literal) => Literal;
}

/** Compiles a filter to a SQL boolean expression with positional parameters. */
export function filterToSql(n: FilterNode, resolve: (m: IMember) => ISqlMember, params: Literal[]): string {
  const lit = (o: ILiteral, m: ISqlMember): Literal => (m.convert ? m.convert(o.v) : o.v);
  switch (n.k) {
    case 'and': return `(${filterToSql(n.l, resolve, params)} AND ${filterToSql(n.r, resolve, params)})`;
    case 'or': return `(${filterToSql(n.l, resolve, params)} OR ${filterToSql(n.r, resolve, params)})`;
    case 'not': return `(NOT COALESCE(${filterToSql(n.e, resolve, params)}, 0))`;
    case 'member': {
      const m = resolve(n.m);
      return `(${m.sql} = 1)`;
    }
    case 'fn': {
      const m = resolve(n.member);
      const v = n.value.replace(/[\\%_]/g, ch => '\\' + ch);
      params.push(n.name === 'startswith' ? `${v}%` : `%${v}%`);
      if (m.multiJson) return `EXISTS (SELECT 1 FROM json_each(${m.multiJson}) WHERE value LIKE ? ESCAPE '\\')`;
      return `(${m.sql} LIKE ? ESCAPE '\\')`;
    }
    case 'cmp': {
      let { l, r, op } = n;
      if (l.k === 'lit' && r.k === 'member') {
        [l, r] = [r, l];
        const flip: Record<CmpOp, CmpOp> = { eq: 'eq', ne: 'ne', lt: 'gt', le: 'ge', gt: 'lt', ge: 'le' };
        op = flip[op];
      }
      if (l.k !== 'member' || r.k !== 'lit') throw spErrors.badQuery('The query is not valid: comparisons need a field and a value.');
      const m = resolve(l);
      const sqlOp: Record<CmpOp, string> = { eq: '=', ne: '<>', lt: '<', le: '<=', gt: '>', ge: '>=' };
      if (r.v === null) {
        if (m.multiJson) return op === 'eq' ? `(COALESCE(json_array_length(${m.multiJson}), 0) = 0)` : `(COALESCE(json_array_length(${m.multiJson}), 0) > 0)`;
        if (op === 'eq') return `(${m.sql} IS NULL)`;
        if (op === 'ne') return `(${m.sql} IS NOT NULL)`;
        throw spErrors.badQuery('The query is not valid: null can only be compared with eq or ne.');
      }
      params.push(lit(r, m));
      if (m.multiJson) {
        const ex = `EXISTS (SELECT 1 FROM json_each(${m.multiJson}) WHERE value ${op === 'ne' ? '=' : sqlOp[op]} ? COLLATE NOCASE)`;
        return op === 'ne' ? `(NOT ${ex})` : ex;
      }
      // COLLATE on the left operand: SharePoint compares text case-insensitively, and this exact
      // form lets SQLite match the field's NOCASE expression index.
      const lhs = m.sql.startsWith('json_extract(') ? `(${m.sql} COLLATE NOCASE)` : m.sql;
      if (op === 'ne') return `(${m.sql} IS NULL OR ${lhs} <> ?)`;
      return `(${lhs} ${sqlOp[op]} ?)`;
    }
  }
}

function cmpValues(a: unknown, b: unknown): number {
  if (typeof a === 'string' && typeof b === 'string') {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (typeof a === 'boolean' || typeof b === 'boolean') return Number(a) - Number(b);
  const x = a as number;
  const y = b as number;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Evaluates a filter against plain objects (lists, fields, users, groups collections). */
export function evalFilter(n: FilterNode, get: (m: IMember) => unknown): boolean {
  switch (n.k) {
    case 'and': return evalFilter(n.l, get) && evalFilter(n.r, get);
    case 'or': return evalFilter(n.l, get) || evalFilter(n.r, get);
    case 'not': return !evalFilter(n.e, get);
    case 'member': return get(n.m) === true;
    case 'fn': {
      const v = String(get(n.member) ?? '').toLowerCase();
      return n.name === 'startswith' ? v.startsWith(n.value.toLowerCase()) : v.includes(n.value.toLowerCase());
    }
    case 'cmp': {
      const val = (o: Operand): unknown => (o.k === 'lit' ? o.v : get(o));
      const a = val(n.l);
      const b = val(n.r);
      if (a === null || a === undefined || b === null || b === undefined) {
        const eq = (a ?? null) === (b ?? null);
        return n.op === 'eq' ? eq : n.op === 'ne' ? !eq : false;
      }
      const c = cmpValues(a, b);
      switch (n.op) {
        case 'eq': return c === 0;
        case 'ne': return c !== 0;
        case 'lt': return c < 0;
        case 'le': return c <= 0;
        case 'gt': return c > 0;
        case 'ge': return c >= 0;
      }
    }
  }
  return false;
}
