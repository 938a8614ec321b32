/**
 * 1,000 generated intake inputs saved through the real RequestService against the workbench: each
 * one is either stored exactly as sent (read back equal) or refused whole with problems that name
 * the field of every wrong value; no raw SharePoint message reaches the user, and a refused input
 * writes nothing.
 */
import { startWorkbench, type IWorkbench } from '../../workbench';
import { loadLocale } from '../../workbench/locales';
import { localEnvironment } from './environment';
import { createPmoServices } from './index';
import { RequestRefusedError, type IRequestService } from './RequestService';
import { emptyRequest, FIELD_LABEL_KEYS, validationMessage, type IDemandCell, type IRequestInput, type RequestField } from '../domain/intake';
import { MAX_AMOUNT } from '../domain/numbers';
import { MAX_DEMAND_CELLS } from '../domain/intakeValues';
import type { SPFI } from '../platform/pnp';
import { Rng } from '../../workbench/seed/prng';
import { ProjectRequestsList, StrategicObjectivesList } from '../schema/refs';

jest.setTimeout(600_000);

const JAMES = 'james.walker@pmohub.demo';
const en = loadLocale('en-us');

let wb: IWorkbench;
let owner: SPFI;
let svc: IRequestService;
let objectiveIds: number[];
let roleIds: number[];

/**
 * One change to a valid draft: what it does, and the field it makes wrong (none when the result is
 * still valid). Changes of the same part (`name` up to its first space: objectives, demand, capex, …)
 * replace each other, so the last one of each part decides.
 */
interface IMutation {
  name: string;
  apply: (r: IRequestInput) => IRequestInput;
  wrong?: RequestField;
}

function mutations(): IMutation[] {
  const [o1, o2] = objectiveIds;
  const role = roleIds[0];
  const cell = (c: Partial<IDemandCell>): IDemandCell => ({ role, month: '2027-04', days: 5, ...c });
  const withDemand = (cells: IDemandCell[]): IMutation['apply'] => (r: IRequestInput): IRequestInput => ({ ...r, resourceDemand: cells });
  const withCost = (capex: number): IMutation['apply'] => (r: IRequestInput): IRequestInput => ({ ...r, costPlan: [{ year: 2027, capex, opex: 10 }] });
  return [
    { name: 'objective ok', apply: r => ({ ...r, objectiveIds: [o2, o1] }) },
    { name: 'objective 0', apply: r => ({ ...r, objectiveIds: [0] }), wrong: 'objectives' },
    { name: 'objective -1', apply: r => ({ ...r, objectiveIds: [o1, -1] }), wrong: 'objectives' },
    { name: 'objective twice', apply: r => ({ ...r, objectiveIds: [o1, o1] }), wrong: 'objectives' },
    { name: 'objective 1.5', apply: r => ({ ...r, objectiveIds: [1.5] }), wrong: 'objectives' },
    { name: 'objective unknown', apply: r => ({ ...r, objectiveIds: [987654] }), wrong: 'objectives' },
    { name: 'objective text', apply: r => ({ ...r, objectiveIds: ['x' as unknown as number] }), wrong: 'objectives' },
    { name: 'demand ok', apply: withDemand([cell({}), cell({ month: '2027-05', days: 2.5 })]) },
    { name: 'demand role unknown', apply: withDemand([cell({ role: 987654 })]), wrong: 'resourceDemand' },
    { name: 'demand role -1', apply: withDemand([cell({ role: -1 })]), wrong: 'resourceDemand' },
    { name: 'demand month 13', apply: withDemand([cell({ month: '2027-13' })]), wrong: 'resourceDemand' },
    { name: 'demand month garbage', apply: withDemand([cell({ month: 'soon' })]), wrong: 'resourceDemand' },
    { name: 'demand outside dates', apply: withDemand([cell({ month: '2029-01' })]), wrong: 'resourceDemand' },
    { name: 'demand twice', apply: withDemand([cell({}), cell({ days: 3 })]), wrong: 'resourceDemand' },
    { name: 'demand negative', apply: withDemand([cell({ days: -2 })]), wrong: 'resourceDemand' },
    { name: 'demand NaN', apply: withDemand([cell({ days: NaN })]), wrong: 'resourceDemand' },
    { name: 'demand huge', apply: withDemand([cell({ days: 1e6 })]), wrong: 'resourceDemand' },
    { name: 'demand 1.25 days', apply: withDemand([cell({ days: 1.25 })]), wrong: 'resourceDemand' },
    { name: 'demand 10,000 cells', apply: withDemand(Array.from({ length: MAX_DEMAND_CELLS * 5 }, (_, i) => cell({ month: `2027-${String((i % 9) + 3).padStart(2, '0')}` }))), wrong: 'resourceDemand' },
    { name: 'capex ok', apply: withCost(1250000.5) },
    { name: 'capex largest', apply: withCost(MAX_AMOUNT) },
    { name: 'capex 1e307', apply: withCost(1e307), wrong: 'costPlan' },
    { name: 'capex Infinity', apply: withCost(Infinity), wrong: 'costPlan' },
    { name: 'capex negative', apply: withCost(-5), wrong: 'costPlan' },
    { name: 'capex three decimals', apply: withCost(12.345), wrong: 'costPlan' },
    { name: 'urgency empty', apply: r => ({ ...r, urgency: '' as IRequestInput['urgency'] }), wrong: 'urgency' },
    { name: 'urgency unknown', apply: r => ({ ...r, urgency: 'Extreme' as IRequestInput['urgency'] }), wrong: 'urgency' },
    { name: 'urgency critical', apply: r => ({ ...r, urgency: 'Critical' }) },
    { name: 'business unit 300', apply: r => ({ ...r, businessUnit: 'B'.repeat(300) }), wrong: 'businessUnit' },
    { name: 'business unit 255', apply: r => ({ ...r, businessUnit: 'B'.repeat(255) }) },
    { name: 'title empty', apply: r => ({ ...r, title: '  ' }), wrong: 'title' },
    { name: 'title 300', apply: r => ({ ...r, title: 'T'.repeat(300) }), wrong: 'title' },
    { name: 'dates reversed', apply: r => ({ ...r, desiredStart: '2027-12-31', desiredEnd: '2027-03-01' }), wrong: 'desiredEnd' },
    { name: 'date invalid', apply: r => ({ ...r, desiredStart: '2027-02-30' }), wrong: 'desiredStart' },
    { name: 'sponsor unknown', apply: r => ({ ...r, sponsor: { login: 'nobody@example.com', displayName: 'Nobody' } }), wrong: 'sponsor' },
    { name: 'sponsor ok', apply: r => ({ ...r, sponsor: { login: 'pieter.bakker@pmohub.demo', displayName: 'Pieter Bakker' } }) },
    { name: 'proposedManager unknown', apply: r => ({ ...r, proposedManager: { login: 'ghost@example.com', displayName: 'Ghost' } }), wrong: 'proposedManager' },
    { name: 'proposedManager ok', apply: r => ({ ...r, proposedManager: { login: 'marco.rossi@pmohub.demo', displayName: 'Marco Rossi' } }) }
  ];
}

function base(i: number): IRequestInput {
  return {
    ...emptyRequest(),
    title: `Generated request ${i}`,
    businessUnit: 'Facilities',
    problemStatement: 'Generated.',
    objectiveIds: objectiveIds.slice(0, 1),
    desiredStart: '2027-03-01',
    desiredEnd: '2027-12-31',
    urgency: 'Medium',
    costPlan: [{ year: 2027, capex: 100, opex: 0.5 }],
    resourceDemand: [{ role: roleIds[0], month: '2027-03', days: 4 }]
  };
}

/** The input as it must read back: trimmed text, costs by year, demand by month then role, objectives as a set. */
function normal(r: IRequestInput): unknown {
  return {
    title: r.title.trim(), businessUnit: r.businessUnit.trim(), problemStatement: r.problemStatement.trim(), urgency: r.urgency,
    objectiveIds: r.objectiveIds.slice().sort((a, b) => a - b),
    costPlan: r.costPlan.slice().sort((a, b) => a.year - b.year),
    resourceDemand: r.resourceDemand.filter(c => c.days !== 0).slice().sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : a.role - b.role)),
    desiredStart: r.desiredStart, desiredEnd: r.desiredEnd, sponsor: r.sponsor?.login ?? null, proposedManager: r.proposedManager?.login ?? null
  };
}

beforeAll(async () => {
  wb = await startWorkbench({ port: 0, memory: true, site: false, projects: 5 });
  await wb.ready;
  owner = localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl }).sp;
  svc = createPmoServices(localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: JAMES }), {}).requests;
  const ref = await svc.getReferenceData();
  objectiveIds = ref.objectives.map(o => o.id);
  roleIds = ref.roles.map(r => r.id);
  expect(objectiveIds.length).toBeGreaterThanOrEqual(2);
});

afterAll(async () => {
  await wb?.stop();
});

it('1,000 generated inputs: each stored exactly as sent, or refused whole with every wrong field named', async () => {
  const all = mutations();
  // Deterministic (the seed's PRNG), so a failure names an input that can be replayed.
  const rng = new Rng(2026);
  const next = (): number => rng.next();
  const failures: string[] = [];
  let stored = 0;
  let refused = 0;
  const countBefore = ((await owner.web.getList(`/sites/pmo/${ProjectRequestsList.url}`).items.select('Id').top(5000)()) as unknown[]).length;
  for (let i = 0; i < 1000; i++) {
    const drawn = Array.from({ length: Math.floor(next() * 3) }, () => all[Math.floor(next() * all.length)]);
    const part = (m: IMutation): string => m.name.split(' ')[0].replace(/^date$/, 'dates');
    const picked = drawn.filter((m, k) => drawn.slice(k + 1).every(later => part(later) !== part(m)));
    const input = picked.reduce((r, m) => m.apply(r), base(i));
    // Demand outside the desired dates is wrong only against valid dates (with wrong dates, those are named).
    const datesWrong = picked.some(m => part(m) === 'dates' && m.wrong);
    const wrong = new Set(picked.filter(m => m.wrong && !(datesWrong && m.name === 'demand outside dates')).map(m => m.wrong as RequestField));
    const label = `#${i} [${picked.map(m => m.name).join(', ')}]`;
    try {
      const saved = await svc.saveDraft(input);
      stored++;
      if (wrong.size) failures.push(`${label}: accepted although ${Array.from(wrong).join(', ')} is wrong`);
      const back = { ...saved.request.input, sponsor: saved.request.input.sponsor ? { ...saved.request.input.sponsor, login: saved.request.input.sponsor.login } : undefined };
      if (JSON.stringify(normal(back)) !== JSON.stringify(normal(input))) failures.push(`${label}: stored ${JSON.stringify(normal(back))}, sent ${JSON.stringify(normal(input))}`);
    } catch (e) {
      refused++;
      if (!(e instanceof RequestRefusedError)) {
        failures.push(`${label}: raw error ${String((e as Error).message).slice(0, 160)}`);
        continue;
      }
      const named = new Set(e.issues.map(x => x.field));
      for (const f of Array.from(wrong)) if (!named.has(f)) failures.push(`${label}: refused without naming ${f} (named ${Array.from(named).join(', ')})`);
      if (!wrong.size) failures.push(`${label}: refused although valid (${e.issues.map(x => `${x.field}:${x.code}`).join(', ')})`);
      for (const issue of e.issues) {
        const text = validationMessage(issue, en);
        if (text.indexOf(en[FIELD_LABEL_KEYS[issue.field]]) < 0) failures.push(`${label}: message does not name its field: ${text}`);
        if (/Edm\.|primitive|could not be found|\{\d\}/.test(text)) failures.push(`${label}: raw or unfilled message: ${text}`);
      }
    }
  }
  expect(failures.slice(0, 20)).toEqual([]);
  expect(stored).toBeGreaterThan(100);
  expect(refused).toBeGreaterThan(100);
  // a refused input wrote nothing
  const countAfter = ((await owner.web.getList(`/sites/pmo/${ProjectRequestsList.url}`).items.select('Id').top(5000)()) as unknown[]).length;
  expect(countAfter - countBefore).toBe(stored);
});

it('a value SharePoint itself refuses becomes a problem naming the field, not SharePoint\'s message', async () => {
  // An objective deleted after the form read the choices: the service's check passes, SharePoint refuses the lookup.
  const list = owner.web.getList(`/sites/pmo/${StrategicObjectivesList.url}`);
  const gone = ((await list.items.add({ Title: 'Short-lived objective', Code: 'SO-GONE', ObjectiveStatus: 'Active' })) as { Id: number }).Id;
  const fresh = createPmoServices(localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: JAMES }), {}).requests;
  await fresh.saveDraft({ ...base(5000), objectiveIds: [gone] });
  await list.items.getById(gone).delete();
  const error = await fresh.saveDraft({ ...base(5001), objectiveIds: [gone] }).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(RequestRefusedError);
  expect((error as RequestRefusedError).issues).toEqual([{ field: 'objectives', code: 'valueRefused' }]);
  expect(validationMessage((error as RequestRefusedError).issues[0], en)).toBe('Strategic objectives: SharePoint did not accept this value.');
});

it('refuses a submitted request whose business unit is not in the PMO\'s list, naming the field; a draft may keep it (issue 9, item 20)', async () => {
  const fresh = createPmoServices(localEnvironment({ siteUrl: wb.siteUrl, graphUrl: wb.graphUrl, user: JAMES }), {}).requests;
  const units = (await fresh.getReferenceData()).businessUnits.map(u => u.title);
  expect(units.length).toBeGreaterThan(0);
  // base() is a draft, not a complete request: a submit names its other missing fields too.
  const unitIssues = async (businessUnit: string): Promise<unknown[]> => {
    const error = await fresh.submit({ ...base(6000), businessUnit }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(RequestRefusedError);
    return (error as RequestRefusedError).issues.filter(i => i.field === 'businessUnit');
  };
  expect(await unitIssues('Department of made-up things')).toEqual([{ field: 'businessUnit', code: 'choiceInvalid', params: ['Department of made-up things'] }]);
  expect(await unitIssues(units[0])).toEqual([]);
  await expect(fresh.saveDraft({ ...base(6001), businessUnit: 'Department of made-up things' })).resolves.toBeTruthy();
});
