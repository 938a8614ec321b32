/**
 * reliability.fuzz: generated hostile inputs (fuzzValues) submitted through every form of
 * fuzzForms as the web part's form submits them: the form's own check first (in en-us, and its
 * messages in de-de too), and the service write over HTTP only when the check passes. A case is one
 * submission: a valid baseline with one or two fields replaced by a hostile value (or a date range
 * turned around), from a seeded PRNG, so every run tries the same cases.
 *
 * - crash: anything thrown that is not a refusal the form knows or a described error (a TypeError,
 *   RangeError, an HTTP 500 or other 5xx, an error describeError calls 'unknown');
 * - partial write: a refused case after which any item of the lists the service writes was added,
 *   changed or removed;
 * - silent change: an accepted case whose stored value (read back as the site owner) differs from what
 *   the form read from the input (text trimmed at its ends, a number as read in the user's locale, the
 *   day); control characters, emoji, RTL text and formula prefixes are kept as typed;
 * - unnamed error: a refusal whose message, in en-us or in de-de, does not name a field by its visible
 *   label (a message at a field must name that field; a message for the whole form must name a field
 *   of the case).
 */
import { SITE_PATH } from '../../workbench';
import { formatString } from '../../src/domain/text';
import { readDateOnly, type ISiteTimeZone } from '../../src/domain/dates';
import { describeError } from '../../src/services/errors';
import { readSiteTimeZone } from '../../src/services/siteTimeZone';
import { pmoSchema } from '../../src/schema/pmoSchema';
import { ProjectsList, TrainingModulesList } from '../../src/schema/refs';
import type { IListSchema } from '../../src/schema/types';
import type { IReliabilitySite } from './site';
import { ROLE_USERS, SECOND_PMO_OFFICER } from './site';
import { hookResources, inLocale, userMessage } from './userMessage';
import type { FormValues, IFuzzContext, IFuzzField, IFuzzForm } from './fuzzForms';
import { HOSTILE_AMOUNTS, HOSTILE_DAYS, HOSTILE_DAYS_TYPED, HOSTILE_NUMBERS, HOSTILE_RATINGS, HOSTILE_TIMES, hostileChoice, hostileText, pick, prng } from './fuzzValues';

const OWNER = ROLE_USERS.pmoOwner;
const LOCALE = 'en-us';

type FormsModule = typeof import('./fuzzForms');
type DayTextModule = typeof import('../../src/components/controls/dateText');

/** The forms and the date control's reader, loaded once the resource modules resolve (outside Jest). */
function modules(): { forms: FormsModule; dayText: DayTextModule } {
  hookResources();
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded after the resource modules' resolution is in place */
  return { forms: require('./fuzzForms') as FormsModule, dayText: require('../../src/components/controls/dateText') as DayTextModule };
  /* eslint-enable @typescript-eslint/no-require-imports */
}

/** One form's outcome. */
export interface IFuzzRow {
  form: string;
  cases: number;
  accepted: number;
  /** Refused by the form's own check (or its date control) before anything was sent. */
  refusedByForm: number;
  /** Refused by the service (or SharePoint) after the form's check passed. */
  refusedByService: number;
  crashes: number;
  partialWrites: number;
  silentChanges: number;
  unnamedErrors: number;
  /** The first few findings, to reproduce. */
  findings: string[];
}

/** The figure's lines and the outcome per form. */
export interface IFuzzFigures { lines: string[]; rows: IFuzzRow[] }

/** One generated case: the values submitted and what was made hostile. */
export interface IFuzzCase { form: IFuzzForm; values: FormValues; fields: string[]; what: string }

/** What a date field holds after its control read the typed text: the day, '' for none, or the control's refusal. */
function typedDays(form: IFuzzForm, values: FormValues, dayText: DayTextModule): { values: FormValues; refusedAt?: string } {
  const out: FormValues = { ...values };
  for (const f of form.fields) {
    if (f.kind !== 'day') continue;
    const typed = values[f.key] ?? '';
    if (!typed.trim()) { out[f.key] = undefined; continue; }
    const read = dayText.parseDayText(typed, LOCALE);
    if (!read) return { values: out, refusedAt: f.key };
    out[f.key] = read;
  }
  return { values: out };
}

/** A hostile value for a field. */
function hostileValue(rnd: () => number, field: IFuzzField, base: string, max: number): string {
  switch (field.kind) {
    case 'text': case 'note': return hostileText(rnd, max, base || 'Value');
    case 'amount': return pick(rnd, HOSTILE_AMOUNTS);
    case 'number': return pick(rnd, HOSTILE_NUMBERS);
    case 'rating': return pick(rnd, HOSTILE_RATINGS);
    case 'days': return pick(rnd, HOSTILE_DAYS);
    case 'day': return pick(rnd, HOSTILE_DAYS_TYPED);
    case 'time': return pick(rnd, HOSTILE_TIMES);
    default: return hostileChoice(rnd, field.choices ?? []);
  }
}

/** The schema of the list at `url`. */
function listAt(url: string): IListSchema {
  const list = pmoSchema.lists.filter(l => l.url === url)[0];
  if (!list) throw new Error(`The schema has no list at ${url}`);
  return list;
}

/** The most characters a column holds (Title and Text: the schema's maxLength or 255; Note: 63,999 for the fuzz's long texts). */
export function columnMax(listUrl: string, column: string): number {
  if (column === 'Title') return 255;
  const f = listAt(listUrl).fields.filter(x => x.name === column)[0];
  if (!f) throw new Error(`${listUrl} has no column ${column}`);
  return f.type === 'Text' ? f.maxLength ?? 255 : 63999;
}

/**
 * Generates case `n` of `form` (the PRNG `rnd` is shared by all cases of a run): one field (7 in 10),
 * two fields (2 in 10), or, for a form with a date range, its end before its start (1 in 10).
 */
export function makeCase(rnd: () => number, form: IFuzzForm, c: IFuzzContext): IFuzzCase {
  const values = form.baseline(c);
  const roll = rnd();
  if (form.order && roll >= 0.9) {
    const [start, end] = pick(rnd, form.order);
    const timed = form.fields.filter(f => f.key === start)[0]?.kind === 'time';
    // The end a minute, a day, a month or 7,000 years before the start (or at the same time, for times).
    const gap = pick(rnd, timed ? [0, 1, 24 * 60, 30 * 24 * 60] : [1, 2, 30, 365 * 7000].map(d => d * 24 * 60));
    const s = new Date(Date.UTC(2027, 5, 15, 10, 0));
    const e = new Date(s.getTime() - gap * 60_000);
    const text = (d: Date): string => (d.getUTCFullYear() < 1 ? '0001-01-01' : timed ? d.toISOString().slice(0, 16).replace('T', ' ') : d.toISOString().slice(0, 10));
    values[start] = text(s);
    values[end] = text(e);
    return { form, values, fields: [start, end], what: `${end} ${values[end]} before ${start} ${values[start]}` };
  }
  const count = roll < 0.7 ? 1 : 2;
  const fields: string[] = [];
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const f = pick(rnd, form.fields);
    if (fields.indexOf(f.key) >= 0) continue;
    const v = hostileValue(rnd, f, values[f.key] ?? '', columnMax(form.listUrl, f.column));
    values[f.key] = v;
    fields.push(f.key);
    parts.push(`${f.key}=${JSON.stringify(v.length > 40 ? `${v.slice(0, 20)}…(${v.length})` : v)}`);
  }
  return { form, values, fields, what: parts.join(' ') };
}

/** The items of each list (id → ETag), as the site owner. */
async function snapshot(site: IReliabilitySite, lists: ReadonlyArray<string>): Promise<Map<string, Map<number, string>>> {
  const out = new Map<string, Map<number, string>>();
  for (const url of lists) {
    const rows = await site.sp(OWNER).web.getList(`${SITE_PATH}/${url}`).items.select('Id').top(5000)<Array<{ Id: number; 'odata.etag'?: string }>>();
    out.set(url, new Map(rows.map(r => [r.Id, String(r['odata.etag'] ?? '')])));
  }
  return out;
}

/** What changed between two snapshots: `list: +id`, `list: ~id`, `list: -id`. */
function changesBetween(before: Map<string, Map<number, string>>, after: Map<string, Map<number, string>>): string[] {
  const out: string[] = [];
  for (const [url, b] of before) {
    const a = after.get(url) ?? new Map<number, string>();
    for (const [id, etag] of a) if (!b.has(id)) out.push(`${url}: +${id}`); else if (b.get(id) !== etag) out.push(`${url}: ~${id}`);
    for (const id of b.keys()) if (!a.has(id)) out.push(`${url}: -${id}`);
  }
  return out;
}

/** What the form's field should hold once stored (per kind, unless the field says). */
function expected(field: IFuzzField, v: FormValues, amountOf: (t: string) => number | undefined): unknown {
  if (field.expect) return field.expect(v);
  const raw = v[field.key] ?? '';
  switch (field.kind) {
    case 'text': case 'note': return raw.trim() || null;
    case 'amount': return amountOf(raw) ?? null;
    case 'day': return raw || null;
    case 'choice': return raw.trim() || undefined; // an empty select: the service's default
    default: return raw;
  }
}

/** A stored column as the fuzz compares it: text, a number, a day (in the site's zone), a choice. */
function storedValue(list: IListSchema, column: string, raw: unknown, zone: ISiteTimeZone): unknown {
  const type = column === 'Title' ? 'Text' : list.fields.filter(f => f.name === column)[0]?.type;
  if (raw === null || raw === undefined || raw === '') return null;
  if (type === 'DateTime' && list.fields.filter(f => f.name === column)[0]?.dateOnly === false) return new Date(String(raw)).toISOString();
  if (type === 'DateTime') return readDateOnly(String(raw), zone) ?? `unreadable ${String(raw)}`;
  return raw;
}

/** Whether a thrown error is a crash: not a refusal the form knows, and a programming error, a 5xx, or an error of an unknown kind. */
export function isCrash(e: unknown, known: boolean): boolean {
  if (e instanceof TypeError || e instanceof RangeError || e instanceof ReferenceError || e instanceof SyntaxError) return true;
  if (known) return false;
  const d = describeError(e);
  return d.kind === 'unknown' || (d.status !== undefined && d.status >= 500);
}

/** The problems of a refusal that do not name their field, in one locale: `field: message`. */
function unnamedIn(form: IFuzzForm, problems: Record<string, string> | string, caseFields: ReadonlyArray<string>): string[] {
  const names = (text: string, field: string): boolean => {
    const label = form.label(field);
    return !!label && text.toLowerCase().indexOf(label.toLowerCase()) >= 0;
  };
  if (typeof problems === 'string') return caseFields.some(f => names(problems, f)) ? [] : [`(form): ${problems}`];
  const keys = Object.keys(problems).filter(k => problems[k]);
  if (!keys.length) return ['(no field): empty refusal'];
  return keys.filter(k => !names(problems[k], k)).map(k => `${k}: ${problems[k]}`);
}

/** The date control's message for text it cannot read (FormFrame's DayField: the label and today's day as an example). */
function dayControlMessage(form: IFuzzForm, field: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the resource module, resolved to the strings object
  const s = require('PmoHubStrings') as Record<string, string>;
  if (!form.dayInvalid || !s[form.dayInvalid]) throw new Error(`${form.name}: no message for a day that cannot be read`);
  return formatString(s[form.dayInvalid], form.label(field), '6/15/2027');
}

/** The outcome of one case. */
interface ICaseOutcome { accepted: boolean; byForm: boolean; crash?: string; partial?: string; silent?: string; unnamed?: string }

/** Checks that a refusal names its fields in en-us and de-de; the first unnamed problem. */
function checkNamed(form: IFuzzForm, problems: (locale: 'en-us' | 'de-de') => Record<string, string> | string, fields: ReadonlyArray<string>): string | undefined {
  for (const locale of ['en-us', 'de-de'] as const) {
    const bad = inLocale(locale, () => unnamedIn(form, problems(locale), fields));
    if (bad.length) return `${locale} ${bad[0].slice(0, 160)}`;
  }
  return undefined;
}

/** Runs one case as the form would: its check, then the service; what happened. */
async function runCase(site: IReliabilitySite, k: IFuzzCase, c: IFuzzContext, zone: ISiteTimeZone, m: ReturnType<typeof modules>): Promise<ICaseOutcome> {
  const { form } = k;
  const typed = typedDays(form, k.values, m.dayText);
  if (typed.refusedAt) {
    const at = typed.refusedAt;
    return { accepted: false, byForm: true, unnamed: checkNamed(form, () => ({ [at]: dayControlMessage(form, at) }), k.fields) };
  }
  const v = typed.values;
  let problems: Record<string, string>;
  try {
    problems = inLocale('en-us', () => form.check(v));
  } catch (e) {
    return { accepted: false, byForm: true, crash: `check threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}` };
  }
  if (Object.keys(problems).some(f => problems[f])) {
    return { accepted: false, byForm: true, unnamed: checkNamed(form, () => form.check(v), k.fields) };
  }
  const before = await snapshot(site, form.lists);
  let error: unknown;
  let sent = false;
  try {
    await form.send(site.services(form.user(c)), v, c);
    sent = true;
  } catch (e) {
    error = e;
  }
  const after = await snapshot(site, form.lists);
  const changed = changesBetween(before, after);
  if (!sent) {
    const known = inLocale('en-us', () => form.refused(error)) !== undefined;
    const out: ICaseOutcome = { accepted: false, byForm: false };
    if (isCrash(error, known)) out.crash = `${error instanceof Error ? error.name : typeof error}: ${describeError(error).detail.slice(0, 160)}`;
    if (changed.length) out.partial = changed.join(', ');
    if (!out.crash) out.unnamed = checkNamed(form, locale => form.refused(error) ?? userMessage(error, locale), k.fields);
    return out;
  }
  const created = changed.filter(x => x.startsWith(`${form.listUrl}: +`)).map(x => Number(x.split('+')[1]));
  const out: ICaseOutcome = { accepted: true, byForm: false };
  if (created.length !== 1) out.silent = `expected one new item in ${form.listUrl}, found ${created.length}`;
  else out.silent = await silentChange(site, form, v, created[0], zone, m.forms.amountOf);
  await removeCreated(site, changed);
  return out;
}

/** The first field whose stored value differs from what the form read; undefined when all match. */
async function silentChange(site: IReliabilitySite, form: IFuzzForm, v: FormValues, id: number, zone: ISiteTimeZone, amountOf: (t: string) => number | undefined): Promise<string | undefined> {
  const list = listAt(form.listUrl);
  const row = await site.sp(OWNER).web.getList(`${SITE_PATH}/${form.listUrl}`).items.getById(id).select(...form.fields.map(f => f.column))<Record<string, unknown>>();
  for (const f of form.fields) {
    const want = expected(f, v, amountOf);
    if (want === undefined) continue;
    const got = storedValue(list, f.column, row[f.column], zone);
    if (got !== want) return `${f.key}: entered ${JSON.stringify(v[f.key])}, stored ${JSON.stringify(got)}`;
  }
  return undefined;
}

/** Removes what an accepted case added (as the site owner), so the lists stay the size of the demo data. */
async function removeCreated(site: IReliabilitySite, changed: ReadonlyArray<string>): Promise<void> {
  for (const x of changed) {
    const m = /^(.*): \+(\d+)$/.exec(x);
    if (m) await site.sp(OWNER).web.getList(`${SITE_PATH}/${m[1]}`).items.getById(Number(m[2])).delete();
  }
}

/** The context of the forms: the demo project manager's first active project, a benefit of it, the users, the intake's reference data. */
export async function fuzzContext(site: IReliabilitySite): Promise<IFuzzContext> {
  const manager = ROLE_USERS.projectManager;
  const me = await site.sp(manager).web.currentUser.select('Id')<{ Id: number }>();
  const projects = await site.sp(OWNER).web.getList(`${SITE_PATH}/${ProjectsList.url}`).items.select('Id', 'LifecycleStatus').filter(`ProjectManagerId eq ${me.Id}`).orderBy('Id').top(500)<Array<{ Id: number; LifecycleStatus?: string }>>();
  const project = projects.filter(p => p.LifecycleStatus === 'Active')[0] ?? projects[0];
  if (!project) throw new Error(`${manager} manages no demo project`);
  const benefit = await site.services(manager).benefits.addBenefit(project.Id, { title: 'Fuzz: measured benefit', unit: 'days' });
  const ref = await site.services(ROLE_USERS.member).requests.getReferenceData();
  const modules = await site.sp(OWNER).web.getList(`${SITE_PATH}/${TrainingModulesList.url}`).items.select('Id').orderBy('Id').top(1)<Array<{ Id: number }>>();
  if (!modules[0]) throw new Error('The demo site has no training module');
  return {
    projectId: project.Id, benefitId: benefit.id, manager, pmo: SECOND_PMO_OFFICER, trainer: ROLE_USERS.pmoOfficer, moduleId: modules[0].Id, requester: ROLE_USERS.member,
    businessUnit: ref.businessUnits[0].title, objectiveId: ref.objectives[0].id
  };
}

/**
 * Runs `cases` cases, dealt to the forms in turn (`only`: the names of the forms to run, default
 * all), from the PRNG seeded with `seed`; the figure lines and the outcome per form.
 */
export async function fuzzFigures(site: IReliabilitySite, cases: number, options: { seed?: number; only?: ReadonlyArray<string> } = {}): Promise<IFuzzFigures> {
  const m = modules();
  const forms = m.forms.FUZZ_FORMS.filter(f => !options.only || options.only.indexOf(f.name) >= 0);
  const c = await fuzzContext(site);
  const zone = await readSiteTimeZone(site.sp(OWNER).web);
  const rnd = prng(options.seed ?? 16);
  const rows: IFuzzRow[] = forms.map(f => ({ form: f.name, cases: 0, accepted: 0, refusedByForm: 0, refusedByService: 0, crashes: 0, partialWrites: 0, silentChanges: 0, unnamedErrors: 0, findings: [] }));
  for (let n = 0; n < cases; n++) {
    const row = rows[n % forms.length];
    const k = makeCase(rnd, forms[n % forms.length], c);
    const r = await runCase(site, k, c, zone, m).catch((e: unknown): ICaseOutcome => ({ accepted: false, byForm: false, crash: `case failed: ${e instanceof Error ? e.message.slice(0, 160) : String(e)}` }));
    row.cases++;
    if (r.accepted) row.accepted++; else if (r.byForm) row.refusedByForm++; else row.refusedByService++;
    const note = (what: string, detail: string): void => { if (row.findings.length < 6) row.findings.push(`#${n} ${what} [${k.what}] ${detail}`); };
    if (r.crash) { row.crashes++; note('crash', r.crash); }
    if (r.partial) { row.partialWrites++; note('partial write', r.partial); }
    if (r.silent) { row.silentChanges++; note('silent change', r.silent); }
    if (r.unnamed) { row.unnamedErrors++; note('unnamed error', r.unnamed); }
  }
  const sum = (f: (r: IFuzzRow) => number): number => rows.reduce((s, r) => s + f(r), 0);
  return {
    rows,
    lines: [
      `reliability.fuzz.cases: ${sum(r => r.cases)}`,
      `reliability.fuzz.crashes: ${sum(r => r.crashes)}`,
      `reliability.fuzz.partial_writes: ${sum(r => r.partialWrites)}`,
      `reliability.fuzz.silent_changes: ${sum(r => r.silentChanges)}`,
      `reliability.fuzz.unnamed_errors: ${sum(r => r.unnamedErrors)}`
    ]
  };
}

/** The per-form table (stderr / --verbose), with the first findings of each form. */
export function fuzzTable(rows: ReadonlyArray<IFuzzRow>): string {
  const out = ['form              cases accepted by-form by-service crashes partial silent unnamed'];
  for (const r of rows) {
    out.push(`${r.form.padEnd(17)} ${String(r.cases).padStart(5)} ${String(r.accepted).padStart(8)} ${String(r.refusedByForm).padStart(7)} ${String(r.refusedByService).padStart(10)} ${String(r.crashes).padStart(7)} ${String(r.partialWrites).padStart(7)} ${String(r.silentChanges).padStart(6)} ${String(r.unnamedErrors).padStart(7)}`);
    for (const f of r.findings) out.push(`    ${f}`);
  }
  return out.join('\n');
}
