import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Gates } from './Gates';
import { byCategory } from './groups';
import { positionLabel, refusalText } from './labels';
import { itemStates } from './ReviewTable';
import { gateReadiness } from '../../domain/governance';
import { GateRefusedError, type IGateChecklistItem, type IGateReview } from '../../services/gateRecords';
import type { IGateAccess, IGateReviewView, IGateService, ILifecycleView } from '../../services/GateService';

/**
 * A service double: these tests check what each role is shown and what the page sends; the real
 * GateService runs against the emulator in its own test, the whole flow in e2e/gates.e2e.ts.
 */
const items: IGateChecklistItem[] = [
  { id: 1, gateId: 7, title: 'Quality plan agreed', category: 'Quality', mandatory: true },
  { id: 2, gateId: 7, title: 'NIS2 incident reporting', category: 'Nis2', mandatory: true },
  { id: 3, gateId: 7, title: 'Operations owner accepted', category: 'Handover', mandatory: false },
  { id: 4, gateId: 7, title: 'Lessons read', category: 'Governance', mandatory: false }
];
const lifecycle: ILifecycleView = {
  projectId: 5, projectTitle: 'Case management', state: { lifecycle: 'prince2', stage: 'Initiation', status: 'Active' },
  gate: { id: 7, code: 'G1', title: 'Gate 1', order: 1, lifecycle: 'prince2', stage: 'Initiation' }, checklist: items,
  next: { kind: 'next', position: { stage: 'Delivery', deliveryStageNo: 1 } }, stageSync: 'none'
};
const review: IGateReview = { id: 11, projectId: 5, gateId: 7, requestedBy: 'Camille Dubois', requestedAt: '2027-03-01T09:30:00Z', answers: [{ itemId: 1, comment: 'Signed off' }], position: { stage: 'Initiation' } };
const view: IGateReviewView = { review, gate: lifecycle.gate, checklist: items, waivers: [], readiness: gateReadiness(items, review.answers, []), conditions: [] };

function service(access: Partial<IGateAccess>, overrides: Partial<IGateService> = {}): IGateService {
  const none = (): Promise<never> => Promise.reject(new Error('not expected'));
  return {
    getLifecycle: () => Promise.resolve(lifecycle),
    getAccess: () => Promise.resolve({ userId: 1, canPrepare: false, canWaive: false, canDecide: false, people: [{ id: 9, name: 'Anna Schmidt' }], ...access }),
    getDraft: () => Promise.resolve(undefined),
    listReviews: () => Promise.resolve([review]),
    getReview: () => Promise.resolve(view),
    listConditions: () => Promise.resolve([]),
    startDraft: none, saveDraft: none, requestReview: none, recordWaiver: none, decide: none, markConditionMet: none,
    ...overrides
  };
}

const endReports = { generate: (): Promise<never> => Promise.reject(new Error('not expected')) };
const show = (gates: IGateService): ReturnType<typeof render> => render(<Gates gates={gates} endReports={endReports} locale="en-us" projectId={5} siteUrl="https://contoso.sharepoint.com/sites/pmo" today="2027-03-01" />);

describe('the Gates web part', () => {
  it('says to open it from a project when none is named', () => {
    render(<Gates gates={service({})} endReports={endReports} locale="en-us" siteUrl="https://contoso.sharepoint.com/sites/pmo" />);
    expect(screen.getByTestId('gates-no-project').textContent).toContain('Open this page from a project');
  });

  it('marks the current stage in words, not colour alone, and names the gate ahead with its purpose', async () => {
    show(service({}));
    const current = await screen.findByTestId('gates-current-stage');
    expect(current.textContent).toBe('Initiationcurrent stage');
    expect(current.getAttribute('aria-current')).toBe('step');
    expect(screen.getByTestId('gates-strip').textContent).toContain('Starting uppassed');
    expect(screen.getByTestId('gates-purpose').textContent).toContain('initiation documentation');
    expect(screen.getByTestId('gates-read-only')).toBeTruthy();
  });

  it('shows the board go disabled with the reason and no waiver control; the service\'s refusal is shown', async () => {
    const decide = jest.fn(() => Promise.reject(new GateRefusedError('alreadyDecided')));
    show(service({ canDecide: true }, { decide }));
    const go = (await screen.findByTestId('gates-decision-Go')) as HTMLInputElement;
    expect(go.disabled).toBe(true);
    expect((screen.getByTestId('gates-decision-GoWithConditions') as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByRole('radiogroup', { name: 'Decision' }).textContent).toContain('these required items have neither evidence nor a waiver: “NIS2 incident reporting”');
    expect(screen.queryAllByRole('button', { name: /^Waive/ })).toHaveLength(0);
    fireEvent.click(screen.getByTestId('gates-decision-Recycle'));
    fireEvent.click(screen.getByTestId('gates-decide-save'));
    expect((await screen.findByLabelText(/^Rationale/)).getAttribute('aria-invalid')).toBe('true');
    expect(decide).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText(/^Rationale/), { target: { value: 'Business case too thin' } });
    fireEvent.click(screen.getByTestId('gates-decide-save'));
    expect((await screen.findByTestId('gates-decide-refused')).textContent).toBe('This review has already been decided.');
    expect(decide).toHaveBeenCalledWith(11, 'Recycle', 'Business case too thin', []);
  });

  it('lets a PMO officer waive a missing required item only with a reason', async () => {
    const recordWaiver = jest.fn(() => Promise.resolve({ id: 1, reviewId: 11, itemId: 2, authorId: 3, by: 'Anna Schmidt', at: '2027-03-02T10:00:00Z', reason: 'Not an essential entity' }));
    show(service({ canWaive: true, canDecide: true, canPrepare: true }, { recordWaiver }));
    fireEvent.click(await screen.findByRole('button', { name: 'Waive: “NIS2 incident reporting”' }));
    const form = screen.getByTestId('gates-waive-form');
    // The form's heading takes the focus when it opens.
    expect(document.activeElement?.id).toBe('gates-waive-heading');
    fireEvent.click(within(form).getByTestId('gates-waive-save'));
    expect(within(form).getByLabelText(/^Reason for the waiver/).getAttribute('aria-invalid')).toBe('true');
    expect(recordWaiver).not.toHaveBeenCalled();
    fireEvent.change(within(form).getByLabelText(/^Reason for the waiver/), { target: { value: 'Not an essential entity' } });
    fireEvent.click(within(form).getByTestId('gates-waive-save'));
    await waitFor(() => expect(recordWaiver).toHaveBeenCalledWith(11, 2, 'Not an essential entity'));
    expect((await screen.findByTestId('gates-notice')).textContent).toContain('The item “NIS2 incident reporting” has been waived.');
  });

  it('shows an error with "Try again" when the page cannot be read', async () => {
    const getLifecycle = jest.fn().mockRejectedValueOnce(new Error('The network is down')).mockResolvedValue(lifecycle);
    show(service({}, { getLifecycle }));
    fireEvent.click(await screen.findByRole('button', { name: /Try again/ }));
    expect(await screen.findByTestId('gates-strip')).toBeTruthy();
  });
});

describe('the Gates web part\'s labels', () => {
  it('groups items by category in the checklist\'s order, the handover last', () => {
    expect(byCategory(items).map(g => g.category)).toEqual(['Quality', 'Nis2', 'Governance', 'Handover']);
  });

  it('names a delivery stage with its number, and a release by its lifecycle', () => {
    expect(positionLabel('prince2', { stage: 'Delivery', deliveryStageNo: 2 })).toBe('Delivery: stage 2');
    expect(positionLabel('hybrid', { stage: 'Delivery', deliveryStageNo: 1 })).toBe('Delivery: release 1');
    expect(positionLabel('agile', { stage: 'Alpha' })).toBe('Alpha');
  });

  it('tells each item\'s readiness and a refused decision by its first problem', () => {
    expect(itemStates(view)).toEqual({ 1: 'evidence', 2: 'missing', 3: 'open', 4: 'open' });
    const refused = new GateRefusedError('decisionRefused', 'blockingItems', [{ code: 'blockingItems', items: [{ id: 2, title: 'NIS2 incident reporting', category: 'Nis2' }] } as { code: string }]);
    expect(refusalText(refused)).toBe('Go isn\'t possible yet: these required items have neither evidence nor a waiver: “NIS2 incident reporting”.');
    expect(refusalText(new Error('other'))).toBeUndefined();
  });
});
