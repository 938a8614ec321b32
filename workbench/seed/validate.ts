/**
 * Checks generated demo data against the schema, the way SharePoint (and the emulator) would:
 * known columns, required values, choices, number bounds, text lengths, unique values, and that
 * every lookup and JSON reference points to a generated row of the right list.
 */
import { F, type BuiltInField } from '../../src/schema';
import type { IFieldSchema, IListSchema, ISiteSchema } from '../../src/schema/types';
import { findDemoUser } from '../directory';
import {
  type ISeedData, type ISeedRow, type SeedValue, isJsonRef, isJsonValue, isLookupRef, isRefText, isLookupRefs, isUrlValue, isUserRef, isUsersRef, jsonRefsOf
} from './model';

const ISO_DATE: RegExp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z$/;

/** SharePoint's Title column, which every list and library has. */
const TITLE: BuiltInField = 'Title';

/** The Title column every list has (required in lists, optional in libraries). */
function titleField(list: IListSchema): IFieldSchema {
  const own = list.fields.filter(f => f.name === TITLE)[0];
  return own ?? { name: TITLE, type: 'Text', title: `Field_${TITLE}`, required: list.template === 100, maxLength: 255 };
}

function isEmpty(v: SeedValue | undefined): boolean {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
}

/** Where problems are collected, and the checks of references and users. */
interface IChecks {
  errors: string[];
  /** A reference to row `index` of list `list`. */
  ref(where: string, list: string, index: number): void;
  /** A demo user's UPN. */
  user(where: string, upn: string): void;
}

/** Problems found, one line each; empty when the data fits the schema. */
export function validateSeed(data: ISeedData, schema: ISiteSchema): string[] {
  const errors: string[] = [];
  const sizes = new Map<string, number>(data.lists.map(l => [l.key, l.rows.length]));
  const schemaKeys = new Set(schema.lists.map(l => l.key));
  const checks: IChecks = {
    errors,
    ref: (where, list, index) => {
      if (!schemaKeys.has(list)) errors.push(`${where}: references unknown list ${list}`);
      else if (!Number.isInteger(index) || index < 0 || index >= (sizes.get(list) ?? 0)) errors.push(`${where}: ${list}[${index}] was not generated`);
    },
    user: (where, upn) => {
      if (!findDemoUser(upn)) errors.push(`${where}: ${upn} is not a demo user`);
    }
  };

  for (const m of data.memberships) {
    if (!schema.groups.some(g => g.key === m.group)) errors.push(`membership: unknown group ${m.group}`);
    checks.user(`membership ${m.group}`, m.upn);
  }

  for (const l of data.lists) {
    const list = schema.lists.filter(x => x.key === l.key)[0];
    if (!list) {
      errors.push(`${l.key}: not a list of schema version ${schema.version}`);
      continue;
    }
    validateRows(list, l.rows, checks);
  }
  return errors;
}

/** Checks the rows of one list: authors, files, required values, then each value. */
function validateRows(list: IListSchema, rows: ReadonlyArray<ISeedRow>, checks: IChecks): void {
  const { errors } = checks;
  const fields = new Map<string, IFieldSchema>(list.fields.map(f => [f.name, f]));
  if (!fields.has(TITLE)) fields.set(TITLE, titleField(list));
  const unique = new Map<string, Set<string>>();
  rows.forEach((row, i) => {
    const at = `${list.key}[${i}]`;
    if (row.author) checks.user(`${at} author`, row.author);
    if (list.template === 101 && !row.file) errors.push(`${at}: a library item needs a file`);
    for (const f of fields.values()) {
      if (f.required && isEmpty(row.values[f.name])) errors.push(`${at}.${f.name}: required`);
    }
    for (const [name, v] of Object.entries(row.values)) {
      const f = fields.get(name);
      const w = `${at}.${name}`;
      if (!f) {
        errors.push(`${w}: no such column`);
        continue;
      }
      if (v === null) continue;
      if (f.unique || (f.indexed && f.name === F.Code.name)) {
        const set = unique.get(name) ?? new Set<string>();
        const k = String(v).toLowerCase();
        if (f.unique && set.has(k)) errors.push(`${w}: duplicate value ${String(v)}`);
        set.add(k);
        unique.set(name, set);
      }
      checkValue(f, v, w, checks);
    }
  });
}

/** Checks a value (not null) against its column's type, like SharePoint would. */
function checkValue(f: IFieldSchema, v: SeedValue, w: string, checks: IChecks): void {
  const { errors } = checks;
  switch (f.type) {
    case 'Text':
      if (isRefText(v)) {
        for (const x of v.refText) if (typeof x !== 'string') checks.ref(w, x.$ref, x.$index);
        // ids are at most 9 digits
        checkText(f, v.refText.map(x => (typeof x === 'string' ? x : '999999999')).join(''), w, errors);
      } else {
        checkText(f, v, w, errors);
      }
      break;
    case 'Note':
      if (typeof v !== 'string' && !isJsonValue(v)) errors.push(`${w}: expected text`);
      if (isJsonValue(v)) for (const r of jsonRefsOf(v.json)) checks.ref(w, r.$ref, r.$index);
      break;
    case 'Number':
    case 'Currency':
      checkNumber(f, v, w, errors);
      if (isJsonRef(v)) checks.ref(w, v.$ref, v.$index);
      break;
    case 'DateTime':
      if (typeof v !== 'string' || !ISO_DATE.test(v) || Number.isNaN(Date.parse(v))) errors.push(`${w}: expected an ISO date`);
      break;
    case 'Boolean':
      if (typeof v !== 'boolean') errors.push(`${w}: expected a boolean`);
      break;
    case 'Choice':
      if (typeof v !== 'string' || (f.choices ?? []).indexOf(v) < 0) errors.push(`${w}: '${String(v)}' is not a choice`);
      break;
    case 'MultiChoice':
      if (!Array.isArray(v) || v.some(x => (f.choices ?? []).indexOf(x) < 0)) errors.push(`${w}: not all values are choices`);
      break;
    case 'Lookup':
      if (!isLookupRef(v) || v.lookup !== f.lookup?.list) errors.push(`${w}: expected a lookup to ${f.lookup?.list ?? '?'}`);
      else checks.ref(w, v.lookup, v.index);
      break;
    case 'LookupMulti':
      if (!isLookupRefs(v) || v.lookups !== f.lookup?.list) errors.push(`${w}: expected lookups to ${f.lookup?.list ?? '?'}`);
      else for (const x of v.indexes) checks.ref(w, v.lookups, x);
      break;
    case 'User':
      if (!isUserRef(v)) errors.push(`${w}: expected a user`);
      else checks.user(w, v.user);
      break;
    case 'UserMulti':
      if (!isUsersRef(v)) errors.push(`${w}: expected users`);
      else for (const u of v.users) checks.user(w, u);
      break;
    case 'URL':
      if (!isUrlValue(v) || !/^https?:\/\//.test(v.url)) errors.push(`${w}: expected a URL`);
      break;
    case 'Calculated':
      errors.push(`${w}: calculated columns cannot be written`);
      break;
    default:
      errors.push(`${w}: unsupported type ${String(f.type)}`);
  }
}

/** A text within the column's length and its length validation (`=LEN([X])>=n`). */
function checkText(f: IFieldSchema, v: SeedValue, w: string, errors: string[]): void {
  if (typeof v !== 'string') {
    errors.push(`${w}: expected text`);
    return;
  }
  if (v.length > (f.maxLength ?? 255)) errors.push(`${w}: longer than ${f.maxLength ?? 255}`);
  const len = f.validation ? /^=LEN\(\[(\w+)\]\)>=(\d+)$/.exec(f.validation.formula) : null;
  if (len && v.length < Number(len[2])) errors.push(`${w}: fails ${f.validation?.formula ?? ''}`);
}

/** A finite number within the column's bounds and decimals. */
function checkNumber(f: IFieldSchema, v: SeedValue, w: string, errors: string[]): void {
  if (isJsonRef(v)) return;
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    errors.push(`${w}: expected a number`);
    return;
  }
  if (f.min !== undefined && v < f.min) errors.push(`${w}: ${v} < min ${f.min}`);
  if (f.max !== undefined && v > f.max) errors.push(`${w}: ${v} > max ${f.max}`);
  if (f.decimals !== undefined && Math.abs(v * 10 ** f.decimals - Math.round(v * 10 ** f.decimals)) > 1e-6) errors.push(`${w}: more than ${f.decimals} decimals`);
}
