import * as React from 'react';
import { render, screen, fireEvent, waitFor, within, act } from '@testing-library/react';
import { ProjectRequest } from './ProjectRequest';
import { useTestLocale } from '../../../tools/jest/locale';
import { parseTypedDate } from './format';
import { formatMoney } from '../../domain/numbers';
import {
  checkTransition, emptyRequest, validateRequest, costTotals,
  type IntakeState, type IRequestInput
} from '../../domain/intake';
import {
  RequestRefusedError,
  type IAttachmentChanges, type IConvertOptions, type IConvertResult, type IIntakeReferenceData, type IIntakeUser, type IHistoryEntry, type IPersonResult,
  type IProjectRequest, type IRequestService, type IRequestSummary, type IRequestWithHistory, type ISaveProgress, type ISaveResult
} from '../../services/RequestService';
import { SearchTextTooLongError } from '../../services/errors';

jest.setTimeout(30_000);

const reference: IIntakeReferenceData = {
  objectives: [{ id: 1, title: 'Digital citizen services', code: 'SO-1' }, { id: 2, title: 'Efficient operations', code: 'SO-2' }],
  roles: [{ id: 10, title: 'Project manager' }, { id: 11, title: 'Business analyst' }],
  businessUnits: [],
  programmes: [{ id: 3, title: 'Digital first', code: 'PGM-01' }]
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
  /** The title of an open scoring round that holds every request (the intake then refuses moves out of "Ready for scoring"). */
  public openRound?: string;
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
  public reference: IIntakeReferenceData = reference;
  public getReferenceData(): Promise<IIntakeReferenceData> { return Promise.resolve(this.reference); }

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
    const check = checkTransition(x.request.state, to, { isPmo: this.user.isPmo, isAuthor: x.request.requesterId === this.user.id }, x.request.projectId !== undefined, reason, { openRound: this.openRound });
    if (!check.ok) return Promise.reject(new RequestRefusedError(check.refusal, [], check.round));
    const next: IRequestWithHistory = {
      request: { ...x.request, state: to, decisionReason: reason || x.request.decisionReason, etag: '"9"' },
      history: [...x.history, { at: '2026-11-22T10:00:00Z', by: this.user.displayName, from: x.request.state, to, comment: comment || undefined, reason: reason || undefined }]
    };
    this.items.set(id, next);
    return Promise.resolve(next);
  }

  public recordScore(): Promise<void> { return Promise.resolve(); }

  public convertToProject(id: number, options?: IConvertOptions): Promise<IConvertResult> {
    this.calls.push(`convert:${id}:${options?.projectManager?.login ?? options?.projectManager?.id ?? ''}:${options?.programmeId ?? ''}`);
    const x = this.items.get(id) as IRequestWithHistory;
    const code = `REQ-000${id}`;
    if (x.request.projectId) return Promise.resolve({ projectId: x.request.projectId, projectCode: code, projectUrl: this.projectUrl(x.request.projectId), created: false });
    if (!options?.projectManager) return Promise.reject(new RequestRefusedError('projectManagerRequired'));
    this.items.set(id, { ...x, request: { ...x.request, projectId: 77, projectCode: code } });
    return Promise.resolve({ projectId: 77, projectCode: code, projectUrl: this.projectUrl(77), created: true });
  }

  public projectUrl(projectId: number): string { return `https://contoso.sharepoint.com/sites/pmo/SitePages/Portfolio.aspx?project=${projectId}`; }

  public deleteDraft(id: number): Promise<void> {
    this.calls.push(`delete:${id}`);
    this.items.delete(id);
    return Promise.resolve();
  }

  public attachmentUrl(id: number, name: string): string { return `https://contoso.sharepoint.com/sites/pmo/Lists/ProjectRequests/Attachments/${id}/${encodeURIComponent(name)}`; }

  public downloadAttachment(id: number, name: string): Promise<Blob> {
    this.calls.push(`download:${id}:${name}`);
    return Promise.resolve(new Blob([`content of ${name}`]));
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
  it('formats money with cents only when there are some', () => {
    expect([formatMoney(132500.5, 'en-us'), formatMoney(120000, 'de-de'), formatMoney(0.1, 'fr-fr').replace(/\s/g, ' ')]).toEqual(['132,500.50', '120.000', '0,10']);
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
      '“Business unit”: fill in this field.', '“Problem statement”: fill in this field.', '“Goals”: fill in this field.', '“Strategic objectives”: choose at least one.',
      '“Sponsor”: fill in this field.', '“Desired start”: fill in this field.', '“Desired end”: fill in this field.',
      '“Processes personal data”: answer Yes or No.', '“In ISO 27001 scope”: answer Yes or No.', '“Relevant for NIS2”: answer Yes or No.', '“Procurement needed”: answer Yes or No.'
    ]);
    // The same message at the field.
    const businessUnit = screen.getByRole('textbox', { name: /Business unit/ });
    expect(businessUnit.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText('“Business unit”: fill in this field.')).toHaveLength(2);
    fireEvent.click(within(summary).getByRole('link', { name: '“Business unit”: fill in this field.' }));
    expect(document.activeElement).toBe(businessUnit);
    fireEvent.click(within(summary).getByRole('link', { name: '“Processes personal data”: answer Yes or No.' }));
    expect((document.activeElement as HTMLInputElement).type).toBe('radio');
    // Fixing a field removes its message at once, and focus stays where the user types.
    act(() => businessUnit.focus());
    fireEvent.change(businessUnit, { target: { value: 'Customer Service' } });
    expect(within(summary).queryByRole('link', { name: '“Business unit”: fill in this field.' })).toBeNull();
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
    fireEvent.change(screen.getByRole('textbox', { name: 'Opex, 2028' }), { target: { value: '250.25' } });
    expect(screen.getByTestId('cost-total').textContent).toBe('1,250.75');
    fireEvent.change(screen.getByRole('textbox', { name: 'Business analyst, Dec 2027' }), { target: { value: '-3' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Request title/ }), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save as draft' }));
    const summary = await screen.findByTestId('validation-summary');
    const message = '“Resource demand by role and month”: enter 0 or more days for Business analyst in Dec 2027.';
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
    expect(notice.textContent).toContain('The request was saved as a draft, but quote.xlsx could not be attached: quote.xlsx: An unexpected error occurred. The file is locked.');
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
    expect(screen.queryByText(/Access denied\./)).toBeNull(); // SharePoint's generic English text adds nothing to the sentence
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

  it('says in the move dialog, naming the round, that an open scoring round still holds the request, and moves nothing', async () => {
    const svc = new FakeRequests(ANNA);
    const r = svc.add(complete('Open data platform – Pilot'), 'ReadyForScoring');
    svc.openRound = 'Strategy board scoring, November 2026';
    renderWith(svc, 'all');
    fireEvent.click(await screen.findByRole('button', { name: 'Open Open data platform – Pilot' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Move to Rejected' }));
    const dialog = await screen.findByRole('alertdialog');
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reason for the decision/ }), { target: { value: 'Out of scope for 2027' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move' }));
    const message = await within(dialog).findByTestId('transition-error');
    expect(message.textContent).toBe('The scoring round “Strategy board scoring, November 2026” still holds this request: close or cancel it first.');
    expect(within(message).getByRole('alert')).toBeTruthy();
    expect(svc.calls).toContain(`transition:${r.id}:Rejected::Out of scope for 2027:"1"`);
    expect((svc.items.get(r.id) as IRequestWithHistory).request.state).toBe('ReadyForScoring');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    // Opened again, the dialog starts without the message.
    fireEvent.click(screen.getByRole('button', { name: 'Move to Deferred' }));
    expect(within(await screen.findByRole('alertdialog')).queryByTestId('transition-error')).toBeNull();
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

  it('converts an approved request only after a confirmation that shows the project and asks for its manager and programme, then links the project by its code', async () => {
    const svc = new FakeRequests(ANNA);
    svc.people.push({ id: 'u2', displayName: 'Marco Rossi', userPrincipalName: 'marco.rossi@pmohub.demo', mail: 'marco.rossi@pmohub.demo' });
    const r = svc.add(complete('Data centre move'), 'Approved');
    renderWith(svc, 'all');
    const filter = await screen.findByRole('combobox', { name: /Filter by state/ });
    expect(within(filter).getByRole('option', { name: 'Approved' })).toBeTruthy();
    fireEvent.change(filter, { target: { value: 'Approved' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Open Data centre move' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Convert to project' }));
    const dialog = await screen.findByRole('alertdialog', undefined, { timeout: 5000 });
    expect(within(dialog).getByTestId('convert-code').textContent).toBe(`REQ-000${r.id}`);
    expect(within(dialog).getByText('03/01/2027')).toBeTruthy();
    expect(within(dialog).getByText('SO-1 – Digital citizen services')).toBeTruthy();
    // Nothing happens without a project manager: the field says so.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create project' }));
    expect(within(dialog).getByText('“Project manager”: fill in this field.')).toBeTruthy();
    expect(svc.calls.filter(c => c.indexOf('convert:') === 0)).toEqual([]);
    const manager = within(dialog).getByRole('combobox', { name: /Project manager/ }) as HTMLInputElement;
    act(() => manager.focus());
    fireEvent.input(manager, { target: { value: 'marco' } });
    fireEvent.click(await within(dialog).findByRole('option', { name: /Marco Rossi/ }, { timeout: 3000 }));
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Programme' }), { target: { value: '3' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create project' }));
    await waitFor(() => expect(screen.getByTestId('details-notice').textContent).toBe(`Project REQ-000${r.id} was created from "Data centre move". Open project REQ-000${r.id}`));
    expect(screen.getByTestId('details-notice-link').getAttribute('href')).toBe('https://contoso.sharepoint.com/sites/pmo/SitePages/Portfolio.aspx?project=77');
    await waitFor(() => expect(screen.getByTestId('details-converted').textContent).toBe(`Converted into project REQ-000${r.id}`));
    expect(screen.queryByRole('button', { name: 'Convert to project' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Move to/ })).toBeNull();
    expect(svc.calls.filter(c => c.indexOf('convert:') === 0)).toEqual([`convert:${r.id}:marco.rossi@pmohub.demo:3`]);
    // Another tab shows its list, not the details opened in this one.
    fireEvent.click(screen.getByRole('tab', { name: 'My requests' }));
    expect(await screen.findByText('You have not filed any project requests yet.')).toBeTruthy();
    expect(screen.queryByTestId('request-details')).toBeNull();
  });

  it('shows one message per field, the right one, also in the summary: a date typed in the wrong order is not "required"', async () => {
    const svc = new FakeRequests(JAMES);
    renderWith(svc);
    fireEvent.change(await screen.findByRole('textbox', { name: /Request title/ }), { target: { value: 'Chatbot' } });
    const start = screen.getByRole('combobox', { name: /Desired start/ }) as HTMLInputElement;
    act(() => start.focus());
    fireEvent.change(start, { target: { value: '15/03/2027' } });
    fireEvent.focusOut(start);
    const typed = '“Desired start”: enter a date such as 03/01/2027.';
    expect(screen.getAllByText(typed)).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Submit request' }));
    const summary = await screen.findByTestId('validation-summary');
    const links = within(summary).getAllByRole('link').map(l => l.textContent);
    expect(links).toContain(typed);
    expect(links).not.toContain('“Desired start”: fill in this field.');
    expect(links.filter(l => (l ?? '').indexOf('“Desired start”') === 0)).toHaveLength(1);
    // At the field: the same single message, tied to the input.
    expect(screen.queryByText('“Desired start”: fill in this field.')).toBeNull();
    expect(screen.getAllByText(typed)).toHaveLength(2);
    expect(start.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(start.getAttribute('aria-describedby') ?? '')?.textContent).toBe(typed);
    // A draft is not saved either while the text cannot be read.
    fireEvent.click(screen.getByRole('button', { name: 'Save as draft' }));
    expect(svc.calls).toEqual([]);
    act(() => start.focus());
    fireEvent.change(start, { target: { value: '3/15/2027' } });
    fireEvent.focusOut(start);
    // Fixed: the date's message goes, and no other takes its place (a draft needs nothing more here).
    expect(screen.queryByText(typed)).toBeNull();
    expect(screen.queryByText('“Desired start”: fill in this field.')).toBeNull();
    expect(screen.queryByTestId('validation-summary')).toBeNull();
    expect(start.getAttribute('aria-invalid')).toBe('false');
  });

  it('reads amounts as the locale writes them, names the cell it cannot read, and shows no total that leaves it out (English and German)', async () => {
    const svc = new FakeRequests(JAMES);
    const { unmount } = renderWith(svc);
    fireEvent.change(await screen.findByRole('textbox', { name: /Request title/ }), { target: { value: 'Fleet' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a year' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Capex, 2026' }), { target: { value: '1,250,000' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Opex, 2026' }), { target: { value: '1.5.0' } });
    const message = '“Opex, 2026”: enter an amount such as 1,234,567.89.';
    expect(screen.getByTestId('cost-total-capex').textContent).toBe('1,250,000');
    expect(screen.getByTestId('cost-total').textContent).toBe('—No total while an amount cannot be read');
    fireEvent.click(screen.getByRole('button', { name: 'Save as draft' }));
    const summary = await screen.findByTestId('validation-summary');
    expect(within(summary).getAllByRole('link').map(l => l.textContent)).toEqual([message]);
    expect(screen.getByRole('textbox', { name: 'Opex, 2026' }).getAttribute('aria-invalid')).toBe('true');
    expect(svc.calls).toEqual([]);
    fireEvent.change(screen.getByRole('textbox', { name: 'Opex, 2026' }), { target: { value: '12,500.50' } });
    expect(screen.getByTestId('cost-total').textContent).toBe('1,262,500.50');
    fireEvent.change(screen.getByRole('textbox', { name: 'Project manager, Nov 2026' }), { target: { value: '2.55' } });
    // Said at the cell's field at once, as a date that cannot be read is.
    expect(document.getElementById('pmo-request-resourceDemand-error')?.textContent).toBe('“Project manager, Nov 2026”: use at most one decimal place, such as 2.5.');
    fireEvent.click(screen.getByRole('button', { name: 'Save as draft' }));
    expect(await within(screen.getByTestId('validation-summary')).findByText('“Project manager, Nov 2026”: use at most one decimal place, such as 2.5.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Project manager, Nov 2026' }), { target: { value: '2.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save as draft' }));
    expect(await screen.findByText('Draft saved.')).toBeTruthy();
    const saved = Array.from(svc.items.values()).map(x => x.request.input)[0];
    expect(saved.costPlan).toEqual([{ year: 2026, capex: 1250000, opex: 12500.5 }]);
    expect(saved.resourceDemand).toEqual([{ role: 10, month: '2026-11', days: 2.5 }]);
    unmount();

    useTestLocale('de-de');
    renderWith(new FakeRequests(JAMES), 'new', 'de-de');
    fireEvent.click(await screen.findByRole('button', { name: 'Jahr hinzufügen' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Investitionskosten, 2026' }), { target: { value: '1.250.000' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Betriebskosten, 2026' }), { target: { value: '1,250,000' } });
    expect(screen.getByTestId('cost-total-capex').textContent).toBe('1.250.000');
    fireEvent.click(screen.getByRole('button', { name: 'Als Entwurf speichern' }));
    expect(await within(await screen.findByTestId('validation-summary')).findByText('„Betriebskosten, 2026“: Geben Sie einen Betrag wie 1.234.567,89 ein.')).toBeTruthy();
  });

  it('lets the author withdraw or delete a draft, and the PMO reject a submitted request at once', async () => {
    const svc = new FakeRequests(JAMES);
    const first = svc.add({ ...emptyRequest(), title: 'Old idea' }, 'Draft');
    svc.add({ ...emptyRequest(), title: 'Second idea' }, 'Draft');
    const { unmount } = renderWith(svc, 'mine');
    fireEvent.click(await screen.findByRole('button', { name: 'Open Old idea' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete draft' }));
    const confirm = screen.getByTestId('delete-confirm');
    expect(within(confirm).getByText('Delete the draft “Old idea” with its attachments? This cannot be undone here.')).toBeTruthy();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Delete draft' }));
    expect(await screen.findByText('The draft “Old idea” was deleted.')).toBeTruthy();
    expect(svc.calls).toContain(`delete:${first.id}`);
    expect(screen.queryByRole('button', { name: 'Open Old idea' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Open Second idea' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Withdraw draft' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Move' }));
    expect(await screen.findByText('"Second idea" is now Withdrawn.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Edit draft' })).toBeNull();
    unmount();

    const pmo = new FakeRequests(ANNA);
    const r = pmo.add(complete('Out of scope'), 'Submitted');
    renderWith(pmo, 'all');
    fireEvent.click(await screen.findByRole('button', { name: 'Open Out of scope' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Move to Rejected' }));
    const dialog = await screen.findByRole('alertdialog');
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reason for the decision/ }), { target: { value: 'Not an IT project' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move' }));
    expect(await screen.findByText('"Out of scope" is now Rejected.')).toBeTruthy();
    expect(pmo.calls).toContain(`transition:${r.id}:Rejected::Not an IT project:"1"`);
  });

  it('searches and sorts the lists, and shows which requests became projects by their code, linked', async () => {
    const svc = new FakeRequests(ANNA);
    const a = svc.add({ ...complete('Citizen portal'), businessUnit: 'Public Services', costPlan: [{ year: 2027, capex: 500, opex: 0 }] }, 'Approved');
    svc.items.set(a.id, { ...(svc.items.get(a.id) as IRequestWithHistory), request: { ...a, projectId: 61, projectCode: 'REQ-000100' } });
    svc.add({ ...complete('Archive scanning'), businessUnit: 'Facilities', costPlan: [{ year: 2027, capex: 9000, opex: 0 }] }, 'Submitted');
    svc.add({ ...complete('Zero trust network'), businessUnit: 'IT Infrastructure', costPlan: [{ year: 2027, capex: 3000, opex: 0 }] }, 'InReview');
    renderWith(svc, 'all');
    fireEvent.change(await screen.findByRole('combobox', { name: /Filter by state/ }), { target: { value: 'all' } });
    const table = await screen.findByTestId('requests-all');
    const titles = (): string[] => within(screen.getByTestId('requests-all')).getAllByRole('rowheader').map(h => h.textContent ?? '');
    expect(within(table).getByRole('link', { name: 'Open project REQ-000100' }).getAttribute('href')).toBe('https://contoso.sharepoint.com/sites/pmo/SitePages/Portfolio.aspx?project=61');
    fireEvent.click(screen.getByRole('button', { name: 'Title' }));
    expect(titles()).toEqual(['Archive scanning', 'Citizen portal', 'Zero trust network']);
    expect(within(table).getAllByRole('columnheader')[0].getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(screen.getByRole('button', { name: 'Title' }));
    expect(titles()).toEqual(['Zero trust network', 'Citizen portal', 'Archive scanning']);
    fireEvent.click(screen.getByRole('button', { name: 'Capex + opex' }));
    expect(titles()).toEqual(['Archive scanning', 'Zero trust network', 'Citizen portal']);
    const search = screen.getByRole('searchbox', { name: 'Search requests' });
    fireEvent.change(search, { target: { value: 'req-000100' } });
    expect(titles()).toEqual(['Citizen portal']);
    expect(screen.getByText('1 of 3 requests')).toBeTruthy();
    fireEvent.change(search, { target: { value: 'facil\u0000ities' } });
    expect(titles()).toEqual(['Archive scanning']);
    fireEvent.change(search, { target: { value: 'nothing like it' } });
    expect(screen.getByText('No request matches the search.')).toBeTruthy();
  });

  it('offers the business units the PMO lists, keeping a draft\'s unit that is no longer listed', async () => {
    const svc = new FakeRequests(JAMES);
    svc.reference = { ...reference, businessUnits: [{ id: 1, title: 'Customer Service' }, { id: 2, title: 'Finance' }] };
    const draft = svc.add({ ...emptyRequest(), title: 'Old draft', businessUnit: 'Records Office' }, 'Draft');
    renderWith(svc, 'mine');
    fireEvent.click(await screen.findByRole('button', { name: 'Open Old draft' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Edit draft' }));
    const unit = await screen.findByRole('combobox', { name: /Business unit/ }) as HTMLSelectElement;
    expect(within(unit).getAllByRole('option').map(o => o.textContent)).toEqual(['Choose a business unit', 'Customer Service', 'Finance', 'Records Office (no longer listed)']);
    expect(unit.value).toBe('Records Office');
    fireEvent.change(unit, { target: { value: 'Finance' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save as draft' }));
    expect(await screen.findByText('Draft saved.')).toBeTruthy();
    expect(svc.items.get(draft.id)?.request.input.businessUnit).toBe('Finance');
  });

  it('links saved attachments so that they download, in the draft and in the details', async () => {
    const svc = new FakeRequests(JAMES);
    const r = svc.add(complete('Badge readers'), 'Draft');
    (svc.items.get(r.id) as IRequestWithHistory).request.attachments = ['offer 2027.pdf'];
    const created: string[] = [];
    const realCreate = URL.createObjectURL;
    URL.createObjectURL = (b: Blob): string => { created.push(String(b.size)); return 'blob:test'; };
    URL.revokeObjectURL = (): void => undefined;
    const clicks: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { clicks.push(`${this.download}@${this.href}`); });
    try {
      renderWith(svc, 'mine');
      fireEvent.click(await screen.findByRole('button', { name: 'Open Badge readers' }));
      const inDetails = await within(await screen.findByTestId('details-attachments')).findByRole('link', { name: 'Download offer 2027.pdf' });
      expect(inDetails.getAttribute('href')).toBe(`https://contoso.sharepoint.com/sites/pmo/Lists/ProjectRequests/Attachments/${r.id}/offer%202027.pdf`);
      fireEvent.click(inDetails);
      await waitFor(() => expect(clicks).toEqual(['offer 2027.pdf@blob:test']));
      expect(svc.calls).toContain(`download:${r.id}:offer 2027.pdf`);
      fireEvent.click(screen.getByRole('button', { name: 'Edit draft' }));
      const inForm = await screen.findByRole('link', { name: 'Download offer 2027.pdf' });
      fireEvent.click(inForm);
      await waitFor(() => expect(clicks).toHaveLength(2));
      expect(created).toHaveLength(2);
    } finally {
      click.mockRestore();
      URL.createObjectURL = realCreate;
    }
  });

  it('says a sponsor search is too long instead of "search failed"', async () => {
    const svc = new FakeRequests(JAMES);
    svc.searchPeople = (): Promise<IPersonResult[]> => Promise.reject(new SearchTextTooLongError(300, 255));
    renderWith(svc);
    const input = await screen.findByRole('combobox', { name: /Sponsor/ }) as HTMLInputElement;
    act(() => input.focus());
    fireEvent.input(input, { target: { value: 'x'.repeat(300) } });
    expect(await screen.findByText('The search text is too long: enter at most 255 characters.', undefined, { timeout: 3000 })).toBeTruthy();
    expect(screen.queryByText(/The people search failed/)).toBeNull();
  });

  it('tells a user who may not read the requests so in plain words, not SharePoint\'s "List … does not exist" (issue 9, item 11)', async () => {
    useTestLocale('de-de');
    const svc = new FakeRequests(ANNA);
    svc.getReferenceData = () => Promise.reject(Object.assign(new Error('Error making HttpClient request in queryable [404] Not Found ::> {"odata.error":{"message":{"value":"List \'Project requests\' does not exist at site with URL \'https://contoso.sharepoint.com/sites/pmo\'."}}}'), { status: 404 }));
    renderWith(svc, 'new', 'de-de');
    const page = await screen.findByTestId('page-no-access');
    expect(within(page).getByRole('heading', { level: 1 }).textContent).toBe('Sie können diese Seite nicht verwenden');
    expect(page.textContent).toContain('„Projektanträge“');
    expect(page.textContent).not.toMatch(/does not exist/);
  });

  it('shows the requester the board\'s decision, its date and its rationale once (issue 10, item 7)', async () => {
    const svc = new FakeRequests(JAMES);
    const rationale = 'Out of the 2027 scope; resubmit with a smaller first phase.';
    const decided = svc.add(complete('Citizen chatbot'), 'Rejected', JAMES, [
      { at: '2026-11-10T09:00:00Z', by: 'Anna Schmidt', from: 'InReview', to: 'ReadyForScoring' },
      // DecisionService records the rationale as the move's comment and its reason.
      { at: '2026-12-02T10:00:00Z', by: 'Anna Schmidt', from: 'ReadyForScoring', to: 'Rejected', comment: rationale, reason: rationale }
    ]);
    svc.items.set(decided.id, { ...(svc.items.get(decided.id) as IRequestWithHistory), request: { ...decided, decisionReason: rationale } });
    renderWith(svc, 'mine');
    fireEvent.click(await screen.findByRole('button', { name: 'Open Citizen chatbot' }));
    const details = await screen.findByTestId('request-details');
    const decision = within(details).getByTestId('details-decision');
    expect(decision.textContent).toMatch(/^Board decision Rejected on .*2026.*: Out of the 2027 scope; resubmit with a smaller first phase\.$/);
    // Once above (the decision), once in the history (the move): never a second notice, never "Reason" and "Comment" alike.
    const said = (root: HTMLElement): number => root.textContent?.split(rationale).length ?? 1;
    expect(said(details) - 1).toBe(2);
    expect(said(within(details).getByTestId('history')) - 1).toBe(1);
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
