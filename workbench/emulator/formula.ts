/**
 * Calculated columns: a small evaluator for SharePoint formulas, run when an item is written (as
 * SharePoint stores calculated values with the item). Supports column references ([Display name]
 * or [InternalName]), numbers, "text", + - * / ^, & (concatenation), comparisons (= <> < > <= >=),
 * parentheses and IF, AND, OR, NOT, ROUND, ROUNDUP, ROUNDDOWN, ABS, MIN, MAX, SUM, ISBLANK, LEN, UPPER, LOWER.
 * A formula it cannot evaluate gives null (see FIDELITY.md).
 */
import type { IFieldRecord } from './fields';

type Value = number | string | boolean | null;
interface ITok { t: 'num' | 'str' | 'ref' | 'op' | 'id' | '(' | ')' | ','; v: string }

function tokenize(src: string): ITok[] {
  const out: ITok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) { i++; continue; }
    if (c === '[') { const e = src.indexOf(']', i); out.push({ t: 'ref', v: src.slice(i + 1, e) }); i = e + 1; continue; }
    if (c === '"') { let e = i + 1; let v = ''; while (e < src.length) { if (src[e] === '"' && src[e + 1] === '"') { v += '"'; e += 2; continue; } if (src[e] === '"') break; v += src[e++]; } out.push({ t: 'str', v }); i = e + 1; continue; }
    if (/[0-9.]/.test(c)) { const m = /^[0-9]*\.?[0-9]+/.exec(src.slice(i)); if (!m) throw new Error('bad number'); out.push({ t: 'num', v: m[0] }); i += m[0].length; continue; }
    const two = src.slice(i, i + 2);
    if (two === '<>' || two === '<=' || two === '>=') { out.push({ t: 'op', v: two }); i += 2; continue; }
    if ('+-*/^&=<>'.includes(c)) { out.push({ t: 'op', v: c }); i++; continue; }
    if (c === '(' || c === ')') { out.push({ t: c, v: c }); i++; continue; }
    if (c === ',' || c === ';') { out.push({ t: ',', v: ',' }); i++; continue; }
    const m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(src.slice(i));
    if (!m) throw new Error(`unexpected ${c}`);
    out.push({ t: 'id', v: m[0].toUpperCase() });
    i += m[0].length;
  }
  return out;
}

const num = (v: Value): number => (typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : v === null || v === '' ? 0 : Number(v));
const str = (v: Value): string => (v === null ? '' : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v));

/** Evaluates a formula against an item's values (keyed by internal name). */
export function evaluateFormula(formula: string, fields: IFieldRecord[], data: Record<string, unknown>): Value {
  const toks = tokenize(formula.replace(/^\s*=/, ''));
  let p = 0;
  const ref = (name: string): Value => {
    const f = fields.find(x => x.Title === name) ?? fields.find(x => x.InternalName === name) ?? fields.find(x => x.Title.toLowerCase() === name.toLowerCase());
    if (!f) throw new Error(`unknown column ${name}`);
    const v = data[f.InternalName];
    if (v === undefined || v === null) return null;
    if (Array.isArray(v)) return v.join(', ');
    return typeof v === 'object' ? JSON.stringify(v) : (v as Value);
  };
  const args = (): Value[] => {
    const out: Value[] = [];
    if (toks[p]?.t === ')') { p++; return out; }
    for (;;) {
      out.push(cmp());
      const t = toks[p++];
      if (t?.t === ')') return out;
      if (t?.t !== ',') throw new Error('expected , or )');
    }
  };
  const call = (name: string, a: Value[]): Value => {
    const round = (x: number, n: number, mode: 'r' | 'u' | 'd'): number => {
      const f = Math.pow(10, n);
      const y = x * f;
      return (mode === 'r' ? Math.round(y) : mode === 'u' ? Math.sign(y) * Math.ceil(Math.abs(y)) : Math.sign(y) * Math.floor(Math.abs(y))) / f;
    };
    switch (name) {
      case 'IF': return a[0] === true || (typeof a[0] === 'number' && a[0] !== 0) ? a[1] ?? true : a[2] ?? false;
      case 'AND': return a.every(x => Boolean(num(x)));
      case 'OR': return a.some(x => Boolean(num(x)));
      case 'NOT': return !num(a[0]);
      case 'ROUND': return round(num(a[0]), num(a[1] ?? 0), 'r');
      case 'ROUNDUP': return round(num(a[0]), num(a[1] ?? 0), 'u');
      case 'ROUNDDOWN': return round(num(a[0]), num(a[1] ?? 0), 'd');
      case 'ABS': return Math.abs(num(a[0]));
      case 'MIN': return Math.min(...a.map(num));
      case 'MAX': return Math.max(...a.map(num));
      case 'SUM': return a.map(num).reduce((x, y) => x + y, 0);
      case 'ISBLANK': return a[0] === null || a[0] === '';
      case 'LEN': return str(a[0]).length;
      case 'UPPER': return str(a[0]).toUpperCase();
      case 'LOWER': return str(a[0]).toLowerCase();
      case 'TRUE': return true;
      case 'FALSE': return false;
      default: throw new Error(`unsupported function ${name}`);
    }
  };
  const atom = (): Value => {
    const t = toks[p++];
    if (!t) throw new Error('unexpected end');
    if (t.t === 'num') return Number(t.v);
    if (t.t === 'str') return t.v;
    if (t.t === 'ref') return ref(t.v);
    if (t.t === '(') { const v = cmp(); if (toks[p++]?.t !== ')') throw new Error('expected )'); return v; }
    if (t.t === 'op' && t.v === '-') return -num(atom());
    if (t.t === 'id') {
      if (toks[p]?.t === '(') { p++; return call(t.v, args()); }
      if (t.v === 'TRUE' || t.v === 'FALSE') return t.v === 'TRUE';
      return ref(t.v);
    }
    throw new Error(`unexpected ${t.v}`);
  };
  const pow = (): Value => { let l = atom(); while (toks[p]?.v === '^') { p++; l = Math.pow(num(l), num(atom())); } return l; };
  const mul = (): Value => {
    let l = pow();
    while (toks[p]?.v === '*' || toks[p]?.v === '/') {
      const op = toks[p++].v;
      const r = pow();
      if (op === '/' && num(r) === 0) throw new Error('#DIV/0!');
      l = op === '*' ? num(l) * num(r) : num(l) / num(r);
    }
    return l;
  };
  const add = (): Value => { let l = mul(); while (toks[p]?.v === '+' || toks[p]?.v === '-') { const op = toks[p++].v; const r = mul(); l = op === '+' ? num(l) + num(r) : num(l) - num(r); } return l; };
  const cat = (): Value => { let l = add(); while (toks[p]?.v === '&') { p++; l = str(l) + str(add()); } return l; };
  const cmp = (): Value => {
    let l = cat();
    while (toks[p]?.t === 'op' && ['=', '<>', '<', '>', '<=', '>='].indexOf(toks[p].v) >= 0) {
      const op = toks[p++].v;
      const r = cat();
      const both = typeof l === 'number' || typeof r === 'number';
      const a = both ? num(l) : str(l).toLowerCase();
      const b = both ? num(r) : str(r).toLowerCase();
      l = op === '=' ? a === b : op === '<>' ? a !== b : op === '<' ? a < b : op === '>' ? a > b : op === '<=' ? a <= b : a >= b;
    }
    return l;
  };
  const v = cmp();
  if (p !== toks.length) throw new Error('trailing input');
  return v;
}

/** Computes every calculated field of an item into `data` (null when a formula cannot be evaluated). */
export function applyCalculated(fields: IFieldRecord[], data: Record<string, unknown>): void {
  for (const f of fields) {
    if (f.FieldTypeKind !== 17 || !f.Formula) continue;
    let v: Value;
    try {
      v = evaluateFormula(f.Formula, fields, data);
    } catch {
      v = null;
    }
    switch (f.OutputType) {
      case 9: case 10: case 1: data[f.InternalName] = v === null || v === '' || Number.isNaN(num(v)) ? null : num(v); break;
      case 8: data[f.InternalName] = v === null ? null : Boolean(num(v)); break;
      default: data[f.InternalName] = v === null ? null : str(v);
    }
  }
}
