import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Scoring } from './Scoring';
import { AhpComparisons } from './AhpComparisons';
import { RoundResults } from './RoundResults';
import { ModelEditor } from './ModelEditor';
import type { ICriterion, IModelVersion, IScoreEntry } from '../../domain/scoring';
import { ScoringRefusedError, type IMyScores, type IScoringRound, type IScoringService, type IStoredRoundResult } from '../../services/ScoringService';
import { LOCALES, useTestLocale } from '../../../tools/jest/locale';
import { labelInNameMismatches } from '../../../tools/jest/labelInName';
import { ClosedRounds, ModelsTab, RoundsTab } from './pmoTabs';
import { MyRounds } from './MyRounds';

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
    getRoundRequests: (r: IScoringRound) => Promise.resolve(r.requests.map(id => ({ id, title: `Request ${id}`, state: 'ReadyForScoring' as const, scorable: true }))),
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

  it('saves with the versions of the scores it read and then with those of its own save; a conflict tells the member to reload', async () => {
    const seen: Array<Readonly<Record<string, string>> | undefined> = [];
    const conflict = Object.assign(new Error('The scores changed since they were read.'), { status: 412 });
    const saveDraftScores = jest.fn((_: number, e: ReadonlyArray<IScoreEntry>, versions?: Readonly<Record<string, string>>) => {
      seen.push(versions);
      return seen.length === 3 ? Promise.reject(conflict) : Promise.resolve({ round, entries: e.slice(), state: 'Draft' as const, versions: { '40:11': `"${seen.length + 1}"` } });
    });
    const service = fakeService({
      getMyScores: () => Promise.resolve({ round, state: 'Draft', entries: [{ request: 40, criterion: 11, value: 2 }], versions: { '40:11': '"1"' } }),
      saveDraftScores
    });
    render(<Scoring service={service} locale="en-us" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Score the round “December board”' }));
    await screen.findAllByRole('radiogroup');
    for (let i = 0; i < 3; i++) {
      fireEvent.click(screen.getByTestId('save-draft'));
      await waitFor(() => expect(saveDraftScores).toHaveBeenCalledTimes(i + 1));
      await waitFor(() => expect((screen.getByTestId('save-draft') as HTMLButtonElement).disabled).toBe(false));
    }
    expect(seen).toEqual([{ '40:11': '"1"' }, { '40:11': '"2"' }, { '40:11': '"3"' }]);
    expect((await screen.findByTestId('sheet-notice')).textContent).toContain('Someone else saved a change first. Reload to see it');
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
    // min and max are levels: shown with the level's anchored description where the PMO wrote one.
    expect(screen.getByText('mean 1,5 (min 0, max 3 – Decisive, spread 3)')).toBeTruthy();
    expect(screen.getByText('mean 1,5 (min 1, max 2, spread 1)')).toBeTruthy();
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

describe('a request that left "Ready for scoring" while the round is open', () => {
  const leftOut = (r: IScoringRound): ReturnType<IScoringService['getRoundRequests']> =>
    Promise.resolve(r.requests.map(id => (id === 41
      ? { id, title: `Request ${id}`, state: 'Approved' as const, scorable: false, leftOut: 'Approved' as const }
      : { id, title: `Request ${id}`, state: 'ReadyForScoring' as const, scorable: true })));

  it('is shown read-only with the reason and the member\'s saved score; submitting needs and sends scores only for the others', async () => {
    const service = fakeService({
      getRoundRequests: leftOut,
      getMyScores: () => Promise.resolve({ round, state: 'Draft', entries: [{ request: 41, criterion: 11, value: 3 }] })
    });
    render(<Scoring service={service} locale="en-us" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Score the round “December board”' }));
    const block = await screen.findByTestId('left-out-41');
    expect(block.textContent).toContain('Not scored in this round (Decided: approved).');
    expect(within(block).getByText('3 – Decisive')).toBeTruthy();
    expect(within(block).queryAllByRole('radio')).toHaveLength(0);
    expect(screen.queryAllByRole('radiogroup', { name: /#41/ })).toHaveLength(0);
    for (const group of screen.getAllByRole('radiogroup')) fireEvent.click(within(group).getByRole('radio', { name: '1' }));
    fireEvent.click(screen.getByTestId('submit-scores'));
    await screen.findByTestId('submitted-scores');
    expect(service.saved[0]).toEqual([{ request: 40, criterion: 11, value: 1, comment: undefined }, { request: 40, criterion: 12, value: 1, comment: undefined }]);
    expect(screen.getByTestId('left-out-41').textContent).toContain('Decided: approved');
  });

  it('when the service refuses a request decided meanwhile, the sheet names it, shows it read-only and keeps the input', async () => {
    let decided = false;
    const refusal = new ScoringRefusedError('notScorable', { scores: [{ request: 41, criterion: 11, code: 'notScorable' }, { request: 41, criterion: 12, code: 'notScorable' }] });
    const service = fakeService({
      getRoundRequests: r => (decided ? leftOut(r) : fakeService().getRoundRequests(r)),
      saveDraftScores: () => { decided = true; return Promise.reject(refusal); }
    });
    render(<Scoring service={service} locale="en-us" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Score the round “December board”' }));
    const risk40 = await screen.findByRole('radiogroup', { name: /“Risk” for #40/ });
    fireEvent.click(within(risk40).getByRole('radio', { name: '2' }));
    fireEvent.click(screen.getByTestId('save-draft'));
    expect((await screen.findByTestId('sheet-notice')).textContent).toBe('Nothing was saved. Left out of this round meanwhile: #41 Request 41 (Decided: approved). Your other scores are still on the sheet; save again.');
    expect(screen.getByTestId('left-out-41')).toBeTruthy();
    expect((within(screen.getByRole('radiogroup', { name: /“Risk” for #40/ })).getByRole('radio', { name: '2' }) as HTMLInputElement).checked).toBe(true);
  });

  it('the results list the requests left out with the reason', async () => {
    render(<RoundResults service={fakeService()} locale="en-us" round={{ ...round, status: 'Closed' }} result={{ ...storedResult, requests: storedResult.requests.slice(0, 1), ties: [], leftOut: [{ request: 41, reason: 'Withdrawn' }] }} />);
    await waitFor(() => expect(within(screen.getByTestId('left-out')).getByRole('listitem').textContent).toBe('#41 Request 41 (Withdrawn)'));
  });
});

describe('scores shown read-only carry their level\'s anchored description', () => {
  it('the submitted sheet shows "3 – Decisive", not the number alone', async () => {
    const service = fakeService({ getMyScores: () => Promise.resolve({ round, state: 'Submitted', entries: [{ request: 40, criterion: 11, value: 3 }, { request: 40, criterion: 12, value: 1 }] }) });
    render(<Scoring service={service} locale="en-us" />);
    fireEvent.click(await screen.findByRole('button', { name: 'View your scores for “December board”' }));
    const table = await screen.findByTestId('submitted-scores');
    expect(within(table).getAllByRole('row')[1].textContent).toBe('#40 Request 40Value3 – Decisive');
    expect(within(table).getAllByRole('row')[2].textContent).toBe('Risk1');
  });
});

describe('ModelEditor validation names the field as the editor shows it', () => {
  it('names criterion and field, ties the message to the field and moves focus to the first invalid one', async () => {
    const createModel = jest.fn();
    render(<ModelEditor service={fakeService({ createModel })} locale="en-us" start={{ method: 'Weighted' }} onBack={jest.fn()} />);
    fireEvent.change(screen.getByRole('textbox', { name: /Model title/ }), { target: { value: 'Board 2028' } });
    const titles = screen.getAllByRole('textbox', { name: /Criterion title/ });
    fireEvent.change(titles[0], { target: { value: 'Strategic fit' } });
    const weight = screen.getAllByRole('textbox', { name: /Weight/ })[0];
    fireEvent.change(weight, { target: { value: 'abc' } });
    jest.useFakeTimers();
    try {
      fireEvent.click(screen.getByTestId('save-model'));
      act(() => { jest.runAllTimers(); });
    } finally {
      jest.useRealTimers();
    }
    const links = within(screen.getByTestId('model-issues')).getAllByRole('link').map(l => l.textContent);
    expect(links).toEqual(['“Strategic fit” – Weight (0–100): enter a number from 0 to 100.', 'Criterion 2 – Criterion title: enter a title.']);
    expect(weight.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(weight.getAttribute('aria-describedby') ?? '')?.textContent).toBe(links[0]);
    expect(titles[1].getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(weight);
    expect(createModel).not.toHaveBeenCalled();
  });

  it('names the bound of a scale and a level outside it, and opens the level descriptions to reach it', async () => {
    const m: IModelVersion = { ...model, locked: false, criteria: [criterion(11, 'Value', { scaleMax: 3, levels: [{ value: 3, description: 'Decisive' }, { value: 5, description: 'Beyond' }] }), criterion(12, 'Risk', { scaleMin: 4 })] };
    render(<ModelEditor service={fakeService({ getModel: () => Promise.resolve(m) })} locale="en-us" start={{ id: 7 }} onBack={jest.fn()} />);
    await screen.findByRole('textbox', { name: /Model title/ });
    fireEvent.click(screen.getByTestId('save-model'));
    const links = within(await screen.findByTestId('model-issues')).getAllByRole('link').map(l => l.textContent);
    expect(links).toEqual([
      '“Value” – Level 5: this level lies outside the scale: clear its description or widen the scale.',
      '“Risk” – Highest score: enter a whole number above the lowest score, at most 100.'
    ]);
    await waitFor(() => expect((document.activeElement as HTMLInputElement).value).toBe('Beyond'));
    expect(document.activeElement?.closest('details')?.open).toBe(true);
    expect(document.activeElement?.getAttribute('aria-invalid')).toBe('true');
  });
});

describe('ModelEditor messages follow the corrections', () => {
  it.each(['Weighted', 'Ahp', 'Wsjf'] as const)('a %s model: a corrected field loses its message at once; a field still wrong keeps it, with its current wording', async method => {
    render(<ModelEditor service={fakeService()} locale="en-us" start={{ method }} onBack={jest.fn()} />);
    const titles = screen.getAllByRole('textbox', { name: /Criterion title/ });
    fireEvent.change(titles[0], { target: { value: '' } });
    fireEvent.change(titles[1], { target: { value: '' } });
    fireEvent.click(screen.getByTestId('save-model'));
    const links = (): string[] => (screen.queryByTestId('model-issues') ? within(screen.getByTestId('model-issues')).getAllByRole('link').map(l => l.textContent ?? '') : []);
    expect(links()).toEqual(['Model title: enter a title.', 'Criterion 1 – Criterion title: enter a title.', 'Criterion 2 – Criterion title: enter a title.']);
    // The second criterion gets its title: its message goes (it never reads "“Delivery risk” – Criterion title: enter a title.").
    fireEvent.change(titles[1], { target: { value: 'Delivery risk' } });
    expect(links()).toEqual(['Model title: enter a title.', 'Criterion 1 – Criterion title: enter a title.']);
    expect(titles[1].getAttribute('aria-invalid')).not.toBe('true');
    expect(titles[1].getAttribute('aria-describedby') ?? '').not.toMatch(/-err\b/);
    expect(screen.queryByText(/“Delivery risk” – Criterion title/)).toBeNull();
    expect(titles[0].getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(screen.getByRole('textbox', { name: /Model title/ }), { target: { value: 'Board 2028' } });
    fireEvent.change(titles[0], { target: { value: 'Strategic fit' } });
    expect(screen.queryByTestId('model-issues')).toBeNull();
    expect(titles[0].getAttribute('aria-invalid')).not.toBe('true');
  });

  it('a weight corrected to another wrong value keeps a message that fits it; removing a criterion takes its messages with it', async () => {
    render(<ModelEditor service={fakeService()} locale="en-us" start={{ method: 'Weighted' }} onBack={jest.fn()} />);
    fireEvent.change(screen.getByRole('textbox', { name: /Model title/ }), { target: { value: 'Board 2028' } });
    fireEvent.click(screen.getByRole('button', { name: /Add a criterion/ }));
    const titles = screen.getAllByRole('textbox', { name: /Criterion title/ });
    fireEvent.change(titles[0], { target: { value: 'Value' } });
    fireEvent.change(titles[2], { target: { value: 'Reach' } });
    const weights = screen.getAllByRole('textbox', { name: /Weight/ });
    fireEvent.change(weights[2], { target: { value: 'abc' } });
    fireEvent.click(screen.getByTestId('save-model'));
    const links = (): string[] => (screen.queryByTestId('model-issues') ? within(screen.getByTestId('model-issues')).getAllByRole('link').map(l => l.textContent ?? '') : []);
    expect(links()).toEqual(['Criterion 2 – Criterion title: enter a title.', '“Reach” – Weight (0–100): enter a number from 0 to 100.']);
    fireEvent.change(weights[2], { target: { value: '150' } });
    expect(links()).toEqual(['Criterion 2 – Criterion title: enter a title.', '“Reach” – Weight (0–100): enter a number from 0 to 100.']);
    fireEvent.click(screen.getAllByRole('button', { name: /Remove/ })[1]);
    // "Reach" is now the second criterion: its weight message moved with it, the removed one's went.
    expect(links()).toEqual(['“Reach” – Weight (0–100): enter a number from 0 to 100.']);
    fireEvent.change(screen.getAllByRole('textbox', { name: /Weight/ })[1], { target: { value: '20' } });
    expect(links()).toEqual([]);
  });
});

describe('an inconsistent AHP model saved as Active', () => {
  const ahp: IModelVersion = {
    ...model, method: 'Ahp', status: 'Active', locked: false,
    criteria: [criterion(11, 'Value'), criterion(12, 'Urgency'), criterion(13, 'Risk')], ahpMatrix: [[1, 9, 1 / 9], [1 / 9, 1, 9], [9, 1 / 9, 1]]
  };

  it('asks for confirmation naming the ratio and the pair; saves only once confirmed', async () => {
    const saveModel = jest.fn(() => Promise.resolve({ model: ahp, saved: 'inPlace' as const }));
    render(<ModelEditor service={fakeService({ getModel: () => Promise.resolve(ahp), saveModel })} locale="en-us" start={{ id: 7 }} onBack={jest.fn()} />);
    fireEvent.change(await screen.findByRole('textbox', { name: /Model title/ }), { target: { value: 'Board AHP' } });
    fireEvent.click(screen.getByTestId('save-model'));
    const ask = await screen.findByTestId('confirm-active');
    expect(ask.textContent).toMatch(/^The pairwise comparisons contradict each other \(consistency ratio [\d.]+, above 0\.10\)\. Review “Value” against “Urgency” first\. Save this model as Active anyway\?/);
    expect(saveModel).not.toHaveBeenCalled();
    fireEvent.click(within(ask).getByRole('button', { name: 'Save as Active anyway' }));
    await screen.findByText('The model was saved.');
    expect(saveModel).toHaveBeenCalledWith(7, expect.objectContaining({ status: 'Active', title: 'Board AHP' }), '"1"', { confirmed: true });
  });

  it('puts focus on the safe action, "Review the comparisons", so Enter does not save the model as Active', async () => {
    const saveModel = jest.fn(() => Promise.resolve({ model: ahp, saved: 'inPlace' as const }));
    render(<ModelEditor service={fakeService({ getModel: () => Promise.resolve(ahp), saveModel })} locale="en-us" start={{ id: 7 }} onBack={jest.fn()} />);
    await screen.findByRole('textbox', { name: /Model title/ });
    fireEvent.click(screen.getByTestId('save-model'));
    const ask = await screen.findByTestId('confirm-active');
    const review = within(ask).getByRole('button', { name: 'Review the comparisons' });
    await waitFor(() => expect(document.activeElement).toBe(review));
    // Enter on the focused button activates it: the question closes, focus goes to the pair, nothing is saved.
    fireEvent.click(document.activeElement as HTMLElement);
    expect(screen.queryByTestId('confirm-active')).toBeNull();
    expect(saveModel).not.toHaveBeenCalled();
    expect(document.activeElement?.getAttribute('id')).toBe('pmo-ahp-0-1');
  });

  it('a draft saves without asking', async () => {
    const saveModel = jest.fn(() => Promise.resolve({ model: ahp, saved: 'inPlace' as const }));
    render(<ModelEditor service={fakeService({ getModel: () => Promise.resolve({ ...ahp, status: 'Draft' }), saveModel })} locale="en-us" start={{ id: 7 }} onBack={jest.fn()} />);
    fireEvent.change(await screen.findByRole('textbox', { name: /Model title/ }), { target: { value: 'Board AHP' } });
    fireEvent.click(screen.getByTestId('save-model'));
    await screen.findByText('The model was saved.');
    expect(screen.queryByTestId('confirm-active')).toBeNull();
    expect(saveModel).toHaveBeenCalledWith(7, expect.objectContaining({ status: 'Draft' }), '"1"');
  });
});

describe('a WSJF model', () => {
  it('the editor shows the four components on the modified Fibonacci scale with a description per value, and no weights', async () => {
    render(<ModelEditor service={fakeService()} locale="en-us" start={{ method: 'Wsjf' }} onBack={jest.fn()} />);
    expect(screen.getAllByRole('textbox', { name: /Criterion title/ }).map(t => (t as HTMLInputElement).value)).toEqual(['User and business value', 'Time criticality', 'Risk reduction and opportunity enablement', 'Job size']);
    expect(screen.queryAllByRole('textbox', { name: /Weight/ })).toHaveLength(0);
    const jobSize = screen.getByTestId('wsjf-scale-3');
    expect(jobSize.textContent).toContain('Modified Fibonacci scale: 1, 2, 3, 5, 8, 13, 20. Describe what each value means for “Job size”.');
    expect(within(jobSize).getAllByRole('textbox').map(t => t.getAttribute('id'))).toEqual([1, 2, 3, 5, 8, 13, 20].map(v => `pmo-model-criteria-3-level-${v}`));
    expect(within(jobSize).getByRole('textbox', { name: 'Level 13' })).toBeTruthy();
  });

  it('its score sheet offers exactly 1, 2, 3, 5, 8, 13, 20 with their descriptions', async () => {
    const roles: ICriterion['role'][] = ['BusinessValue', 'TimeCriticality', 'RiskReduction', 'JobSize'];
    const wsjfModel: IModelVersion = { ...model, method: 'Wsjf', criteria: roles.map((role, i) => criterion(21 + i, role, { role, scaleMin: 1, scaleMax: 20, levels: [{ value: 20, description: 'Huge' }] })) };
    render(<Scoring service={fakeService({ getModel: () => Promise.resolve(wsjfModel), getMyScores: () => Promise.resolve({ round, state: 'Draft', entries: [] }) })} locale="en-us" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Score the round “December board”' }));
    const group = await screen.findByRole('radiogroup', { name: /“JobSize” for #40/ });
    expect(within(group).getAllByRole('radio').map(r => r.getAttribute('value') ?? '')).toHaveLength(7);
    expect(within(group).getAllByRole('radio').map(r => (r.closest('label') ?? r.parentElement)?.textContent)).toEqual(['1', '2', '3', '5', '8', '13', '20 – Huge']);
  });
});

describe('scores off the scale (half points stored by an old site or a REST edit)', () => {
  // A 0–10 whole-number scale, as the demo's models have.
  const tenModel: IModelVersion = { ...model, criteria: [criterion(11, 'Value', { scaleMax: 10, levels: [{ value: 7, description: 'Clear contribution' }] }), criterion(12, 'Risk', { direction: 'Cost', scaleMax: 10 })] };

  it('the results show mean, min, max and spread in one number format, and flag a stored value off the scale instead of rounding it', async () => {
    const result: IStoredRoundResult = {
      ...storedResult, ties: [],
      requests: [{ ...storedResult.requests[0], criteria: [
        { criterion: 11, count: 2, mean: 6.75, min: 6.5, max: 7, spread: 0.5, relativeSpread: 0.05, disagreement: false },
        { criterion: 12, count: 2, mean: 4.5, min: 4, max: 5, spread: 1, relativeSpread: 0.1, disagreement: false }
      ] }]
    };
    render(<RoundResults service={fakeService({ getModel: () => Promise.resolve(tenModel) })} locale="en-us" round={{ ...round, status: 'Closed' }} result={result} />);
    const row = await screen.findByTestId('result-40');
    await waitFor(() => expect(within(row).getByText(/^mean 6\.75/).textContent).toBe('mean 6.75 (min 6.5 [not on the scale], max 7 – Clear contribution, spread 0.5)'));
    expect(within(row).getByText(/^mean 4\.5/).textContent).toBe('mean 4.5 (min 4, max 5, spread 1)');
    expect(screen.getByTestId('off-scale-note').textContent).toBe('A value marked “not on the scale” is shown as it is stored: it lies between the levels of its scale or outside it.');
  });

  it('the sheet shows a saved value off the scale as chosen, with a note at the field, until a level is picked', async () => {
    const service = fakeService({ getModel: () => Promise.resolve(tenModel), getMyScores: () => Promise.resolve({ round, state: 'Draft', entries: [{ request: 40, criterion: 11, value: 6.5 }] }) });
    render(<Scoring service={service} locale="en-us" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Score the round “December board”' }));
    const group = await screen.findByRole('radiogroup', { name: /“Value” for #40/ });
    const saved = within(group).getByRole('radio', { name: '6.5 [not on the scale]' }) as HTMLInputElement;
    expect(saved.checked).toBe(true);
    expect(within(group).getAllByRole('radio').map(r => r.getAttribute('value'))).toEqual(['0', '1', '2', '3', '4', '5', '6', '6.5', '7', '8', '9', '10']);
    expect(group.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(group.getAttribute('aria-describedby')?.split(' ').pop() ?? '')?.textContent).toBe('Your saved score 6.5 is not on this scale: pick one of its levels.');
    fireEvent.click(within(group).getByRole('radio', { name: '7 – Clear contribution' }));
    expect(within(group).queryByRole('radio', { name: /6\.5/ })).toBeNull();
    expect(group.getAttribute('aria-invalid')).toBeNull();
  });

  it('read-only, a stored value off the scale is shown as stored and flagged', async () => {
    const service = fakeService({ getModel: () => Promise.resolve(tenModel), getMyScores: () => Promise.resolve({ round, state: 'Submitted', entries: [{ request: 40, criterion: 11, value: 9.5 }, { request: 40, criterion: 12, value: 3 }] }) });
    render(<Scoring service={service} locale="de-de" />);
    fireEvent.click(await screen.findByRole('button', { name: 'View your scores for “December board”' }));
    const table = await screen.findByTestId('submitted-scores');
    expect(within(table).getAllByRole('row')[1].textContent).toBe('#40 Request 40Value9,5 [not on the scale]');
  });
});

describe('every button that shows text is named by that text first, then its context (WCAG 2.5.3)', () => {
  afterEach(() => useTestLocale('en-us'));
  const closedRound: IScoringRound = { ...round, id: 4, title: 'November board', status: 'Closed', result: storedResult };
  const second: IScoringRound = { ...round, id: 5, title: 'January board' };
  const service = fakeService({
    listRounds: (status?: string) => Promise.resolve(status === 'Closed' ? [closedRound] : [round, closedRound]),
    listMyOpenRounds: () => Promise.resolve([round, second]),
    getMyScores: (id: number) => Promise.resolve({ round: id === round.id ? round : second, state: id === round.id ? 'Submitted' : 'Draft', entries: [] }),
    getRoundProgress: () => Promise.resolve([{ member: 1, state: 'submitted' }, { member: 2, state: 'none' }]),
    getPeople: () => Promise.resolve([{ id: 1, displayName: 'Klaus Fischer' }, { id: 2, displayName: 'Isabelle Laurent' }]),
    listModels: () => Promise.resolve([model])
  });

  it.each(LOCALES)('%s: rounds (open and closed), my rounds (submitted and not), closed rounds, models and the criterion editor', async locale => {
    useTestLocale(locale);
    const views = [
      { view: <RoundsTab service={service} locale={locale} today="2027-11-30" />, ready: 'progress-3' },
      { view: <MyRounds service={service} locale={locale} user={{ id: 1, displayName: 'Klaus Fischer', isPmo: false }} />, ready: 'my-round-5' },
      { view: <ClosedRounds service={service} locale={locale} />, ready: undefined },
      { view: <ModelsTab service={service} locale={locale} today="2027-11-30" />, ready: undefined },
      { view: <ModelEditor service={service} locale={locale} start={{ method: 'Weighted' }} onBack={jest.fn()} />, ready: undefined }
    ];
    for (const { view, ready } of views) {
      const { container, unmount } = render(view);
      if (ready) await screen.findByTestId(ready);
      await waitFor(() => expect(container.querySelectorAll('button[aria-label]').length).toBeGreaterThan(0));
      expect(labelInNameMismatches(container)).toEqual([]);
      unmount();
    }
  });
});
