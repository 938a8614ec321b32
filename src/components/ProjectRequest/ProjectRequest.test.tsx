import * as React from 'react';
import { render, screen, fireEvent, waitFor, within, act } from '@testing-library/react';
import { ProjectRequest } from './ProjectRequest';
import { useTestLocale } from '../../../tools/jest/locale';
import { formatAmount, parseAmount, parseTypedDate } from './format';
import {
  checkTransition, emptyRequest, validateRequest, costTotals,
  type IntakeState, type IRequestInput
} from '../../domain/intake';
import {
  RequestRefusedError,
  type IAttachmentChanges, type IConvertResult, type IIntakeReferenceData, type IIntakeUser, type IHistoryEntry, type IPersonResult,
  type IProjectRequest, type IRequestService, type IRequestSummary, type IRequestWithHistory, type ISaveProgress, type ISaveResult
} from '../../services/RequestService';

jest.setTimeout(30_000);

const reference: IIntakeReferenceData = {
  objectives: [{ id: 1, title: 'Digital citizen services', code: 'SO-1' }, { id: 2, title: 'Efficient operations', code: 'SO-2' }],
  roles: [{ id: 10, title: 'Project manager' }, { id: 11, title: 'Business analyst' }]
};
const JAMES: IIntakeUser = { id: 15, displayName: 'James Walker', isPmo: false };
const ANNA: IIntakeUser = { id: 2, displayName: 'Anna Schmidt', isPmo: true };

function complete(title: string): IRequestInput {
  return {
    ...emptyRequest(),
    title,
    businessUnit: 'Customer Service',
    problemStatement: 'Waiting times exceed 12 minutes.',
    goals: 'Answer routine questions automatically.',
    objectiveIds: [1],
    costPlan: [{ year: 2027, capex: 1000, opex: 500 }],
    desiredStart: '2027-03-01',
    desiredEnd: '2027-06-30',
    sponsor: { id: 14, displayName: 'Pieter Bakker' },
    compliance: { personalData: true, iso27001Scope: false, nis2Relevant: false, procurementNeeded: true }
  };
}

/** An in-memory IRequestService with the domain's rules: the real RequestService runs against the emulator in its own test. */
class FakeRequests implements IRequestService {
  public user: IIntakeUser;
  public readonly items = new Map<number, IRequestWithHistory>();
  public readonly calls: string[] = [];
  public failAttachment?: string;
  public uploadGate?: Promise<void>;
  public conflictOnce = false;
  public people: IPersonResult[] = [{ id: 'u1', displayName: 'Pieter Bakker', userPrincipalName: 'pieter.bakker@pmohub.demo', mail: 'pieter.bakker@pmohub.demo', jobTitle: 'Director of Operations' }];
  private nextId = 100;

  public constructor(user: IIntakeUser) { this.user = user; }

  public add(input: IRequestInput, state: IntakeState, author: IIntakeUser = JAMES, history: IHistoryEntry[] = []): IProjectRequest {
    const id = this.nextId++;
    const t = costTotals(input.costPlan);
    const request: IProjectRequest = {
      id, title: input.title, state, businessUnit: input.businessUnit, urgency: input.urgency, budget: t.total, modified: '2026-11-20T10:00:00Z',
      submitted: state === 'Draft' ? undefined : '2026-11-20T09:00:00Z', requesterId: author.id, requesterName: author.displayName, input, attachments: [], etag: '"1"'
    };
    this.items.set(id, { request, history });
    return request;
  }

  public getCurrentUser(): Promise<IIntakeUser> { return Promise.resolve(this.user); }
  public getReferenceData(): Promise<IIntakeReferenceData> { return Promise.resolve(reference); }

  private async write(input: IRequestInput, id: number | undefined, changes: IAttachmentChanges | undefined, onProgress?: (p: ISaveProgress) => void): Promise<{ request: IProjectRequest; failed: ISaveResult['failedAttachments'] }> {
    const request = id === undefined ? this.add(input, 'Draft', this.user) : { ...(this.items.get(id) as IRequestWithHistory).request, input, title: input.title };
    const failed: ISaveResult['failedAttachments'] = [];
    const add = changes?.add ?? [];
    request.attachments = request.attachments.filter(a => (changes?.remove ?? []).indexOf(a) < 0);
    for (let i = 0; i < add.length; i++) {
      onProgress?.({ step: 'uploading', file: add[i].name, done: i, total: add.length });
      if (this.uploadGate) await this.uploadGate;
      if (add[i].name === this.failAttachment) failed.push({ name: add[i].name, error: new Error('Error making HttpClient request in queryable [500] Internal Server Error ::> {"odata.error":{"message":{"value":"The file is locked."}}}') });
      else request.attachments = [...request.attachments, add[i].name];
    }
    this.items.set(request.id, { request, history: (this.items.get(request.id) as IRequestWithHistory).history });
    return { request, failed };
  }

  public async saveDraft(input: IRequestInput, id?: number, changes?: IAttachmentChanges, onProgress?: (p: ISaveProgress) => void): Promise<ISaveResult> {
    this.calls.push(`saveDraft:${input.title}`);
    const { request, failed } = await this.write(input, id, changes, onProgress);
    return { request, submitted: false, failedAttachments: failed };
  }

  public async submit(input: IRequestInput, id?: number, changes?: IAttachmentChanges, onProgress?: (p: ISaveProgress) => void): Promise<ISaveResult> {
    const issues = validateRequest(input, 'submit');
    if (issues.length) throw new RequestRefusedError('invalid', issues);
    this.calls.push(`submit:${input.title}`);
    const { request, failed } = await this.write(input, id, changes, onProgress);
    if (failed.length) return { request, submitted: false, failedAttachments: failed };
    const entry = this.items.get(request.id) as IRequestWithHistory;
    const submitted = { ...request, state: 'Submitted' as IntakeState, submitted: '2026-11-21T09:00:00Z' };
    this.items.set(request.id, { request: submitted, history: [...entry.history, { at: '2026-11-21T09:00:00Z', by: this.user.displayName, from: 'Draft', to: 'Submitted' }] });
    return { request: submitted, submitted: true, failedAttachments: [] };
  }

  public listMine(): Promise<IRequestSummary[]> {
    return Promise.resolve(Array.from(this.items.values()).map(x => x.request).filter(r => r.requesterId === this.user.id));
  }

  public listAll(states?: ReadonlyArray<IntakeState>): Promise<IRequestSummary[]> {
    this.calls.push(`listAll:${(states ?? []).join(',')}`);
    return Promise.resolve(Array.from(this.items.values()).map(x => x.request).filter(r => r.state !== 'Draft' && (!states || states.indexOf(r.state) >= 0)));
  }

  public get(id: number): Promise<IRequestWithHistory> {
    const x = this.items.get(id);
    return x ? Promise.resolve(x) : Promise.reject(new Error('Error making HttpClient request in queryable [404] Not Found ::> {"odata.error":{"message":{"value":"Item does not exist."}}}'));
  }

  public transition(id: number, to: IntakeState, comment?: string, reason?: string, etag?: string): Promise<IRequestWithHistory> {
    this.calls.push(`transition:${id}:${to}:${comment ?? ''}:${reason ?? ''}:${etag ?? ''}`);
    if (this.conflictOnce) {
      this.conflictOnce = false;
      return Promise.reject(new Error('Error making HttpClient request in queryable [412] Precondition Failed ::> {"odata.error":{"message":{"value":"The version of the item does not match."}}}'));
    }
    const x = this.items.get(id) as IRequestWithHistory;
    const check = checkTransition(x.request.state, to, { isPmo: this.user.isPmo, isAuthor: x.request.requesterId === this.user.id }, x.request.projectId !== undefined, reason);
    if (!check.ok) return Promise.reject(new RequestRefusedError(check.refusal));
    const next: IRequestWithHistory = {
      request: { ...x.request, state: to, decisionReason: reason || x.request.decisionReason, etag: '"9"' },
      history: [...x.history, { at: '2026-11-22T10:00:00Z', by: this.user.displayName, from: x.request.state, to, comment: comment || undefined, reason: reason || undefined }]
    };
    this.items.set(id, next);
    return Promise.resolve(next);
  }

  public convertToProject(id: number): Promise<IConvertResult> {
    this.calls.push(`convert:${id}`);
    const x = this.items.get(id) as IRequestWithHistory;
    if (x.request.projectId) return Promise.resolve({ projectId: x.request.projectId, created: false });
    this.items.set(id, { ...x, request: { ...x.request, projectId: 77 } });
    return Promise.resolve({ projectId: 77, created: true });
  }

  public searchPeople(text: string): Promise<IPersonResult[]> {
    this.calls.push(`search:${text}`);
    return Promise.resolve(this.people.filter(p => p.displayName.toLowerCase().indexOf(text.toLowerCase()) >= 0));
  }
}

function renderWith(service: IRequestService, startView: 'new' | 'mine' | 'all' = 'new', locale: string = 'en-us'): ReturnType<typeof render> {
  return render(<ProjectRequest service={service} locale={locale} startView={startView} today="2026-11-21" />);
}

describe('number and date input', () => {
  it('reads amounts typed in either decimal style and formats money with cents only when there are some', () => {
    expect([parseAmount('1,000.50'), parseAmount('1.000,50'), parseAmount('250,25'), parseAmount(' 1 200 '), parseAmount(''), parseAmount('12a')]).toEqual([1000.5, 1000.5, 250.25, 1200, 0, NaN]);
    expect([formatAmount(132500.5, 'en-us'), formatAmount(120000, 'de-de'), formatAmount(0.1, 'fr-fr').replace(/\s/g, ' ')]).toEqual(['132,500.50', '120.000', '0,10']);
  });

  it('reads typed dates in the locale\'s order', () => {
    expect(parseTypedDate('3/1/2027', 'en-us')?.getMonth()).toBe(2);
    expect(parseTypedDate('1.3.2027', 'de-de')?.getMonth()).toBe(2);
    expect(parseTypedDate('2027-03-01', 'it-it')?.getDate()).toBe(1);
    expect(parseTypedDate('31.02.2027', 'de-de')).toBeNull();
  });
});

describe('ProjectRequest', () => {
  afterEach(() => useTestLocale('en-us'));

  it('shows loading, then the form; a submit with missing fields names them at the field and in a summary whose links move focus, and sends nothing', async () => {
    const svc = new FakeRequests(JAMES);
    renderWith(svc);
    expect(screen.getByText('Loading…')).toBeTruthy();
    fireEvent.change(await screen.findByRole('textbox', { name: /Request title/ }), { target: { value: 'Chatbot' } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit request' }));
    const summary = await screen.findByTestId('validation-summary');
    expect(document.activeElement).toBe(summary);
    const links = within(summary).getAllByRole('link').map(l => l.textContent);
    expect(links).toEqual([
      'Business unit is required.', 'Problem statement is required.', 'Goals is required.', 'Strategic objectives: choose at least one.',
      'Sponsor is required.', 'Desired start is required.', 'Desired end is required.',
      'Processes personal data: answer Yes or No.', 'In ISO 27001 scope: answer Yes or No.', 'Relevant for NIS2: answer Yes or No.', 'Procurement needed: answer Yes or No.'
    ]);
    // The same message at the field.
    const businessUnit = screen.getByRole('textbox', { name: /Business unit/ });
    expect(businessUnit.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText('Business unit is required.')).toHaveLength(2);
    fireEvent.click(within(summary).getByRole('link', { name: 'Business unit is required.' }));
    expect(document.activeElement).toBe(businessUnit);
    fireEvent.click(within(summary).getByRole('link', { name: 'Processes personal data: answer Yes or No.' }));
    expect((document.activeElement as HTMLInputElement).type).toBe('radio');
    // Fixing a field removes its message at once, and focus stays where the user types.
    act(() => businessUnit.focus());
    fireEvent.change(businessUnit, { target: { value: 'Customer Service' } });
    expect(within(summary).queryByRole('link', { name: 'Business unit is required.' })).toBeNull();
    expect(within(screen.getByTestId('validation-summary')).getAllByRole('link')).toHaveLength(10);
    expect(businessUnit.getAttribute('aria-invalid')).toBe('false');
    expect(document.activeElement).toBe(businessUnit);
    expect(svc.calls).toEqual([]);
  });

  it('saves a draft with only a title', async () => {
    const svc = new FakeRequests(JAMES);
    renderWith(svc);
    fireEvent.change(await screen.findByRole('textbox', { name: /Request title/ }), { target: { value: 'Archive scanning' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save as draft' }));
    expect(await screen.findByText('Draft saved.')).toBeTruthy();
    expect(svc.calls).toEqual(['saveDraft:Archive scanning']);
  });

  it('fills the cost table from the desired period, totals it, and spans the demand grid over the months', async () => {
    const svc = new FakeRequests(JAMES);
    renderWith(svc);
    const start = await screen.findByRole('combobox', { name: /Desired start/ }) as HTMLInputElement;
    act(() => start.focus());
    fireEvent.change(start, { target: { value: '2027-11-01' } });
    fireEvent.focusOut(start);
    const end = screen.getByRole('combobox', { name: /Desired end/ }) as HTMLInputElement;
    act(() => end.focus());
    fireEvent.change(end, { target: { value: '2/28/2028' } });
    fireEvent.focusOut(end);
    await waitFor(() => expect(screen.getAllByRole('textbox', { name: /^Project manager, / })).toHaveLength(4));
    expect(screen.getAllByRole('textbox', { name: /^Project manager, / }).map(i => i.getAttribute('aria-label'))).toEqual([
      'Project manager, Nov 2027', 'Project manager, Dec 2027', 'Project manager, Jan 2028', 'Project manager, Feb 2028'
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Add a year' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add a year' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Capex, 2027' }), { target: { value: '1,000.50' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Opex, 2028' }), { target: { value: '250,25' } });
    expect(screen.getByTestId('cost-total').textContent).toBe('1,250.75');
    fireEvent.change(screen.getByRole('textbox', { name: 'Business analyst, Dec 2027' }), { target: { value: '-3' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Request title/ }), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save as draft' }));
    const summary = await screen.findByTestId('validation-summary');
    const message = 'Resource demand by role and month: the days of Business analyst in Dec 2027 must be a number of 0 or more.';
    expect(within(summary).getByRole('link').textContent).toBe(message);
    expect(document.getElementById('pmo-request-resourceDemand-error')?.textContent).toBe(message);
  });

  it('finds the sponsor through the people search', async () => {
    const svc = new FakeRequests(JAMES);
    renderWith(svc);
    const input = await screen.findByRole('combobox', { name: /Sponsor/ }) as HTMLInputElement;
    act(() => input.focus());
    fireEvent.input(input, { target: { value: 'piet' } });
    const suggestion = await screen.findByText('Pieter Bakker', undefined, { timeout: 3000 });
    fireEvent.click(suggestion);
    await waitFor(() => expect(screen.getByRole('button', { name: /^Remove Pieter Bakker/ })).toBeTruthy());
    expect(svc.calls).toContain('search:piet');
  });

  it('edits a draft and submits it with an attachment: progress while uploading, then the details with history', async () => {
    const svc = new FakeRequests(JAMES);
    const draft = svc.add({ ...complete('Digital mailroom'), compliance: { personalData: true, iso27001Scope: false, nis2Relevant: false } }, 'Draft');
    let open: () => void = () => undefined;
    svc.uploadGate = new Promise(resolve => { open = resolve; });
    renderWith(svc, 'mine');
    fireEvent.click(await screen.findByRole('button', { name: 'Open Digital mailroom' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Edit draft' }));
    const procurement = await screen.findByRole('radiogroup', { name: /Procurement needed/ });
    fireEvent.click(within(procurement).getByRole('radio', { name: 'Yes' }));
    fireEvent.change(screen.getByTestId('attachments-input'), { target: { files: [new File(['x'], 'business-case.pdf')] } });
    expect(screen.getByText('business-case.pdf (not uploaded yet)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Submit request' }));
    expect(await screen.findByText('Submitting your request…')).toBeTruthy();
    expect(screen.getByText('Uploading business-case.pdf (1 of 1)')).toBeTruthy();
    await act(async () => { open(); });
    const details = await screen.findByTestId('request-details');
    expect(within(details).getByText('Your request "Digital mailroom" was submitted. The PMO will review it.')).toBeTruthy();
    expect(within(details).getByTestId('details-state').textContent).toBe('Submitted');
    expect(within(screen.getByTestId('history')).getByText('Draft → Submitted')).toBeTruthy();
    expect(svc.calls).toEqual(['submit:Digital mailroom']);
    expect(svc.items.get(draft.id)?.request.attachments).toEqual(['business-case.pdf']);
  });

  it('keeps the request a draft and names the file when an attachment fails', async () => {
    const svc = new FakeRequests(JAMES);
    const draft = svc.add(complete('Fleet electrification'), 'Draft');
    svc.failAttachment = 'quote.xlsx';
    renderWith(svc, 'mine');
    fireEvent.click(await screen.findByRole('button', { name: 'Open Fleet electrification' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Edit draft' }));
    fireEvent.change(await screen.findByTestId('attachments-input'), { target: { files: [new File(['x'], 'quote.xlsx')] } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit request' }));
    const notice = await screen.findByTestId('form-notice');
    expect(notice.textContent).toContain('The request was saved as a draft, but quote.xlsx could not be attached: An unexpected error occurred. The file is locked.');
    expect(svc.items.get(draft.id)?.request.state).toBe('Draft');
    expect(screen.getByText('quote.xlsx (not uploaded yet)')).toBeTruthy();
  });

  it('shows My requests empty, and a load error with the error\'s sentence and a retry', async () => {
    const svc = new FakeRequests(JAMES);
    const { unmount } = renderWith(svc, 'mine');
    expect(await screen.findByText('You have not filed any project requests yet.')).toBeTruthy();
    expect(screen.queryByRole('tab', { name: 'All requests' })).toBeNull();
    unmount();
    const failing = new FakeRequests(JAMES);
    let calls = 0;
    failing.listMine = () => (++calls === 1 ? Promise.reject(new Error('Error making HttpClient request in queryable [403] Forbidden ::> {"odata.error":{"message":{"value":"Access denied."}}}')) : Promise.resolve([]));
    renderWith(failing, 'mine');
    expect(await screen.findByText('You do not have access to this. Ask a PMO officer or a site owner for access.')).toBeTruthy();
    expect(screen.getByText(/Access denied\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('You have not filed any project requests yet.')).toBeTruthy();
  });

  it('lets the PMO filter all requests by state, move one with a dialog, and demands a reason to reject', async () => {
    const svc = new FakeRequests(ANNA);
    const r = svc.add(complete('Citizen portal search'), 'InReview', JAMES, [{ at: '2026-11-20T09:00:00Z', by: 'James Walker', from: 'Draft', to: 'Submitted' }]);
    svc.add(complete('Old approved one'), 'Approved');
    renderWith(svc, 'all');
    const table = await screen.findByTestId('requests-all');
    expect(within(table).getAllByRole('row')).toHaveLength(2); // header + the open request
    expect(svc.calls).toContain('listAll:Submitted,InReview,ReadyForScoring,Deferred');
    fireEvent.click(within(table).getByRole('button', { name: 'Open Citizen portal search' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Move to Rejected' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText('"Citizen portal search" is In review now.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move' }));
    expect(await within(dialog).findByText('Enter a reason for this decision.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Move to Ready for scoring' }));
    const dialog2 = await screen.findByRole('alertdialog');
    fireEvent.change(within(dialog2).getByRole('textbox', { name: 'Comment' }), { target: { value: 'Complete.' } });
    fireEvent.click(within(dialog2).getByRole('button', { name: 'Move' }));
    expect(await screen.findByText('"Citizen portal search" is now Ready for scoring.')).toBeTruthy();
    expect(svc.calls).toContain(`transition:${r.id}:ReadyForScoring:Complete.::"1"`);
    expect(within(screen.getByTestId('history')).getByText('In review → Ready for scoring')).toBeTruthy();
    expect(within(screen.getByTestId('history')).getByText('Comment: Complete.')).toBeTruthy();
  });

  it('tells the PMO officer about a concurrent change and shows the request as it is now', async () => {
    const svc = new FakeRequests(ANNA);
    const r = svc.add(complete('Smart building sensors'), 'Submitted');
    svc.conflictOnce = true;
    renderWith(svc, 'all');
    fireEvent.click(await screen.findByRole('button', { name: 'Open Smart building sensors' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Move to In review' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Move' }));
    expect(await screen.findByText(/Someone else saved a change first\. Reload to see it/)).toBeTruthy();
    expect(svc.items.get(r.id)?.request.state).toBe('Submitted');
  });

  it('converts an approved request into a project once', async () => {
    const svc = new FakeRequests(ANNA);
    const r = svc.add(complete('Data centre move'), 'Approved');
    renderWith(svc, 'all');
    const filter = await screen.findByRole('combobox', { name: /Filter by state/ });
    expect(within(filter).getByRole('option', { name: 'Approved' })).toBeTruthy();
    fireEvent.change(filter, { target: { value: 'Approved' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Open Data centre move' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Convert to project' }));
    expect(await screen.findByText('Project 77 was created from "Data centre move".')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('details-converted').textContent).toBe('Converted into project 77'));
    expect(screen.queryByRole('button', { name: 'Convert to project' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Move to/ })).toBeNull();
    expect(svc.calls.filter(c => c === `convert:${r.id}`)).toHaveLength(1);
    // Another tab shows its list, not the details opened in this one.
    fireEvent.click(screen.getByRole('tab', { name: 'My requests' }));
    expect(await screen.findByText('You have not filed any project requests yet.')).toBeTruthy();
    expect(screen.queryByTestId('request-details')).toBeNull();
  });

  it('renders in German with localized tabs and state names', async () => {
    useTestLocale('de-de');
    const svc = new FakeRequests(ANNA);
    svc.add(complete('Bürgerportal'), 'ReadyForScoring');
    renderWith(svc, 'all', 'de-de');
    expect(await screen.findByRole('tab', { name: 'Alle Anträge' })).toBeTruthy();
    expect(await within(await screen.findByTestId('requests-all')).findByText('Bereit zur Bewertung')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Projektanträge');
  });

  it('has no accessibility violations on the form (with errors shown) and on the PMO list (axe-core)', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- axe-core is CommonJS
    const axe = require('axe-core') as typeof import('axe-core');
    const options = { rules: { 'color-contrast': { enabled: false } } }; // jsdom has no layout
    const svc = new FakeRequests(ANNA);
    svc.add(complete('Citizen portal search'), 'Submitted');
    const { container, unmount } = renderWith(svc, 'new');
    fireEvent.click(await screen.findByRole('button', { name: 'Submit request' }));
    await screen.findByTestId('validation-summary');
    const form = await axe.run(container, options);
    expect(form.violations.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    unmount();
    const list = renderWith(svc, 'all');
    await screen.findByTestId('requests-all');
    const pmo = await axe.run(list.container, options);
    expect(pmo.violations.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
});
