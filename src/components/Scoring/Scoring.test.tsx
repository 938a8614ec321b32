import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Scoring } from './Scoring';
import { AhpComparisons } from './AhpComparisons';
import { RoundResults } from './RoundResults';
import { ModelEditor } from './ModelEditor';
import type { ICriterion, IModelVersion, IScoreEntry } from '../../domain/scoring';
import type { IMyScores, IScoringRound, IScoringService, IStoredRoundResult } from '../../services/ScoringService';
import { useTestLocale } from '../../../tools/jest/locale';

/**
 * Service doubles: these tests check what the screens show and send; the real ScoringService runs
 * against the emulator in its own test (blind scoring enforced by SharePoint there).
 */
const criterion = (id: number, title: string, over: Partial<ICriterion> = {}): ICriterion =>
  ({ id, title, weight: 50, direction: 'Benefit', scaleMin: 0, scaleMax: 3, levels: [{ value: 3, description: 'Decisive' }], role: 'None', ...over });
const model: IModelVersion = { id: 7, modelKey: 'SM-0007', version: 1, title: 'Board 2027', method: 'Weighted', status: 'Active', locked: true, criteria: [criterion(11, 'Value'), criterion(12, 'Risk', { direction: 'Cost' })] };
const round: IScoringRound = { id: 3, title: 'December board', status: 'Open', modelId: 7, deadline: '2027-12-01', members: [1, 2], candidates: [{ request: 40 }, { request: 41 }], requests: [40, 41], spreadThreshold: 0.3, etag: '"1"' };

const storedResult: IStoredRoundResult = {
  format: 1, modelId: 7, modelVersion: 1, method: 'Weighted', spreadThreshold: 0.3, members: [1, 2], closedAt: '2027-12-02T10:00:00Z',
  criteria: [{ id: 11, title: 'Value', weight: 50 }, { id: 12, title: 'Risk', weight: 50 }],
  requests: [
    { request: 40, rank: 1, total: 50, scoredBy: 2, missingMembers: [], incomplete: false, disagreement: true, disagreementCriteria: [11], criteria: [{ criterion: 11, count: 2, mean: 1.5, min: 0, max: 3, spread: 3, relativeSpread: 1, disagreement: true }, { criterion: 12, count: 2, mean: 1.5, min: 1, max: 2, spread: 1, relativeSpread: 1 / 3, disagreement: false }] },
    { request: 41, rank: 2, total: 50, scoredBy: 1, missingMembers: [2], incomplete: true, disagreement: false, disagreementCriteria: [], criteria: [{ criterion: 11, count: 1, mean: 1.5, min: 1.5, max: 1.5, spread: 0, relativeSpread: 0, disagreement: false }, { criterion: 12, count: 1, mean: 1.5, min: 1.5, max: 1.5, spread: 0, relativeSpread: 0, disagreement: false }] }
  ],
  ties: [{ above: 40, below: 41, reason: 'lowerRequestNumber' }]
};

function fakeService(over: Partial<IScoringService> = {}): IScoringService & { saved: IScoreEntry[][] } {
  const saved: IScoreEntry[][] = [];
  const mine = (state: IMyScores['state'], entries: IScoreEntry[] = []): IMyScores => ({ round, entries, state });
  const unused = (): Promise<never> => Promise.reject(new Error('not used by this test'));
  const service = {
    saved,
    getCurrentUser: () => Promise.resolve({ id: 1, displayName: 'Klaus Fischer', isPmo: false }),
    listMyOpenRounds: () => Promise.resolve([round]),
    getModel: () => Promise.resolve(model),
    // Own scores only: a draft with one value and a comment.
    getMyScores: () => Promise.resolve(mine('Draft', [{ request: 40, criterion: 11, value: 2, comment: 'Mine' }])),
    getRequests: (ids: ReadonlyArray<number>) => Promise.resolve(ids.map(id => ({ id, title: `Request ${id}` }))),
    saveDraftScores: (_: number, e: ReadonlyArray<IScoreEntry>) => { saved.push(e.slice()); return Promise.resolve(mine('Draft', e.slice())); },
    submitScores: (_: number, e: ReadonlyArray<IScoreEntry>) => { saved.push(e.slice()); return Promise.resolve(mine('Submitted', e.slice())); },
    listModels: unused, listRoundableRequests: unused, listVersions: unused, createModel: unused, saveModel: unused, saveAhpMatrix: unused, modelEtag: () => Promise.resolve('"1"'), openRound: unused, listRounds: unused,
    getRound: unused, closeRound: unused, cancelRound: unused, listBoardMembers: unused, getPeople: unused, getRoundProgress: unused,
    ...over
  };
  return service as IScoringService & { saved: IScoreEntry[][] };
}

describe('Scoring', () => {
  afterEach(() => {
    jest.useRealTimers();
    useTestLocale('en-us');
  });

  it('a board member sees only "My rounds" and "Results", and their own draft, with each level\'s anchored description', async () => {
    render(<Scoring service={fakeService()} locale="en-us" />);
    expect((await screen.findAllByRole('tab')).map(t => t.textContent)).toEqual(['My rounds', 'Results']);
    expect((await screen.findByTestId('my-state')).textContent).toBe('Your scores: draft saved');
    fireEvent.click(await screen.findByRole('button', { name: 'Score the round “December board”' }));
    // Focus moves to the sheet's heading (it replaces the list the button was in).
    expect(document.activeElement?.textContent).toBe('December board');
    const value40 = await screen.findByRole('radiogroup', { name: /“Value” for #40 Request 40/ });
    expect((within(value40).getByRole('radio', { name: '2' }) as HTMLInputElement).checked).toBe(true);
    expect(within(value40).getByRole('radio', { name: '3 – Decisive' })).toBeTruthy();
    expect(screen.getAllByRole('textbox', { name: 'Comment on “Value” (optional)' }).map(t => (t as HTMLTextAreaElement).value)).toEqual(['Mine', '']);
  });

  it('a submit with missing scores names request and criterion, moves focus there and sends nothing', async () => {
    const service = fakeService();
    render(<Scoring service={service} locale="en-us" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Score the round “December board”' }));
    await screen.findAllByRole('radiogroup');
    jest.useFakeTimers(); // focus moves once the messages are rendered (a timer)
    fireEvent.click(screen.getByTestId('submit-scores'));
    const links = within(screen.getByTestId('score-issues')).getAllByRole('link').map(l => l.textContent);
    expect(links).toEqual(['“#40 Request 40”: pick a score for “Risk”.', '“#41 Request 41”: pick a score for “Value”.', '“#41 Request 41”: pick a score for “Risk”.']);
    act(() => { jest.runAllTimers(); });
    expect(document.activeElement?.closest('fieldset')?.id).toBe('pmo-score-40-12');
    expect(screen.getByRole('radiogroup', { name: /“Risk” for #40/ }).getAttribute('aria-invalid')).toBe('true');
    expect(service.saved).toEqual([]);
  });

  it('submits every score and then shows them read-only', async () => {
    const service = fakeService();
    render(<Scoring service={service} locale="en-us" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Score the round “December board”' }));
    for (const group of await screen.findAllByRole('radiogroup')) fireEvent.click(within(group).getByRole('radio', { name: '1' }));
    fireEvent.click(screen.getByTestId('submit-scores'));
    await screen.findByTestId('submitted-scores');
    expect(service.saved[0]).toEqual([
      { request: 40, criterion: 11, value: 1, comment: 'Mine' }, { request: 40, criterion: 12, value: 1, comment: undefined },
      { request: 41, criterion: 11, value: 1, comment: undefined }, { request: 41, criterion: 12, value: 1, comment: undefined }
    ]);
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
  });
});

describe('AhpComparisons', () => {
  const three = [criterion(1, 'Value'), criterion(2, 'Urgency'), criterion(3, 'Risk')];

  it('phrases each pair as a sentence in both directions and shows live weights and consistency', () => {
    const onJudgement = jest.fn();
    render(<AhpComparisons criteria={three} matrix={[[1, 3, 9], [1 / 3, 1, 3], [1 / 9, 1 / 3, 1]]} onJudgement={onJudgement} locale="en-us" />);
    const pair = screen.getByRole('combobox', { name: '“Value” compared with “Risk”' }) as HTMLSelectElement;
    expect(pair.options[pair.selectedIndex].text).toBe('“Value” is extremely more important than “Risk”');
    expect(Array.from(pair.options).map(o => o.text)).toContain('“Risk” is much more important than “Value”');
    expect(screen.getByTestId('ahp-cr').textContent).toBe('Consistency ratio: 0');
    expect(screen.queryByTestId('ahp-warning')).toBeNull();
    fireEvent.change(pair, { target: { value: String(Array.from(pair.options).findIndex(o => o.text === '“Risk” is much more important than “Value”')) } });
    expect(onJudgement).toHaveBeenCalledWith(0, 2, 1 / 5);
  });

  it('warns above 0.10 and names the most inconsistent pair', () => {
    render(<AhpComparisons criteria={three} matrix={[[1, 9, 1 / 9], [1 / 9, 1, 9], [9, 1 / 9, 1]]} onJudgement={jest.fn()} locale="en-us" />);
    expect(screen.getByTestId('ahp-warning').textContent).toMatch(/^The comparisons contradict each other \(consistency ratio [\d.]+, above 0\.10\)\. Review “Value” against “Urgency” first\.$/);
  });
});

describe('Results of closed rounds', () => {
  it('a board member opens a closed round\'s results (the board\'s aggregates), newest first, and goes back', async () => {
    const closed: IScoringRound = { ...round, id: 5, title: 'November board', status: 'Closed', closed: '2027-11-20T10:00:00Z', result: storedResult };
    render(<Scoring service={fakeService({ listRounds: (status?: string) => Promise.resolve(status === 'Closed' ? [closed] : []) })} locale="en-us" />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Results' }));
    const card = await screen.findByTestId('closed-round-5');
    expect(card.textContent).toContain('Closed on');
    fireEvent.click(within(card).getByRole('button', { name: 'Results of the round “November board”' }));
    await waitFor(() => expect(screen.getByTestId('round-results')).toBeTruthy());
    expect(document.activeElement?.textContent).toBe('Results of “November board”');
    expect(screen.getByTestId('disagreement').textContent).toBe('The board disagrees on: Value');
    fireEvent.click(screen.getByRole('button', { name: 'Back to the closed rounds' }));
    expect(await screen.findByTestId('closed-rounds')).toBeTruthy();
  });

  it('says so when no round is closed yet', async () => {
    render(<Scoring service={fakeService({ listRounds: () => Promise.resolve([]) })} locale="en-us" />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Results' }));
    expect((await screen.findByTestId('closed-rounds-empty')).textContent).toContain('No round has been closed yet.');
  });
});

describe('RoundResults', () => {
  it('flags disagreement with a glyph and text naming the criteria, and says why equal totals are ordered', async () => {
    const result = storedResult;
    render(<RoundResults service={fakeService()} locale="de-de" round={{ ...round, status: 'Closed' }} result={result} />);
    await waitFor(() => expect(screen.getByText('#40 Request 40')).toBeTruthy());
    const flag = screen.getByTestId('disagreement');
    expect(flag.textContent).toBe('The board disagrees on: Value');
    expect(flag.querySelector('svg')).not.toBeNull();
    expect(screen.getByText('mean 1,5 (min 0, max 3, spread 3)')).toBeTruthy();
    expect(screen.getByText('Scored by 1 of 2 board members')).toBeTruthy();
    expect(within(screen.getByTestId('ties')).getByRole('listitem').textContent).toBe('#40 Request 40 ranks above #41 Request 41: Same total; the earlier request comes first.');
  });
});

describe('ModelEditor', () => {
  it('says that saving a locked version made a new version', async () => {
    const saveModel = jest.fn(() => Promise.resolve({ model: { ...model, id: 8, version: 2, locked: false }, saved: 'newVersion' as const }));
    render(<ModelEditor service={fakeService({ saveModel })} locale="en-us" start={{ id: 7 }} onBack={jest.fn()} />);
    await screen.findByText('A round uses this version. Changing criteria, weights, scales or comparisons saves a new version; the rounds keep theirs.');
    fireEvent.change(screen.getAllByRole('textbox', { name: /Weight/ })[0], { target: { value: '70' } });
    fireEvent.click(screen.getByTestId('save-model'));
    await screen.findByText('Saved as version 2: version 1 is locked by a round and stays as it was.');
    expect(saveModel).toHaveBeenCalledWith(7, expect.objectContaining({ criteria: [expect.objectContaining({ weight: 70 }), expect.objectContaining({ weight: 50 })] }), '"1"');
  });

  it('keeps the input after an ETag conflict and saves it under the reloaded ETag', async () => {
    const conflict = Object.assign(new Error('412'), { status: 412 });
    const saveModel = jest.fn().mockRejectedValueOnce(conflict).mockResolvedValueOnce({ model, saved: 'inPlace' });
    let etag = '"1"';
    render(<ModelEditor service={fakeService({ saveModel, modelEtag: () => Promise.resolve(etag) })} locale="en-us" start={{ id: 7 }} onBack={jest.fn()} />);
    const title = await screen.findByRole('textbox', { name: /Model title/ });
    fireEvent.change(title, { target: { value: 'Board 2027 (revised)' } });
    fireEvent.click(screen.getByTestId('save-model'));
    await screen.findByText(/Someone else changed this model since you opened it\./);
    etag = '"2"';
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    await screen.findByText(/Reloaded\. Your input is kept/);
    expect((screen.getByRole('textbox', { name: /Model title/ }) as HTMLInputElement).value).toBe('Board 2027 (revised)');
    fireEvent.click(screen.getByTestId('save-model'));
    await screen.findByText('The model was saved.');
    expect(saveModel).toHaveBeenLastCalledWith(7, expect.objectContaining({ title: 'Board 2027 (revised)' }), '"2"');
  });
});
