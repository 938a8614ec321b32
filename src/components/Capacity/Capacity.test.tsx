import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Capacity } from './Capacity';
import { moveInGrid } from './HeatMap';
import { capacityView, demandOwners, whatIfChanges, withLeftOut, withShift } from './view';
import { readAbsence, readPerson, readRole, readSettings, roleValuesOf } from './pool/poolValues';
import { DEFAULT_CAPACITY_SETTINGS, monthRange, NO_WHAT_IF, type IDemandEntry, type MonthKey } from '../../domain/capacity';
import { CapacityRefusedError, type ICapacityData, type ICapacityScenarioInput, type ICapacityService } from '../../services/CapacityService';
import { useTestLocale } from '../../../tools/jest/locale';

const site = 'https://contoso.sharepoint.com/sites/pmo';
const lake = { kind: 'project' as const, id: 5, title: 'Data lake' };
const erp = { kind: 'project' as const, id: 7, title: 'ERP upgrade' };
const chatbot = { kind: 'request' as const, id: 12, title: 'Chatbot' };

/**
 * The data of the examples: Analyst (id 2) has a set capacity of 20 days a month and no people;
 * Developer (id 1) has Ana (FTE 1, team Platform) and Ben (FTE 0.5, team Apps). In February 2027 (20
 * working days) the Analyst's demand is 15 committed days (Data lake) + 10 proposed (the Chatbot
 * request) = 25 of 20: 125 %, 5 days (40 hours) over; Ana has 18 of 20 days: 90 %, near capacity.
 */
function data(months: MonthKey[] = monthRange('2027-01', 12), extra: Partial<ICapacityData> = {}): ICapacityData {
  const demand: IDemandEntry[] = [
    { source: lake, state: 'Committed', role: 2, month: '2027-02', days: 15 },
    { source: chatbot, state: 'Proposed', role: 2, month: '2027-02', days: 10 },
    { source: lake, state: 'Committed', role: 1, person: 10, month: '2027-02', days: 18 },
    { source: erp, state: 'Committed', role: 1, month: '2027-03', days: 5 }
  ];
  return {
    months,
    pool: {
      roles: [{ id: 1, title: 'Developer', monthlyDays: 0 }, { id: 2, title: 'Analyst', monthlyDays: 20 }],
      people: [{ id: 10, title: 'Ana Alves', role: 1, team: 'Platform', fte: 1 }, { id: 11, title: 'Ben Brandt', role: 1, team: 'Apps', fte: 0.5 }],
      absences: []
    },
    demand: demand.filter(d => months.indexOf(d.month) >= 0),
    settings: { ...DEFAULT_CAPACITY_SETTINGS }, settingsVersion: '"2"',
    canEditPool: false,
    canSaveScenario: true,
    absences: [],
    ...extra
  };
}

/** A service double: the real CapacityService runs against the emulator in its own tests. */
function service(extra: Partial<ICapacityData> = {}): ICapacityService & { saved: ICapacityScenarioInput[]; reads: string[] } {
  const saved: Array<ICapacityScenarioInput & { id: number }> = [];
  const s = {
    saved: [] as ICapacityScenarioInput[],
    reads: [] as string[],
    getCapacityData: async (first: MonthKey, count: number) => { s.reads.push(first); return data(monthRange(first, count), extra); },
    saveWhatIf: async (input: ICapacityScenarioInput) => {
      if (!input.title.trim()) throw new CapacityRefusedError('titleRequired', 'title');
      s.saved.push(input);
      saved.unshift({ ...input, id: 40 + saved.length });
      return saved[0].id;
    },
    listWhatIfs: async () => saved.slice(),
    saveSettings: jest.fn(async () => undefined),
    saveRoleCapacity: jest.fn(async () => undefined),
    savePerson: jest.fn(async () => undefined),
    addAbsence: jest.fn(async () => ({ id: 1, start: '2027-01-01', end: '2027-01-01', type: 'Leave' as const, title: '' })),
    deleteAbsence: jest.fn(async () => undefined),
    commitRequestDemand: jest.fn(),
    getProjectAssignments: jest.fn(),
    saveProjectAssignments: jest.fn(),
    previewShift: jest.fn(),
    shiftProjectAssignments: jest.fn()
  };
  return s as unknown as ICapacityService & { saved: ICapacityScenarioInput[]; reads: string[] };
}

const cell = (row: string, month: string): HTMLElement => screen.getByTestId(`capacity-cell-${row}-${month}`);
const overRows = (): string[] => screen.queryAllByTestId('capacity-over-row').map(r => `${r.getAttribute('data-row')}|${r.getAttribute('data-month')}`);

async function renderPage(s: ICapacityService = service(), locale: string = 'en-us'): Promise<void> {
  render(<Capacity capacity={s} locale={locale} siteUrl={site} today="2027-01-15" />);
  await screen.findByTestId('capacity-heatmap');
}

beforeEach(() => useTestLocale('en-us'));

describe('the Capacity heat map', () => {
  it('shows each month\'s utilisation as text, band and marker, 12 months from the current one, with named cells', async () => {
    await renderPage();
    expect(screen.getByTestId('capacity-range').textContent).toBe('January 2027 to December 2027');
    const headers = within(screen.getByTestId('capacity-heatmap')).getAllByRole('columnheader');
    expect(headers).toHaveLength(13);
    expect(headers[1].textContent).toContain('January 2027');
    expect(within(screen.getByTestId('capacity-heatmap')).getAllByRole('rowheader').map(h => h.textContent)).toEqual(['Analyst', 'Developer']);
    const feb = cell('2', '2027-02');
    expect(feb.closest('td')?.getAttribute('data-band')).toBe('red');
    expect(feb.textContent).toBe('▲ 125%25 / 20');
    expect(feb.getAttribute('aria-label')).toBe('125%, 25 / 20 days (over capacity): Analyst, February 2027. Demand 25 days (200 hours), capacity 20 days (160 hours).');
    expect(cell('1', '2027-02').textContent).toBe('60%18 / 30');
    expect(cell('1', '2027-02').closest('td')?.getAttribute('data-band')).toBe('ok');
    expect(cell('2', '2027-01').textContent).toBe('0%0 / 20');
    expect(screen.getByTestId('capacity-legend').textContent).toContain('Over capacity: above 100%');
    expect(screen.getByTestId('capacity-legend').textContent).toContain('Near capacity: from 85% to 100%');
  });

  it('lists the over-allocations with hours over and the contributing projects and requests; "Committed only" drops the proposed demand', async () => {
    await renderPage();
    expect(overRows()).toEqual(['2|2027-02']);
    const row = screen.getByTestId('capacity-over-row');
    expect(within(row).getByTestId('capacity-over-hours').textContent).toBe('40');
    expect(within(row).getAllByRole('link').map(a => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Project: Data lake', `${site}/SitePages/Project.aspx?projectId=5`],
      ['Request: Chatbot', `${site}/SitePages/Requests.aspx`]
    ]);
    expect(row.textContent).toContain('(Proposed, 10 days)');
    fireEvent.click(screen.getByLabelText('Committed only'));
    expect(overRows()).toEqual([]);
    expect(screen.getByTestId('capacity-over-count').textContent).toBe('Nothing is over-allocated in these months.');
    expect(cell('2', '2027-02').textContent).toBe('75%15 / 20');
    expect(screen.getByRole('grid').querySelector('caption')?.textContent).toBe('Utilisation by role and month: committed demand ÷ capacity');
  });

  it('names the five largest contributors of an over-allocated month, and says how many more the drill-down lists', async () => {
    const many: IDemandEntry[] = Array.from({ length: 7 }, (_, i) => ({ source: { kind: 'project' as const, id: 100 + i, title: `Project ${i + 1}` }, state: 'Committed' as const, role: 2, month: '2027-05', days: 10 - i }));
    const s = service();
    const read = s.getCapacityData;
    s.getCapacityData = async (first, count) => { const d = await read(first, count); return { ...d, demand: [...d.demand, ...many] }; };
    await renderPage(s);
    const row = screen.getAllByTestId('capacity-over-row').filter(r => r.getAttribute('data-month') === '2027-05')[0];
    expect(within(row).getAllByRole('link').map(a => a.textContent)).toEqual(['Project: Project 1', 'Project: Project 2', 'Project: Project 3', 'Project: Project 4', 'Project: Project 5']);
    expect(within(row).getByTestId('capacity-over-more').textContent).toBe('and 2 more, listed in the month’s drill-down');
    fireEvent.click(within(row).getByTestId('capacity-over-show'));
    expect(within(screen.getByTestId('capacity-drilldown')).getAllByTestId('capacity-drill-row')).toHaveLength(7);
  });

  it('drills down into a cell: the projects and requests that make it up, with state, days and hours, linked', async () => {
    await renderPage();
    fireEvent.click(cell('2', '2027-02'));
    expect(cell('2', '2027-02').getAttribute('aria-pressed')).toBe('true');
    const drill = screen.getByTestId('capacity-drilldown');
    expect(within(drill).getByRole('heading').textContent).toBe('Analyst, February 2027');
    expect(screen.getByTestId('capacity-drill-summary').textContent).toBe('Demand 25 days (200 hours) against a capacity of 20 days (160 hours): 125%, over capacity.');
    expect(within(drill).getAllByTestId('capacity-drill-row').map(r => Array.from(r.children).slice(0, 4).map(c => c.textContent))).toEqual([
      ['Project: Data lake', 'Committed', '15', '120'],
      ['Request: Chatbot', 'Proposed', '10', '80']
    ]);
    expect(screen.getByTestId('capacity-announce').textContent).toBe('Analyst, February 2027: what makes up this month is listed below the legend.');
    fireEvent.click(cell('2', '2027-02'));
    expect(screen.queryByTestId('capacity-drilldown')).toBeNull();
  });

  it('shows teams and people, with the demand given to no one in a last row', async () => {
    await renderPage();
    fireEvent.change(screen.getByTestId('capacity-dimension'), { target: { value: 'team' } });
    expect(screen.getAllByTestId('capacity-row').map(r => r.getAttribute('data-row'))).toEqual(['team:Apps', 'team:Platform', '']);
    expect(cell('team:Platform', '2027-02').textContent).toBe('● 90%18 / 20');
    expect(cell('team:Platform', '2027-02').closest('td')?.getAttribute('data-band')).toBe('amber');
    fireEvent.change(screen.getByTestId('capacity-dimension'), { target: { value: 'person' } });
    const rows = screen.getAllByTestId('capacity-row');
    expect(rows.map(r => r.querySelector('th')?.textContent)).toEqual(['Ana Alves', 'Ben Brandt', 'Not given to a person']);
    // Work given to no one is shown as demand, never as "∞ over capacity" (the trial saw that row flood
    // the over-allocation list): it is counted against its role in the role view.
    expect(cell('', '2027-03').getAttribute('aria-label')).toBe('5 days: Not given to a person, March 2027. Demand 5 days (40 hours), given to no person: counted in the role view, not against anyone\u2019s capacity here.');
    expect(cell('', '2027-03').textContent).toBe('5 days');
    expect(cell('', '2027-03').closest('td')?.getAttribute('data-band')).toBe('none');
    fireEvent.change(screen.getByTestId('capacity-unit'), { target: { value: 'hours' } });
    expect(cell('10', '2027-02').textContent).toBe('● 90%144 / 160');
    fireEvent.change(screen.getByTestId('capacity-unit'), { target: { value: 'fte' } });
    expect(cell('10', '2027-02').textContent).toBe('● 90%0.9 / 1');
  });

  it('moves through the map with the keyboard: one tab stop, arrows, Home and End', async () => {
    await renderPage();
    const first = cell('2', '2027-01');
    expect(first.tabIndex).toBe(0);
    expect(cell('2', '2027-02').tabIndex).toBe(-1);
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(cell('2', '2027-02'));
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(cell('1', '2027-02'));
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(document.activeElement).toBe(cell('1', '2027-12'));
    expect(cell('1', '2027-12').tabIndex).toBe(0);
    fireEvent.keyDown(document.activeElement as Element, { key: 'Enter' });
    expect(moveInGrid('Home', 1, 11, 2, 12, true)).toEqual([0, 0]);
    expect(moveInGrid('ArrowUp', 0, 3, 2, 12)).toEqual([0, 3]);
    expect(moveInGrid('PageDown', 0, 3, 2, 12)).toEqual([1, 3]);
    expect(moveInGrid('a', 0, 3, 2, 12)).toBeUndefined();
  });

  it('pages to the next and previous 12 months and back to this month', async () => {
    const s = service();
    await renderPage(s);
    fireEvent.click(screen.getByTestId('capacity-next'));
    await waitFor(() => expect(screen.getByTestId('capacity-range').textContent).toBe('January 2028 to December 2028'));
    await screen.findByTestId('capacity-heatmap');
    fireEvent.click(screen.getByTestId('capacity-current'));
    await screen.findByTestId('capacity-heatmap');
    expect((s as unknown as { reads: string[] }).reads).toEqual(['2027-01', '2028-01', '2027-01']);
  });

  it('writes months, numbers and percentages in German', async () => {
    useTestLocale('de-de');
    await renderPage(service(), 'de-de');
    expect(cell('2', '2027-02').textContent).toBe('▲ 125\u00a0%25 / 20');
    expect(cell('2', '2027-02').getAttribute('aria-label')).toContain('Februar 2027');
    fireEvent.change(screen.getByTestId('capacity-dimension'), { target: { value: 'person' } });
    fireEvent.change(screen.getByTestId('capacity-unit'), { target: { value: 'fte' } });
    expect(cell('10', '2027-02').textContent).toBe('● 90\u00a0%0,9 / 1');
  });
});

describe('the what-if', () => {
  it('moves a request by a month: the over-allocation clears at once, marked as not saved; Back to the plan restores it', async () => {
    const s = service();
    await renderPage(s);
    fireEvent.change(screen.getByTestId('capacity-whatif-source'), { target: { value: 'request:12' } });
    fireEvent.change(screen.getByTestId('capacity-whatif-shift'), { target: { value: '1' } });
    expect(overRows()).toEqual([]);
    expect(cell('2', '2027-02').textContent).toBe('75%15 / 20');
    expect(cell('2', '2027-03').textContent).toBe('50%10 / 20');
    expect(screen.getByTestId('capacity-whatif-banner').textContent).toContain('What-if, not saved. 1 change to the plan. Over-allocated months: 1 in the plan, 0 with the what-if.');
    expect(screen.getByRole('grid').querySelector('caption')?.textContent).toContain('(what-if, not saved)');
    expect(screen.getByTestId('capacity-whatif-changes').textContent).toContain('Request: Chatbot: 1 month later');
    fireEvent.click(screen.getByTestId('capacity-whatif-reset'));
    expect(overRows()).toEqual(['2|2027-02']);
    expect(screen.queryByTestId('capacity-whatif-banner')).toBeNull();
    expect(s.saved).toEqual([]);
  });

  it('leaves a request out from the drill-down\'s "Try a what-if"; Undo puts it back', async () => {
    await renderPage();
    fireEvent.click(cell('2', '2027-02'));
    fireEvent.click(within(screen.getByTestId('capacity-drilldown')).getByRole('button', { name: 'Try a what-if: Chatbot' }));
    expect((screen.getByTestId('capacity-whatif-source') as HTMLSelectElement).value).toBe('request:12');
    fireEvent.click(screen.getByLabelText('Leave this request out'));
    expect(overRows()).toEqual([]);
    expect(screen.getByTestId('capacity-whatif-changes').textContent).toContain('Request: Chatbot: left out');
    fireEvent.click(screen.getByRole('button', { name: 'Undo: Request: Chatbot' }));
    expect(overRows()).toEqual(['2|2027-02']);
  });

  it('saves the what-if as a scenario (a name is required, nothing is sent without one) and reopens it', async () => {
    const s = service();
    await renderPage(s);
    await screen.findByTestId('capacity-saved-empty');
    fireEvent.change(screen.getByTestId('capacity-whatif-source'), { target: { value: 'request:12' } });
    fireEvent.change(screen.getByTestId('capacity-whatif-shift'), { target: { value: '2' } });
    await act(async () => { fireEvent.click(screen.getByTestId('capacity-save-scenario')); });
    expect(screen.getByTestId('capacity-scenario-title').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter a name for the scenario.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByTestId('capacity-scenario-title'));
    expect(s.saved).toEqual([]);
    fireEvent.change(screen.getByTestId('capacity-scenario-title'), { target: { value: 'Chatbot in spring' } });
    await act(async () => { fireEvent.click(screen.getByTestId('capacity-save-scenario')); });
    expect(s.saved).toEqual([{ title: 'Chatbot in spring', whatIf: { shifts: [{ source: 'request:12', months: 2 }], leaveOut: [] }, includeProposed: true, months: monthRange('2027-01', 12) }]);
    await screen.findByText('The what-if has been saved as the scenario “Chatbot in spring”.');
    expect(screen.getByTestId('capacity-whatif-banner').textContent).toContain('Saved what-if “Chatbot in spring”.');
    await screen.findByTestId('capacity-saved');
    expect(screen.getByTestId('capacity-saved-item').textContent).toContain('Chatbot in spring (Jan 2027 – Dec 2027, 1 change)');
    fireEvent.click(screen.getByTestId('capacity-whatif-reset'));
    expect(overRows()).toEqual(['2|2027-02']);
    fireEvent.click(screen.getByRole('button', { name: 'Open “Chatbot in spring”' }));
    expect(overRows()).toEqual([]);
    expect(screen.getByTestId('capacity-whatif-banner').textContent).toContain('Saved what-if “Chatbot in spring”.');
  });

  it('offers no saving to those who may not save scenarios, and reads their saved what-ifs only when asked (a 404 says who can)', async () => {
    const s = service({ canSaveScenario: false });
    const list = jest.fn(async () => { throw Object.assign(new Error('[404] List does not exist'), { status: 404 }); });
    s.listWhatIfs = list;
    await renderPage(s);
    expect(list).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('capacity-saved-show'));
    expect((await screen.findByTestId('capacity-saved-forbidden')).textContent).toBe('Saved what-ifs are for the PMO and the strategy board.');
    expect(list).toHaveBeenCalledTimes(1);
    fireEvent.change(screen.getByTestId('capacity-whatif-source'), { target: { value: 'project:5' } });
    expect(screen.queryByTestId('capacity-whatif-leave-out')).toBeNull(); // a project is moved, not left out
    fireEvent.change(screen.getByTestId('capacity-whatif-shift'), { target: { value: '-1' } });
    expect(screen.getByTestId('capacity-whatif-banner')).toBeTruthy();
    expect(screen.queryByTestId('capacity-save-scenario')).toBeNull();
  });
});

describe('the Capacity page\'s states and the PMO\'s maintenance', () => {
  it('says when the data cannot be read, with Try again; a 403 is "no access"', async () => {
    const s = service();
    let fail = true;
    const read = s.getCapacityData;
    s.getCapacityData = async (first, count) => { if (fail) throw Object.assign(new Error('[500] boom'), { status: 500 }); return read(first, count); };
    render(<Capacity capacity={s} locale="en-us" siteUrl={site} today="2027-01-15" />);
    const retry = await screen.findByRole('button', { name: 'Try again' });
    fail = false;
    fireEvent.click(retry);
    await screen.findByTestId('capacity-heatmap');
    s.getCapacityData = async () => { throw Object.assign(new Error('[403] Forbidden'), { status: 403 }); };
    render(<Capacity capacity={s} locale="en-us" siteUrl={site} today="2027-01-15" />);
    await screen.findByTestId('page-no-access');
  });

  it('shows the pool\'s maintenance only to those who may edit it; the settings form names its fields and sends nothing half-way', async () => {
    await renderPage();
    expect(screen.queryByTestId('capacity-pool')).toBeNull();
    const s = service({ canEditPool: true });
    render(<Capacity capacity={s} locale="en-us" siteUrl={site} today="2027-01-15" />);
    fireEvent.click(await screen.findByTestId('capacity-pool-open'));
    fireEvent.click(await screen.findByTestId('capacity-settings-edit'));
    fireEvent.change(screen.getByLabelText(/^Near capacity from/), { target: { value: '120' } });
    fireEvent.change(screen.getByLabelText(/^Hours per week/), { target: { value: 'forty' } });
    await act(async () => { fireEvent.click(screen.getByTestId('capacity-settings-save')); });
    const problems = screen.getByTestId('capacity-settings-problems').textContent ?? '';
    expect(problems).toContain('“Hours per week of one full-time person”: enter a number from 1 to 80.');
    expect(problems).toContain('“Near capacity from (%)” cannot be higher than “Over capacity above (%)”.');
    expect(s.saveSettings).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText(/^Hours per week/), { target: { value: '38.5' } });
    fireEvent.change(screen.getByLabelText(/^Near capacity from/), { target: { value: '80' } });
    await act(async () => { fireEvent.click(screen.getByTestId('capacity-settings-save')); });
    expect(s.saveSettings).toHaveBeenCalledWith({ hoursPerWeek: 38.5, amberFrom: 0.8, redAbove: 1 }, '"2"');
    await screen.findByText('The settings have been saved.');
  });

  it('lets the PMO set a role\'s figure per month and single months that differ, naming the month of a problem', async () => {
    const s = service({ canEditPool: true });
    render(<Capacity capacity={s} locale="de-de" siteUrl={site} today="2027-01-15" />);
    fireEvent.click(await screen.findByTestId('capacity-pool-open'));
    const roles = await screen.findByTestId('capacity-roles');
    fireEvent.click(within(roles).getAllByRole('button')[1]);
    const months = await screen.findByTestId('capacity-role-months');
    // One field per month shown, labelled by the month in the user's language.
    expect(within(months).getAllByRole('textbox')).toHaveLength(12);
    fireEvent.change(within(months).getByLabelText(/^August 2027/), { target: { value: '12,5' } });
    fireEvent.change(within(months).getByLabelText(/^Dezember 2027/), { target: { value: 'viel' } });
    await act(async () => { fireEvent.click(screen.getByTestId('capacity-role-save')); });
    expect(screen.getByTestId('capacity-role-problems').textContent).toContain('Dezember 2027”: enter a number from 0 to 10.000.');
    expect(s.saveRoleCapacity).not.toHaveBeenCalled();
    fireEvent.change(within(months).getByLabelText(/^Dezember 2027/), { target: { value: '' } });
    await act(async () => { fireEvent.click(screen.getByTestId('capacity-role-save')); });
    expect(s.saveRoleCapacity).toHaveBeenCalledWith(2, { monthlyDays: 20, byMonth: [{ month: '2027-08', days: 12.5 }] });
  });

  it('lets the PMO change a person and add a public holiday for everyone', async () => {
    const s = service({ canEditPool: true });
    render(<Capacity capacity={s} locale="en-us" siteUrl={site} today="2027-01-15" />);
    fireEvent.click(await screen.findByTestId('capacity-pool-open'));
    const people = await screen.findByTestId('capacity-people');
    fireEvent.click(within(people).getByRole('button', { name: 'Edit: Ben Brandt' }));
    fireEvent.change(screen.getByLabelText(/^FTE/), { target: { value: '0.8' } });
    fireEvent.change(screen.getByLabelText(/^Non-project time/), { target: { value: '10' } });
    await act(async () => { fireEvent.click(screen.getByTestId('capacity-person-save')); });
    expect(s.savePerson).toHaveBeenCalledWith(11, { roleId: 1, team: 'Apps', fte: 0.8, nonProjectPercent: 10, active: true });
    fireEvent.click(await screen.findByTestId('capacity-absence-add'));
    fireEvent.change(screen.getByLabelText(/^First day/), { target: { value: '12/25/2027' } });
    fireEvent.blur(screen.getByLabelText(/^First day/));
    fireEvent.change(screen.getByLabelText(/^Last day/), { target: { value: '12/24/2027' } });
    fireEvent.blur(screen.getByLabelText(/^Last day/));
    await act(async () => { fireEvent.click(screen.getByTestId('capacity-absence-save')); });
    expect(screen.getByTestId('capacity-absence-problems').textContent).toContain('“Last day” cannot be before “First day”.');
    expect(s.addAbsence).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText(/^Last day/), { target: { value: '12/26/2027' } });
    fireEvent.blur(screen.getByLabelText(/^Last day/));
    fireEvent.change(screen.getByLabelText(/^Title/), { target: { value: 'Christmas' } });
    await act(async () => { fireEvent.click(screen.getByTestId('capacity-absence-save')); });
    expect(s.addAbsence).toHaveBeenCalledWith({ personId: undefined, start: '2027-12-25', end: '2027-12-26', type: 'PublicHoliday', title: 'Christmas' });
  });
});

describe('the capacity view (pure)', () => {
  it('applies the what-if before the heat map, and counts the over-allocations before it', () => {
    const d = data();
    const plan = capacityView(d, { dimension: 'role', includeProposed: true, whatIf: NO_WHAT_IF });
    expect(plan.over.map(o => [o.title, o.month, o.overHours])).toEqual([['Analyst', '2027-02', 40]]);
    const moved = capacityView(d, { dimension: 'role', includeProposed: true, whatIf: withShift(NO_WHAT_IF, 'request:12', 1) });
    expect([moved.over.length, moved.overBefore]).toEqual([0, 1]);
    expect(demandOwners(d.demand).map(o => [o.key, o.proposed])).toEqual([['project:5', false], ['project:7', false], ['request:12', true]]);
    const w = withLeftOut(withShift(withShift(NO_WHAT_IF, 'project:5', 3), 'project:5', 0), 'request:12', true);
    expect(whatIfChanges(w)).toEqual([{ key: 'request:12', months: 0, leftOut: true }]);
    expect(withShift(NO_WHAT_IF, 'project:5', 40).shifts).toEqual([{ source: 'project:5', months: 12 }]);
  });

  it('keeps a role\'s own figures of months not shown, and drops those of shown months left blank', () => {
    const role = { id: 2, title: 'Analyst', monthlyDays: 20, byMonth: [{ month: '2026-12', days: 5 }, { month: '2027-02', days: 8 }] };
    const shown = ['2027-01', '2027-02'];
    expect(roleValuesOf(role, 'en-us', shown)).toEqual({ monthlyDays: '20', 'month-2027-01': '', 'month-2027-02': '8' });
    expect(readRole({ monthlyDays: '18', 'month-2027-01': '3', 'month-2027-02': '' }, role, 'en-us', shown).input)
      .toEqual({ monthlyDays: 18, byMonth: [{ month: '2026-12', days: 5 }, { month: '2027-01', days: 3 }] });
  });

  it('reads the pool forms in the user\'s locale and names the field of each problem', () => {
    expect(readSettings({ hoursPerWeek: '38,5', amberFrom: '85', redAbove: '100' }, 'de-de').settings).toEqual({ hoursPerWeek: 38.5, amberFrom: 0.85, redAbove: 1 });
    expect(readPerson({ role: '', team: '', fte: '1.5', nonProjectPercent: '', active: true }, 'en-us').problems).toEqual({
      role: '“Role” is required.', fte: '“FTE”: enter a number from 0 to 1.'
    });
    expect(readAbsence({ person: '11', type: 'Leave', start: '2027-03-01', end: '2027-03-05', title: ' ' }).input).toEqual({ personId: 11, start: '2027-03-01', end: '2027-03-05', type: 'Leave', title: undefined });
  });
});
