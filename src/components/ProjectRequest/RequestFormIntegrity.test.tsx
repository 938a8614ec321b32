/**
 * The request form never files a second request after a failed save, and never overwrites someone
 * else's change unseen: it keeps the draft's id and ETag from the save's progress, sends the ETag with
 * every save, and on a conflict says so and offers to reload, keeping what the user typed.
 */
import * as React from 'react';
import { render, screen, fireEvent, waitFor } from '@testing-library/react';
import { ProjectRequest } from './ProjectRequest';
import { emptyRequest, type IRequestInput } from '../../domain/intake';
import type {
  IAttachmentChanges, IConvertResult, IIntakeReferenceData, IIntakeUser, IPersonResult, IProjectRequest, IRequestService,
  IRequestSummary, IRequestWithHistory, ISaveProgress, ISaveResult
} from '../../services/RequestService';

jest.setTimeout(30_000);

const JAMES: IIntakeUser = { id: 15, displayName: 'James Walker', isPmo: false };

/** An SharePoint-shaped failure as PnPjs throws it. */
function httpError(status: number, text: string): Error & { status: number } {
  return Object.assign(new Error(`Error making HttpClient request in queryable [${status}] ${text}`), { status });
}

function draft(id: number, input: IRequestInput, etag: string): IProjectRequest {
  return {
    id, title: input.title, state: 'Draft', businessUnit: '', urgency: 'Medium', budget: 0, modified: '2026-11-21T10:00:00Z',
    requesterId: JAMES.id, requesterName: JAMES.displayName, input, attachments: [], etag
  };
}

/** Answers the form's saves from a script: each entry runs for one call. */
class ScriptedRequests implements IRequestService {
  public readonly saves: Array<{ id?: number; etag?: string; title: string }> = [];
  public script: Array<(input: IRequestInput, onProgress?: (p: ISaveProgress) => void) => Promise<ISaveResult>> = [];
  public latest?: IProjectRequest;

  public getCurrentUser(): Promise<IIntakeUser> { return Promise.resolve(JAMES); }
  public getReferenceData(): Promise<IIntakeReferenceData> { return Promise.resolve({ objectives: [], roles: [], businessUnits: [], programmes: [] }); }
  public saveDraft(input: IRequestInput, id?: number, _changes?: IAttachmentChanges, onProgress?: (p: ISaveProgress) => void, etag?: string): Promise<ISaveResult> {
    this.saves.push({ id, etag, title: input.title });
    const next = this.script.shift();
    if (!next) return Promise.reject(new Error('no scripted answer'));
    return next(input, onProgress);
  }
  public submit(input: IRequestInput, id?: number, changes?: IAttachmentChanges, onProgress?: (p: ISaveProgress) => void, etag?: string): Promise<ISaveResult> {
    return this.saveDraft(input, id, changes, onProgress, etag);
  }
  public listMine(): Promise<IRequestSummary[]> { return Promise.resolve([]); }
  public listAll(): Promise<IRequestSummary[]> { return Promise.resolve([]); }
  public get(): Promise<IRequestWithHistory> {
    return this.latest ? Promise.resolve({ request: this.latest, history: [] }) : Promise.reject(httpError(404, 'Not Found'));
  }
  public transition(): Promise<IRequestWithHistory> { return Promise.reject(new Error('not used')); }
  public convertToProject(): Promise<IConvertResult> { return Promise.reject(new Error('not used')); }
  public recordScore(): Promise<void> { return Promise.reject(new Error('not used')); }
  public projectUrl(projectId: number): string { return `https://contoso.sharepoint.com/sites/pmo/SitePages/Portfolio.aspx?project=${projectId}`; }
  public deleteDraft(): Promise<void> { return Promise.reject(new Error('not used')); }
  public attachmentUrl(id: number, name: string): string { return `https://contoso.sharepoint.com/sites/pmo/Lists/ProjectRequests/Attachments/${id}/${name}`; }
  public downloadAttachment(): Promise<Blob> { return Promise.reject(new Error('not used')); }
  public searchPeople(): Promise<IPersonResult[]> { return Promise.resolve([]); }
}

describe('the request form under failures and concurrent changes', () => {
  it('retries into the same draft with its ETag, tells of a conflict, reloads and keeps the input, then saves with the new ETag', async () => {
    const svc = new ScriptedRequests();
    svc.script = [
      // the draft is written, then the connection gives up (throttled beyond the retries)
      (input, onProgress) => {
        onProgress?.({ step: 'saving', done: 1, total: 1, id: 100, etag: '"1"' });
        return Promise.reject(httpError(429, 'Too Many Requests'));
      },
      // meanwhile the same draft was saved in another tab
      () => Promise.reject(httpError(412, 'Precondition Failed ::> {"odata.error":{"message":{"value":"The version of the item is not current."}}}')),
      input => Promise.resolve({ request: draft(100, input, '"6"'), submitted: false, failedAttachments: [] })
    ];
    render(<ProjectRequest service={svc} locale="en-us" startView="new" today="2026-11-21" />);
    const title = await screen.findByRole('textbox', { name: /Request title/ }) as HTMLInputElement;
    fireEvent.change(title, { target: { value: 'Archive scanning' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save as draft' }));
    await screen.findByText(/could not be saved/);
    fireEvent.change(title, { target: { value: 'Archive scanning, phase 1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save as draft' }));
    expect(await screen.findByText(/Someone else changed this request after you opened it/)).toBeTruthy();
    svc.latest = draft(100, { ...emptyRequest(), title: 'Archive scanning (their version)' }, '"5"');
    fireEvent.click(screen.getByRole('button', { name: 'Reload the request' }));
    expect(await screen.findByText(/The latest version of the request is loaded/)).toBeTruthy();
    expect(title.value).toBe('Archive scanning, phase 1');
    fireEvent.click(screen.getByRole('button', { name: 'Save as draft' }));
    await screen.findByText('Draft saved.');
    // one draft (id 100) from the first attempt on, each save guarded by the version the user had
    expect(svc.saves).toEqual([
      { id: undefined, etag: undefined, title: 'Archive scanning' },
      { id: 100, etag: '"1"', title: 'Archive scanning, phase 1' },
      { id: 100, etag: '"5"', title: 'Archive scanning, phase 1' }
    ]);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Reload the request' })).toBeNull());
  });

  it('a draft opened from the list is saved with the ETag it was read with', async () => {
    const svc = new ScriptedRequests();
    const existing = draft(7, { ...emptyRequest(), title: 'Fleet renewal' }, '"3"');
    svc.listMine = (): Promise<IRequestSummary[]> => Promise.resolve([existing]);
    svc.latest = existing;
    svc.script = [input => Promise.resolve({ request: draft(7, input, '"4"'), submitted: false, failedAttachments: [] })];
    render(<ProjectRequest service={svc} locale="en-us" startView="mine" today="2026-11-21" />);
    fireEvent.click(await screen.findByText('Fleet renewal'));
    fireEvent.click(await screen.findByRole('button', { name: 'Edit draft' }));
    const title = await screen.findByRole('textbox', { name: /Request title/ });
    fireEvent.change(title, { target: { value: 'Fleet renewal 2028' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save as draft' }));
    await screen.findByText('Draft saved.');
    expect(svc.saves).toEqual([{ id: 7, etag: '"3"', title: 'Fleet renewal 2028' }]);
  });
});
