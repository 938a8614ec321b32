import * as React from 'react';
import { render, screen, fireEvent, waitFor, within, act } from '@testing-library/react';
import { Portfolio } from './Portfolio';
import { ViewNameTakenError, type IPortfolioData, type IPortfolioService, type IProjectDetail, type ISavedPortfolioView } from '../../services/PortfolioService';
import type { ExportCell, IPortfolioRow, IPortfolioView } from '../../domain/portfolio';
import { useTestLocale } from '../../../tools/jest/locale';

jest.setTimeout(30000);

const DTP = { id: 1, title: 'Digital Transformation Programme' };
const PSM = { id: 2, title: 'Public Services Modernisation' };
const anna = { id: 11, name: 'Anna Schmidt', email: 'anna.schmidt@pmohub.demo' };
const hugo = { id: 12, name: 'Hugo Lefèvre', email: 'hugo.lefevre@pmohub.demo' };

function row(id: number, extra: Partial<IPortfolioRow>): IPortfolioRow {
  return { id, title: `Project ${id}`, rag: {}, objectives: [], ...extra };
}

const rows: IPortfolioRow[] = [
  row(1, { title: 'Bürgerportal', code: 'PRJ-1', programme: PSM, department: 'Public Services', projectManager: hugo, stage: 'Delivery', status: 'Active', rag: { overall: 'Amber' }, budget: 250000, nextMilestone: { title: 'Go-live', date: '2026-12-01' } }),
  row(2, { title: 'ERP upgrade', code: 'PRJ-2', programme: DTP, department: 'Finance', projectManager: anna, stage: 'Initiation', status: 'Active', rag: { overall: 'Red' }, budget: 1200000, teamsGroupId: 'group-dtp' }),
  row(3, { title: 'Modern workplace', code: 'PRJ-3', programme: DTP, department: 'IT Infrastructure', projectManager: anna, stage: 'Delivery', status: 'OnHold', rag: { overall: 'Green' }, budget: 400000, teamsGroupId: 'group-dtp' }),
  row(4, { title: 'Archive scanning', code: 'PRJ-4', department: 'Finance', projectManager: hugo, stage: 'Closing', status: 'Closed' })
];

const sharedView: ISavedPortfolioView = {
  id: 7, scope: 'shared', mine: false, etag: '"5"',
  view: { name: 'Red and amber', columns: ['title', 'ragOverall'], filters: { rag: ['Red', 'Amber'] }, sort: [{ column: 'title', descending: false }], search: '' }
};

function dataOf(extra: Partial<IPortfolioData> = {}): IPortfolioData {
  return { rows, programmes: [DTP, PSM], objectives: [], views: [sharedView], canShareViews: false, canEditProjects: true, currentUserId: 11, ...extra };
}

const detail: IProjectDetail = {
  row: { ...rows[1], sponsor: { id: 20, name: 'Klaus Fischer' }, summary: 'Upgrade the ERP.' },
  etag: '"3"',
  latestReport: { id: 50, title: 'October', reportDate: '2026-10-31', rag: { overall: 'Red', schedule: 'Red', cost: 'Amber' }, percentComplete: 40, highlights: 'Vendor late',
    dimensions: [
      { dimension: 'overall', rag: 'Red' }, { dimension: 'schedule', rag: 'Red' }, { dimension: 'cost', rag: 'Amber' }, { dimension: 'scope', rag: 'Green' },
      { dimension: 'quality', rag: 'Green' }, { dimension: 'risk', rag: 'Amber' }, { dimension: 'resources', rag: 'Red' }, { dimension: 'vendor', rag: 'Green', title: 'Vendor management' }
    ] },
  milestones: [
    { id: 1, title: 'Vendor chosen', status: 'Late', baselineDate: '2026-09-01', forecastDate: '2026-11-30' },
    { id: 2, title: 'Go-live', status: 'Planned', baselineDate: '2027-03-01' }
  ],
  itemUrl: 'https://contoso.sharepoint.com/sites/pmo/Lists/Projects/DispForm.aspx?ID=2',
  canEdit: true
};

/** A service double: the real PortfolioService runs against the emulator in its own test. */
type FakeService = { [K in keyof IPortfolioService]: IPortfolioService[K] & jest.Mock };

function fakeService(load: () => Promise<IPortfolioData> = () => Promise.resolve(dataOf())): FakeService {
  return {
    load: jest.fn(load),
    getProjectDetail: jest.fn(() => Promise.resolve(detail)),
    updateProject: jest.fn(() => Promise.resolve()),
    saveView: jest.fn((view: IPortfolioView, scope: 'shared' | 'personal') => Promise.resolve({ id: 99, scope, view, mine: true })),
    deleteView: jest.fn(() => Promise.resolve()),
    getPhotoUrl: jest.fn(() => Promise.resolve(undefined)),
    projectsListUrl: jest.fn(() => 'x')
  } as unknown as FakeService;
}

function gridRows(): string[] {
  const grid = screen.getByTestId('portfolio-grid');
  return Array.from(grid.querySelectorAll('[data-testid^="open-"]')).map(l => l.textContent ?? '');
}

/** Picks an option: of a native select (the toolbar's pickers), or of a Fluent Dropdown (the filter pane's). */
async function chooseOption(testId: string, optionName: string | RegExp): Promise<void> {
  const picker = screen.getByTestId(testId);
  if (picker instanceof HTMLSelectElement) {
    const option = within(picker).getByRole('option', { name: optionName }) as HTMLOptionElement;
    fireEvent.change(picker, { target: { value: option.value } });
    return;
  }
  fireEvent.click(picker);
  fireEvent.click(await screen.findByRole('option', { name: optionName }));
}

const base = { siteUrl: 'https://contoso.sharepoint.com/sites/pmo', locale: 'en-us', showRollup: true, today: '2026-11-15' };

describe('Portfolio', () => {
  afterEach(() => useTestLocale('en-us'));

  it('loads, then shows every project with RAG as text, budget, next milestone and the programme roll-up', async () => {
    render(<Portfolio service={fakeService()} {...base} />);
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect(await screen.findByText('4 of 4 projects')).toBeTruthy();
    expect(gridRows()).toEqual(['Archive scanning', 'Bürgerportal', 'ERP upgrade', 'Modern workplace']);
    const grid = screen.getByTestId('portfolio-grid');
    expect(within(grid).getByText('Red')).toBeTruthy();
    // "Archive scanning" is closed: no current status rather than "No report" (issue 9, item 21).
    expect(within(grid).getByText('No current status')).toBeTruthy();
    expect(within(grid).getByText('1,200,000')).toBeTruthy();
    expect(within(grid).getByText('Go-live')).toBeTruthy();
    expect(within(grid).getByText('Dec 1, 2026')).toBeTruthy();
    const rollup = screen.getByTestId('programme-rollup');
    const dtpRow = within(rollup).getByRole('rowheader', { name: 'Digital Transformation Programme' }).closest('tr') as HTMLElement;
    expect(within(dtpRow).getByText('2')).toBeTruthy();
    expect(within(dtpRow).getByText('1,600,000')).toBeTruthy();
    expect(within(dtpRow).getByText('Red 1, amber 0, green 1, no report 0')).toBeTruthy();
  });

  it('searches without regard to accents and says how many match', async () => {
    render(<Portfolio service={fakeService()} {...base} />);
    await screen.findByText('4 of 4 projects');
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search projects' }), { target: { value: 'burgerportal' } });
    expect(screen.getByText('1 of 4 projects')).toBeTruthy();
    expect(gridRows()).toEqual(['Bürgerportal']);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search projects' }), { target: { value: 'nothing like it' } });
    expect(await screen.findByText('No project matches the search and filters.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(screen.getByText('4 of 4 projects')).toBeTruthy();
  });

  it('shows totals and group subtotals, marks overdue milestones, and keeps closed and cancelled projects apart (issue 9, item 21)', async () => {
    render(<Portfolio service={fakeService()} {...base} today="2026-12-02" />);
    await screen.findByText('4 of 4 projects');
    // Bürgerportal's next milestone (Dec 1, 2026) is overdue on Dec 2; said in words, not only in colour.
    expect(screen.getByTestId('overdue-1').textContent).toBe('Dec 1, 2026 Overdue');
    const total = screen.getByTestId('portfolio-total');
    expect(within(total).getByRole('rowheader').textContent).toBe('Total');
    expect(within(total).getByText('1,850,000')).toBeTruthy();
    await chooseOption('portfolio-groupby', 'Programme');
    expect(screen.getAllByTestId('group-budget').map(g => g.textContent)).toEqual(['Budget 1,600,000', 'Budget 250,000', 'Budget 0']);
    const rollup = screen.getByTestId('programme-rollup');
    const none = within(rollup).getByRole('rowheader', { name: 'No programme' }).closest('tr') as HTMLElement;
    expect(Array.from(none.querySelectorAll('td')).map(td => td.textContent)).toEqual(['0', '0', 'No report', 'Red 0, amber 0, green 0, no report 0', '1', '0']);
  });

  it('sorts by a column header (click or keyboard), flips on a second click, and adds keys with Shift', async () => {
    render(<Portfolio service={fakeService()} {...base} />);
    await screen.findByText('4 of 4 projects');
    const header = (name: string): HTMLElement => screen.getAllByRole('columnheader').filter(h => (h.textContent ?? '').indexOf(name) === 0)[0];
    fireEvent.click(within(header('Budget')).getByText('Budget'));
    expect(gridRows()).toEqual(['Bürgerportal', 'Modern workplace', 'ERP upgrade', 'Archive scanning']);
    expect(header('Budget').getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(within(header('Budget')).getByText('Budget'));
    expect(gridRows()).toEqual(['ERP upgrade', 'Modern workplace', 'Bürgerportal', 'Archive scanning']);
    expect(header('Budget').getAttribute('aria-sort')).toBe('descending');
    // Keyboard: the header's button reacts to Enter like a click.
    const stageButton = within(header('Stage')).getByText('Stage').closest('button') as HTMLElement;
    stageButton.focus();
    fireEvent.click(stageButton);
    fireEvent.click(within(header('Budget')).getByText('Budget'), { shiftKey: true });
    expect(gridRows()).toEqual(['ERP upgrade', 'Bürgerportal', 'Modern workplace', 'Archive scanning']);
  });

  it('is one tab stop: arrows move between headers and lines, Ctrl+arrows resize a column (trial finding: 20 tab stops in the header)', async () => {
    render(<Portfolio service={fakeService()} {...base} />);
    await screen.findByText('4 of 4 projects');
    const grid = screen.getByRole('grid', { name: 'Projects' });
    const tabStops = (): HTMLElement[] => Array.from(grid.querySelectorAll<HTMLElement>('[tabindex="0"], a[href], input, select, textarea, button:not([tabindex])'));
    expect(tabStops().map(e => e.textContent)).toEqual(['Project']);
    const headerButton = (name: string): HTMLElement => within(grid).getAllByRole('columnheader').filter(h => (h.textContent ?? '').indexOf(name) === 0)[0].querySelector('button') as HTMLElement;
    headerButton('Project').focus();
    fireEvent.keyDown(headerButton('Project'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(headerButton('Code'));
    expect(tabStops().map(e => e.textContent)).toEqual(['Code']);
    fireEvent.keyDown(headerButton('Code'), { key: 'End' });
    expect(document.activeElement).toBe(headerButton('Milestone date'));
    // Ctrl+Right widens the column: its width is set on the grid's column template.
    const before = grid.getAttribute('style') ?? '';
    fireEvent.keyDown(headerButton('Milestone date'), { key: 'ArrowRight', ctrlKey: true });
    expect(grid.getAttribute('style')).not.toBe(before);
    expect(grid.getAttribute('style')).toMatch(/ \d+px;/);
    fireEvent.keyDown(headerButton('Milestone date'), { key: 'ArrowDown' });
    await waitFor(() => expect((document.activeElement as HTMLElement).getAttribute('aria-rowindex')).toBe('2'));
    expect(tabStops()).toEqual([document.activeElement]);
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(headerButton('Milestone date'));
  });

  it('chooses columns in the column chooser, and resets them', async () => {
    render(<Portfolio service={fakeService()} {...base} />);
    await screen.findByText('4 of 4 projects');
    const headerNames = (): string[] => screen.getAllByRole('columnheader', { hidden: true }).map(h => (h.textContent ?? '').trim());
    expect(headerNames()).toContain('Code');
    fireEvent.click(screen.getByRole('button', { name: 'Columns' }));
    const group = await screen.findByRole('group', { name: 'Choose columns' });
    // The project column cannot be hidden: a grid without names cannot be read or opened.
    expect((within(group).getByRole('checkbox', { name: 'Project' }) as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Code' }));
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Risk' }));
    expect(headerNames()).not.toContain('Code');
    expect(headerNames()).toContain('Risk');
    fireEvent.click(screen.getByRole('button', { name: 'Reset columns' }));
    expect(headerNames()).toContain('Code');
    expect(headerNames()).not.toContain('Risk');
  });

  it('groups by programme with counts, and by RAG worst first', async () => {
    render(<Portfolio service={fakeService()} {...base} />);
    await screen.findByText('4 of 4 projects');
    await chooseOption('portfolio-groupby', 'Programme');
    const headers = (): string[] => Array.from(screen.getByTestId('portfolio-grid').querySelectorAll('[data-testid="group-title"]')).map(h => (h.textContent ?? '').replace(/\s+/g, ' ').trim());
    expect(headers()).toEqual(['Digital Transformation Programme(2)', 'Public Services Modernisation(1)', 'No programme(1)']);
    expect(gridRows()).toEqual(['ERP upgrade', 'Modern workplace', 'Bürgerportal', 'Archive scanning']);
    await chooseOption('portfolio-groupby', 'Overall status (RAG)');
    expect(gridRows()).toEqual(['ERP upgrade', 'Bürgerportal', 'Modern workplace', 'Archive scanning']);
    expect(headers()).toEqual(['Red(1)', 'Amber(1)', 'Green(1)', 'No report(1)']);
  });

  it('filters in the filter pane and counts the filters in use', async () => {
    render(<Portfolio service={fakeService()} {...base} />);
    await screen.findByText('4 of 4 projects');
    fireEvent.click(screen.getByRole('button', { name: 'Filters' }));
    await chooseOption('filter-status', 'Active');
    expect(screen.getByText('2 of 4 projects')).toBeTruthy();
    await chooseOption('filter-department', 'Finance');
    expect(gridRows()).toEqual(['ERP upgrade']);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters', hidden: true }));
    expect(screen.getByText('4 of 4 projects')).toBeTruthy();
    await chooseOption('filter-rag', 'No report');
    expect(gridRows()).toEqual(['Archive scanning']);
    await chooseOption('filter-programme', 'No programme');
    fireEvent.click(screen.getAllByRole('button', { name: 'Close', hidden: true })[0]);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Filters (2)' })).toBeTruthy());
  });

  it('applies a shared view, and saves the current view as a personal one (shared is for the PMO only)', async () => {
    const service = fakeService();
    render(<Portfolio service={service} {...base} />);
    await screen.findByText('4 of 4 projects');
    await chooseOption('portfolio-view', 'Red and amber');
    expect(gridRows()).toEqual(['Bürgerportal', 'ERP upgrade']);
    fireEvent.click(screen.getByRole('button', { name: 'Save view' }));
    const dialog = await screen.findByRole('dialog');
    expect((within(dialog).getByRole('radio', { name: 'Everyone (shared view)' }) as HTMLInputElement).disabled).toBe(true);
    expect(within(dialog).getByText('Only the PMO can save shared views.')).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox', { name: /View name/ }), { target: { value: 'My red ones' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await screen.findByText('View "My red ones" saved.');
    const [savedView, scope] = service.saveView.mock.calls[0] as [IPortfolioView, string];
    expect(scope).toBe('personal');
    expect(savedView).toMatchObject({ name: 'My red ones', filters: { rag: ['Red', 'Amber'] }, columns: ['title', 'ragOverall'] });
  });

  it('asks before replacing a view of the same name, in German, and replaces that one (issue 9, item 19)', async () => {
    useTestLocale('de-de');
    const service = fakeService();
    service.saveView.mockImplementationOnce((_v: IPortfolioView, scope: 'shared' | 'personal') => Promise.reject(new ViewNameTakenError('Meine Sicht', scope, 42, '"7"')));
    render(<Portfolio service={service} {...base} locale="de-de" />);
    await screen.findByText('4 von 4 Projekten');
    fireEvent.click(screen.getByRole('button', { name: 'Ansicht speichern' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Name der Ansicht/ }), { target: { value: 'meine sicht' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    expect(await within(dialog).findByText('Eine Ansicht namens „Meine Sicht“ gibt es bereits. Ersetzen Sie sie durch diese Ansicht, oder wählen Sie einen anderen Namen.')).toBeTruthy();
    expect(service.saveView).toHaveBeenCalledTimes(1);
    // The focus goes to the question, not to the page behind the dialog (trial finding).
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Ersetzen' })));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ersetzen' }));
    await waitFor(() => expect(service.saveView).toHaveBeenCalledTimes(2));
    expect(service.saveView.mock.calls[1][2]).toEqual({ id: 42, etag: '"7"' });
  });

  it('replaces a view with the ETag it was read with; when someone saved it meanwhile, offers to reload and keeps the input (issue 9, item 7)', async () => {
    const service = fakeService(() => Promise.resolve(dataOf({ canShareViews: true })));
    service.saveView.mockImplementationOnce(() => Promise.reject(Object.assign(new Error('Error making HttpClient request in queryable [412] Precondition Failed ::> {"odata.error":{"message":{"value":"Version conflict."}}}'), { status: 412 })));
    render(<Portfolio service={service} {...base} />);
    await screen.findByText('4 of 4 projects');
    await chooseOption('portfolio-view', 'Red and amber');
    fireEvent.click(screen.getByRole('button', { name: 'Save view' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText(/Someone else saved a change first/)).toBeTruthy();
    expect(service.saveView.mock.calls[0][2]).toEqual({ id: 7, etag: '"5"' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reload the views' }));
    await waitFor(() => expect(service.load).toHaveBeenCalledTimes(2));
    expect((within(dialog).getByRole('textbox', { name: /View name/ }) as HTMLInputElement).value).toBe('Red and amber');
  });

  it('saves a view with Enter in its name, the name filled in from the view in use selected so typing replaces it (trial finding)', async () => {
    const service = fakeService();
    render(<Portfolio service={service} {...base} />);
    await screen.findByText('4 of 4 projects');
    await chooseOption('portfolio-view', 'Red and amber');
    fireEvent.click(screen.getByRole('button', { name: 'Save view' }));
    const dialog = await screen.findByRole('dialog');
    const name = within(dialog).getByRole('textbox', { name: /View name/ }) as HTMLInputElement;
    fireEvent.focus(name);
    expect([name.selectionStart, name.selectionEnd]).toEqual([0, 'Red and amber'.length]);
    fireEvent.change(name, { target: { value: 'Mine, red' } });
    fireEvent.keyDown(name, { key: 'Enter' });
    await waitFor(() => expect(service.saveView).toHaveBeenCalledTimes(1));
    expect((service.saveView.mock.calls[0][0] as IPortfolioView).name).toBe('Mine, red');
  });

  it('lets the PMO save a shared view and refuses an empty name', async () => {
    const service = fakeService(() => Promise.resolve(dataOf({ canShareViews: true, views: [] })));
    render(<Portfolio service={service} {...base} />);
    await screen.findByText('4 of 4 projects');
    fireEvent.click(screen.getByRole('button', { name: 'Save view' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Enter a name for the view.')).toBeTruthy();
    expect(service.saveView).not.toHaveBeenCalled();
    fireEvent.change(within(dialog).getByRole('textbox', { name: /View name/ }), { target: { value: 'Board pack' } });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Everyone (shared view)' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await screen.findByText('View "Board pack" saved.');
    expect(service.saveView.mock.calls[0][1]).toBe('shared');
  });

  it('exports the view as shown: its columns, filter and sort', async () => {
    const writeWorkbook = jest.fn((_t: ExportCell[][], _f: string, _s: string) => Promise.resolve());
    render(<Portfolio service={fakeService()} {...base} writeWorkbook={writeWorkbook} />);
    await screen.findByText('4 of 4 projects');
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search projects' }), { target: { value: 'Finance' } });
    const header = screen.getAllByRole('columnheader').filter(h => (h.textContent ?? '').indexOf('Budget') === 0)[0];
    fireEvent.click(within(header).getByText('Budget'));
    fireEvent.click(within(header).getByText('Budget'));
    fireEvent.click(screen.getByRole('button', { name: 'Export to Excel' }));
    await waitFor(() => expect(writeWorkbook).toHaveBeenCalled());
    const [table, fileName, sheet] = writeWorkbook.mock.calls[0];
    expect(fileName).toMatch(/^portfolio-\d{4}-\d\d-\d\d\.xlsx$/);
    expect(sheet).toBe('Portfolio');
    expect(table[0]).toEqual(['Project', 'Code', 'Programme', 'Project manager', 'Stage', 'Lifecycle status', 'Overall', 'Budget', 'Next milestone', 'Milestone date']);
    expect(table.slice(1).map(r => [r[0], r[6], r[7]])).toEqual([['ERP upgrade', 'Red', 1200000], ['Archive scanning', 'No current status', undefined]]);
  });

  it('opens the project panel with the latest status and milestones, saves an edit and reloads the grid', async () => {
    const service = fakeService();
    render(<Portfolio service={service} {...base} />);
    await screen.findByText('4 of 4 projects');
    fireEvent.click(screen.getByRole('button', { name: 'Show details of ERP upgrade' }));
    const panel = await screen.findByRole('dialog');
    expect(await within(panel).findByText('Latest status')).toBeTruthy();
    expect(within(panel).getByText(/Report of Oct 31, 2026 · 40% complete/)).toBeTruthy();
    expect(within(panel).getByText('Vendor late')).toBeTruthy();
    // Every dimension of the report in the PMO's order, in the Project page's words.
    expect(Array.from(panel.querySelectorAll('li[data-dimension]')).map(li => li.textContent)).toEqual([
      'Overall Red', 'Schedule Red', 'Cost Amber', 'Scope Green', 'Quality Green', 'Risks Amber', 'Resources Red', 'Vendor management Green'
    ]);
    expect(within(panel).getByRole('heading', { name: 'Achievements' })).toBeTruthy();
    expect(within(panel).getByRole('rowheader', { name: 'Vendor chosen' })).toBeTruthy();
    expect(within(panel).getByText('Late')).toBeTruthy();
    expect(within(panel).getByText('Klaus Fischer')).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Edit' }));
    fireEvent.change(within(panel).getByRole('textbox', { name: 'Budget' }), { target: { value: '-5' } });
    expect(await within(panel).findByText('Enter a budget of 0 or more.')).toBeTruthy();
    fireEvent.change(within(panel).getByRole('textbox', { name: 'Budget' }), { target: { value: '1300000' } });
    // A budget change needs its reason (issue 9, item 4): asked at its field, nothing sent without it.
    fireEvent.click(within(panel).getByRole('button', { name: 'Save' }));
    expect(await within(panel).findByText("Give the reason for the budget change: it is kept in the project's history.")).toBeTruthy();
    expect(service.updateProject).not.toHaveBeenCalled();
    fireEvent.change(within(panel).getByRole('textbox', { name: /Reason for the budget change/ }), { target: { value: 'Second data centre' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Save' }));
    await within(panel).findByText('Changes saved.');
    expect(service.updateProject).toHaveBeenCalledWith(2, { stage: 'Initiation', status: 'Active', budget: 1300000, reason: 'Second data centre' }, '"3"');
    await waitFor(() => expect(service.load).toHaveBeenCalledTimes(2));
  });

  it('reads the budget as the user\'s locale writes amounts, and names the field when it cannot (issue 9, item 1)', async () => {
    useTestLocale('de-de');
    const service = fakeService();
    render(<Portfolio service={service} {...base} locale="de-de" />);
    await screen.findByText('4 von 4 Projekten');
    fireEvent.click(screen.getByRole('button', { name: /ERP upgrade/ }));
    const panel = await screen.findByRole('dialog');
    fireEvent.click(await within(panel).findByRole('button', { name: 'Bearbeiten' }));
    const budget = within(panel).getByRole('textbox', { name: 'Budget' }) as HTMLInputElement;
    expect(budget.value).toBe('1.200.000'); // shown as German writes it, so saving unchanged keeps it
    fireEvent.change(budget, { target: { value: '1.5' } }); // an English decimal point: refused, not stored as 15
    expect(await within(panel).findByText('„Budget“: Geben Sie einen Betrag wie 1.234.567,89 ein.')).toBeTruthy();
    expect((within(panel).getByRole('button', { name: 'Speichern' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(budget, { target: { value: '250.000' } });
    fireEvent.change(within(panel).getByRole('textbox', { name: /Grund der Budgetänderung/ }), { target: { value: 'Kürzung' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(service.updateProject).toHaveBeenCalledWith(2, { stage: 'Initiation', status: 'Active', budget: 250000, reason: 'Kürzung' }, '"3"'));
  });

  it('shows a conflict in the panel in words', async () => {
    const service = fakeService();
    service.updateProject.mockImplementation(() => Promise.reject(Object.assign(new Error('Error making HttpClient request in queryable [412] Precondition Failed ::> {"odata.error":{"message":{"value":"Version conflict."}}}'), { status: 412 })));
    render(<Portfolio service={service} {...base} />);
    await screen.findByText('4 of 4 projects');
    fireEvent.click(screen.getByRole('button', { name: 'Show details of ERP upgrade' }));
    const panel = await screen.findByRole('dialog');
    fireEvent.click(await within(panel).findByRole('button', { name: 'Edit' }));
    fireEvent.click(within(panel).getByRole('button', { name: 'Save' }));
    expect(await within(panel).findByText(/Someone else saved a change first/)).toBeTruthy();
    expect(within(panel).queryByText(/Version conflict/)).toBeNull();
  });

  it('reloads when the window gets the focus again, so a project added elsewhere shows at once', async () => {
    let data = dataOf();
    const service = fakeService(() => Promise.resolve(data));
    const now = jest.spyOn(Date, 'now');
    now.mockReturnValue(1000);
    render(<Portfolio service={service} {...base} />);
    await screen.findByText('4 of 4 projects');
    data = dataOf({ rows: [...rows, row(5, { title: 'Brand new project' })] });
    now.mockReturnValue(10000);
    act(() => { window.dispatchEvent(new Event('focus')); });
    expect(await screen.findByText('5 of 5 projects')).toBeTruthy();
    expect(gridRows()).toContain('Brand new project');
    now.mockRestore();
  });

  it('shows the error in words with a retry, and an empty portfolio', async () => {
    let calls = 0;
    const service = fakeService(() => (++calls === 1 ? Promise.reject(Object.assign(new Error('Error making HttpClient request in queryable [403] Forbidden ::> {"odata.error":{"message":{"value":"Access denied."}}}'), { status: 403 })) : Promise.resolve(dataOf({ rows: [] }))));
    render(<Portfolio service={service} {...base} />);
    // The one ErrorMessage: the kind's sentence, without SharePoint's generic English message.
    expect(await screen.findByText(/^You do not have access to this\./)).toBeTruthy();
    expect(screen.queryByText(/Access denied\./)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('There are no projects yet.')).toBeTruthy();
  });

  it('as a Teams tab, starts filtered to the team\'s programme, can show all, and links to SharePoint', async () => {
    render(<Portfolio service={fakeService()} {...base} teams={{ groupId: 'group-dtp', teamName: 'Digital Transformation Programme', theme: 'dark' }} />);
    expect(await screen.findByText('2 of 4 projects')).toBeTruthy();
    expect(screen.getByTestId('team-filter-notice').textContent).toBe('Showing the projects of Digital Transformation Programme, the programme of this team.');
    expect(screen.getByRole('link', { name: 'Open in SharePoint' }).getAttribute('href')).toBe('https://contoso.sharepoint.com/sites/pmo/SitePages/Portfolio.aspx');
    fireEvent.click(screen.getByRole('button', { name: 'Show all projects' }));
    expect(screen.getByText('4 of 4 projects')).toBeTruthy();
  });

  it('renders in German', async () => {
    useTestLocale('de-de');
    render(<Portfolio service={fakeService()} {...base} locale="de-de" />);
    expect(await screen.findByText('4 von 4 Projekten')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Portfolio');
    expect(screen.getByRole('searchbox', { name: 'Projekte durchsuchen' })).toBeTruthy();
    expect(within(screen.getByTestId('portfolio-grid')).getByText('Rot')).toBeTruthy();
    expect(within(screen.getByTestId('portfolio-grid')).getByText('1.200.000')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Nach Excel exportieren' })).toBeTruthy();
  });
});
