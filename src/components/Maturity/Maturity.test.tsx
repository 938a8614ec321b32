import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Maturity } from './Maturity';
import { enrolUrl } from './labels';
import { refusalProblem } from './QuestionEditor';
import { maturityResult, PERSPECTIVES, type IMaturityResult, type MaturityLevel, type Perspective } from '../../domain/maturity';
import { MaturityRefusedError, type IMaturityService, type IMyAssessment, type IOrganisationView, type IQuestionView } from '../../services/MaturityService';
import { useTestLocale } from '../../../tools/jest/locale';

const site = 'https://contoso.sharepoint.com/sites/pmo';

/** Two questions per perspective: '<perspective>-1' and '-2', with answers 'A<level>'. */
const QUESTIONS: IQuestionView[] = PERSPECTIVES.flatMap((p, i) => [1, 2].map(n => ({
  id: i * 2 + n, key: `${p}-${n}`, perspective: p, order: i * 2 + n, text: `Question ${n} on ${p}`, answers: [1, 2, 3, 4, 5].map(l => `A${l} of ${p}-${n}`), language: 'en', active: true
})));
const model = QUESTIONS.map(q => ({ key: q.key, perspective: q.perspective, order: q.order }));
const targets = Object.fromEntries(PERSPECTIVES.map(p => [p, 3])) as Record<Perspective, MaturityLevel>;

function assessment(answers: Record<string, number>, state: IMyAssessment['state'], submitted?: IMaturityResult): IMyAssessment {
  return { quarter: '2026-Q4', state, answers, result: maturityResult(model, answers), submitted };
}

const ORG: IOrganisationView = {
  groups: [
    { department: 'Finance', quarter: '2026-Q3', respondents: 6, averages: { ...Object.fromEntries(PERSPECTIVES.map(p => [p, 2.5])), overall: 2.25 } as Record<Perspective | 'overall', number>, overallCounts: [1, 3, 2, 0, 0] },
    { department: 'IT', quarter: '2026-Q4', respondents: 8, averages: { ...Object.fromEntries(PERSPECTIVES.map(p => [p, 3])), overall: 2.75 } as Record<Perspective | 'overall', number>, overallCounts: [0, 2, 6, 0, 0] }
  ],
  hiddenGroups: 3, quarters: ['2026-Q3', '2026-Q4'], departments: ['Finance', 'IT'], minGroupSize: 5
};

/** A service double (the real MaturityService runs against the emulator in its own tests). */
function service(start: IMyAssessment = assessment({}, 'New'), options: { pmo?: boolean; submit?: () => Promise<void> } = {}): IMaturityService & { drafts: Array<Record<string, number>>; submits: number } {
  let my = start;
  const s = {
    drafts: [] as Array<Record<string, number>>,
    submits: 0,
    questionnaire: jest.fn(async () => QUESTIONS),
    myAssessment: jest.fn(async () => my),
    saveDraft: jest.fn(async (answers: Record<string, number>) => { s.drafts.push({ ...answers }); my = assessment({ ...answers }, 'Draft', my.submitted); return my; }),
    submit: jest.fn(async () => {
      if (options.submit) await options.submit();
      s.submits++;
      my = assessment(my.answers, 'Submitted', my.result);
      return my;
    }),
    qualificationPlan: jest.fn(async () => {
      const result = my.submitted;
      if (!result) return { targets, lines: [] };
      const lines = PERSPECTIVES.filter(p => (result.perspectives[p] ?? 0) < 3).map(p => ({
        perspective: p, current: result.perspectives[p], target: 3 as MaturityLevel, gap: 3 - (result.perspectives[p] ?? 0),
        modules: p === 'RiskManagement' ? [
          { id: 7, code: 'RM-2', title: 'Risk workshop', level: 2, availability: { kind: 'enrol' as const, nextStartUtc: '2027-03-04T08:00:00Z' } },
          { id: 8, code: 'RM-3', title: 'Risk in portfolios', level: 2, availability: { kind: 'enrol' as const, nextStartUtc: '2027-03-11T08:00:00Z', firstComplete: { id: 7, code: 'RM-2', title: 'Risk workshop' } } },
          { id: 9, code: 'RM-4', title: 'Risk appetite', level: 2, availability: { kind: 'noSession' as const } }
        ] : []
      }));
      return { result, targets, lines };
    }),
    organisationView: jest.fn(async () => ORG),
    targets: jest.fn(async () => targets),
    saveTargets: jest.fn(async () => undefined),
    canManage: jest.fn(async () => !!options.pmo),
    allQuestions: jest.fn(async () => QUESTIONS.map(q => ({ id: q.id, code: q.key, perspective: q.perspective, order: q.order, active: true, texts: { en: { q: q.text, a: q.answers } } }))),
    saveQuestion: jest.fn(async (input: { code: string }) => {
      if (input.code === 'TAKEN') throw new MaturityRefusedError('taken', 'code', 'How are risks identified?');
      if (input.code === 'BAD') throw new MaturityRefusedError('invalid', 'code');
      return 99;
    })
  };
  return s as unknown as IMaturityService & { drafts: Array<Record<string, number>>; submits: number };
}

const group = (key: string): HTMLElement => document.getElementById(`maturity-q-${key}`) as HTMLElement;
function choose(key: string, level: number): void {
  const radio = within(group(key)).getAllByRole('radio')[level - 1];
  expect(radio.nextSibling?.textContent?.startsWith(`Level ${level} – `)).toBe(true);
  fireEvent.click(radio);
}
/** Answers every question of every perspective: risk management at `risk`, everything else at 3. */
function answerAll(risk: number = 2): void {
  for (const p of PERSPECTIVES) {
    fireEvent.click(screen.getByTestId(`maturity-perspective-${p}`));
    for (const n of [1, 2]) choose(`${p}-${n}`, p === 'RiskManagement' ? risk : 3);
  }
}

describe('Maturity', () => {
  afterEach(() => useTestLocale('en-us'));

  it('shows each perspective\'s progress, answers as radio groups of the five level texts, and saves a draft to resume', async () => {
    const s = service({ ...assessment({ 'OrganizationalGovernance-1': 4 }, 'Draft'), id: 7, etag: '"3"' });
    render(<Maturity maturity={s} locale="en-us" siteUrl={site} />);
    expect(await screen.findByTestId('maturity-state')).toHaveProperty('textContent', 'Assessment for Q4 2026: saved as a draft, not submitted yet.');
    expect(screen.getByTestId('maturity-perspective-OrganizationalGovernance').textContent).toBe('Organisational governance1 of 2 answered');
    const q = screen.getByRole('radiogroup', { name: /Question 2 on OrganizationalGovernance/ });
    expect(within(q).getAllByRole('radio').map(r => (r.nextSibling as HTMLElement).textContent)).toEqual([
      'Level 1 – Awareness: A1 of OrganizationalGovernance-2', 'Level 2 – Repeatable: A2 of OrganizationalGovernance-2', 'Level 3 – Defined: A3 of OrganizationalGovernance-2',
      'Level 4 – Managed: A4 of OrganizationalGovernance-2', 'Level 5 – Optimized: A5 of OrganizationalGovernance-2'
    ]);
    expect((within(group('OrganizationalGovernance-1')).getByLabelText(/^Level 4 – /) as HTMLInputElement).checked).toBe(true);
    choose('OrganizationalGovernance-2', 2);
    expect(screen.getByTestId('maturity-perspective-OrganizationalGovernance').textContent).toBe('Organisational governance2 of 2 answered');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    fireEvent.click(screen.getByTestId('maturity-next'));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Management control');
    fireEvent.click(screen.getByTestId('maturity-save'));
    expect(await screen.findByText('Your answers are saved. You can come back later and go on.')).toBeTruthy();
    expect(s.drafts).toEqual([{ 'OrganizationalGovernance-1': 4, 'OrganizationalGovernance-2': 2 }]);
    // Sent with the assessment the sheet was read with (its id and ETag): a draft saved meanwhile in another tab is not overwritten.
    expect((s.saveDraft as jest.Mock).mock.calls[0][1]).toMatchObject({ id: 7, etag: '"3"' });
  });

  it('does not submit with unanswered questions: it names how many and where, marks them and moves to the first', async () => {
    const s = service(assessment({ 'OrganizationalGovernance-1': 3, 'OrganizationalGovernance-2': 3, 'ManagementControl-1': 3 }, 'Draft'));
    render(<Maturity maturity={s} locale="en-us" siteUrl={site} />);
    await screen.findByTestId('maturity-assessment');
    fireEvent.click(screen.getByTestId('maturity-submit'));
    expect(screen.getByTestId('maturity-outcome').textContent).toBe('11 questions are not answered yet, the first in “Management control”. Answer every question to submit.');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Management control');
    const missing = screen.getByRole('radiogroup', { name: /Question 2 on ManagementControl/ });
    expect(missing.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('radiogroup', { name: /Question 1 on ManagementControl/ }).getAttribute('aria-invalid')).toBeNull();
    await waitFor(() => expect(document.activeElement?.closest('fieldset')).toBe(missing));
    expect(s.saveDraft).not.toHaveBeenCalled();
    expect(s.submit).not.toHaveBeenCalled();
  });

  it('submits, then shows the radar with its table, the levels, the rule in words and the plan with "Enrol" to the Training page', async () => {
    const s = service();
    render(<Maturity maturity={s} locale="en-us" siteUrl={site} />);
    await screen.findByTestId('maturity-assessment');
    expect(screen.queryByRole('tab', { name: 'Organisation' })).toBeNull();
    answerAll(2);
    fireEvent.click(screen.getByTestId('maturity-submit'));
    fireEvent.click(await screen.findByTestId('maturity-show-result'));
    expect(s.submits).toBe(1);
    expect(s.drafts[0]['RiskManagement-2']).toBe(2);
    expect((await screen.findByTestId('maturity-overall')).textContent).toBe('Overall level: 2 Repeatable');
    const radar = screen.getByRole('img', { name: /Your levels by perspective \(radar chart\)/ });
    expect(radar.querySelectorAll('polygon')).toHaveLength(7);
    // Risk management (the 4th of 7 axes) sits at 2/5 of the radius; the others at 3/5.
    const corners = screen.getByTestId('maturity-radar-yours').getAttribute('points')?.split(' ').map(p => p.split(',').map(Number));
    expect(Math.round(Math.hypot(corners?.[3][0] ?? 0, corners?.[3][1] ?? 0))).toBe(48);
    expect(Math.round(Math.hypot(corners?.[0][0] ?? 0, corners?.[0][1] ?? 0))).toBe(72);
    const risk = screen.getByTestId('maturity-level-RiskManagement');
    expect(Array.from(risk.children).map(c => c.textContent)).toEqual(['Risk management', '2 Repeatable', '3 Defined', '1']);
    expect(screen.getByTestId('maturity-rule').textContent).toMatch(/lowest answer among its questions.*lowest of the seven perspectives' levels/);
    expect(screen.getByTestId('maturity-plan-RiskManagement').textContent).toMatch(/^Risk management: your level 2 Repeatable, target 3 Defined/);
    const enrol = screen.getByRole('link', { name: 'Enrol (RM-2 Risk workshop)' });
    expect(enrol.getAttribute('href')).toBe(`${site}/SitePages/Training.aspx?module=7`);
    expect(enrolUrl(`${site}/`, 7)).toBe(`${site}/SitePages/Training.aspx?module=7`);
    // A module with a session to come is offered "Enrol", also when an earlier step of its path is advised first; the others say why not.
    expect(within(screen.getByTestId('maturity-plan-RiskManagement')).getAllByTestId('maturity-plan-module').map(m => m.textContent)).toEqual([
      'RM-2 Risk workshop – builds towards level 2 · next session on Mar 4, 2027Enrol (RM-2 Risk workshop)',
      'RM-3 Risk in portfolios – builds towards level 2 · next session on Mar 11, 2027 · first complete “Risk workshop”Enrol (RM-3 Risk in portfolios)',
      'RM-4 Risk appetite – builds towards level 2 · no session planned'
    ]);
    expect(screen.getAllByTestId('maturity-enrol')).toHaveLength(2);
  });

  it('says why a submission failed when many colleagues submit at once, and keeps the answers', async () => {
    const s = service(assessment({}, 'New'), { submit: () => Promise.reject(new MaturityRefusedError('busy', 'answers')) });
    render(<Maturity maturity={s} locale="en-us" siteUrl={site} />);
    await screen.findByTestId('maturity-assessment');
    answerAll(3);
    fireEvent.click(screen.getByTestId('maturity-submit'));
    expect(await screen.findByText('Many colleagues submitted at the same moment. Your answers are saved; submit again in a moment.')).toBeTruthy();
    expect((within(group('ResourceManagement-2')).getByLabelText(/^Level 3 – /) as HTMLInputElement).checked).toBe(true);
  });

  it('opens a submitted assessment at its result; with nothing submitted the result tab says so', async () => {
    const answers = Object.fromEntries(QUESTIONS.map(q => [q.key, 4]));
    const done = assessment(answers, 'Submitted', maturityResult(model, answers));
    render(<Maturity maturity={service(done)} locale="en-us" siteUrl={site} />);
    expect((await screen.findByTestId('maturity-overall')).textContent).toBe('Overall level: 4 Managed');
    expect(screen.getByText('Your levels meet the PMO\'s targets in every perspective: no training is needed for now.')).toBeTruthy();
  });

  it('shows the PMO departments × quarters, a group under 5 only as "hidden" and never its count, and saves the targets', async () => {
    const s = service(assessment({}, 'New'), { pmo: true });
    render(<Maturity maturity={s} locale="en-us" siteUrl={site} />);
    await screen.findByTestId('maturity-assessment');
    fireEvent.click(screen.getByRole('tab', { name: 'Organisation' }));
    const table = await screen.findByTestId('maturity-org-table');
    const cells = within(table).getAllByTestId('maturity-org-cell').map(c => c.textContent);
    expect(cells).toEqual(['2.3 · 6 respondents', 'fewer than 5 respondents — hidden, or none', 'fewer than 5 respondents — hidden, or none', '2.8 · 8 respondents']);
    expect(screen.getByTestId('maturity-org-hidden').textContent).toBe('3 groups: fewer than 5 respondents — hidden.');
    expect(within(screen.getByTestId('maturity-org-perspectives')).getAllByRole('row')).toHaveLength(2); // the header and IT in 2026-Q4
    // The quarters read as people write them, the stored key nowhere.
    expect(within(table).getAllByRole('columnheader').map(c => c.textContent)).toEqual(['Department', 'Q3 2026', 'Q4 2026']);
    expect(screen.getByTestId('maturity-org-perspectives').querySelector('caption')?.textContent).toBe('Average level by perspective in Q4 2026');
    expect(screen.queryByText(/2026-Q/)).toBeNull();
    fireEvent.change(screen.getByLabelText('Target for Risk management'), { target: { value: '4' } });
    await act(async () => { fireEvent.click(screen.getByTestId('maturity-targets-save')); });
    expect(s.saveTargets).toHaveBeenCalledWith({ ...targets, RiskManagement: 4 });
    expect(screen.getByText('The targets are saved.')).toBeTruthy();
  });

  it('lets the PMO edit a question in every language: the problems name their field and language, nothing is saved half-way', async () => {
    const s = service(assessment({}, 'New'), { pmo: true });
    render(<Maturity maturity={s} locale="en-us" siteUrl={site} />);
    await screen.findByTestId('maturity-assessment');
    fireEvent.click(screen.getByRole('tab', { name: 'Organisation' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Edit RiskManagement-1' }));
    const form = screen.getByTestId('maturity-question-form');
    fireEvent.change(within(form).getByLabelText(/^Answer for level 3 – Defined/), { target: { value: ' ' } });
    fireEvent.change(within(form).getByLabelText('Texts in'), { target: { value: 'de' } });
    fireEvent.change(within(form).getByLabelText(/^Question/), { target: { value: 'Wie werden Risiken gesteuert?' } });
    fireEvent.click(screen.getByTestId('maturity-question-save'));
    const problems = within(screen.getByTestId('maturity-question-problems')).getAllByRole('listitem').map(li => li.textContent);
    expect(problems).toEqual([
      '“Answer for level 3 – Defined (English)” is required.',
      ...[1, 2, 3, 4, 5].map(l => `“Answer for level ${l} – ${['Awareness', 'Repeatable', 'Defined', 'Managed', 'Optimized'][l - 1]} (German)” is required.`)
    ]);
    // The first problem is in English: the form shows English again, the field marked and focused.
    expect((within(form).getByLabelText('Texts in') as HTMLSelectElement).value).toBe('en');
    const answer3 = within(form).getByLabelText(/^Answer for level 3 – Defined/);
    expect(answer3.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(answer3));
    expect(s.saveQuestion).not.toHaveBeenCalled();
    fireEvent.change(answer3, { target: { value: 'Risks are managed the same way everywhere.' } });
    fireEvent.change(within(form).getByLabelText('Texts in'), { target: { value: 'de' } });
    fireEvent.change(within(form).getByLabelText(/^Question/), { target: { value: '' } });
    fireEvent.change(within(form).getByLabelText(/^Code/), { target: { value: 'TAKEN' } });
    fireEvent.click(screen.getByTestId('maturity-question-save'));
    // The code another question has: that question is named, nothing is saved.
    expect(await screen.findByText('“Code” is already used by the question “How are risks identified?”.', { selector: 'li' })).toBeTruthy();
    expect(s.saveQuestion).toHaveBeenCalledWith({
      id: 7, code: 'TAKEN', perspective: 'RiskManagement', order: 7, active: true,
      texts: { en: { q: 'Question 1 on RiskManagement', a: ['A1 of RiskManagement-1', 'A2 of RiskManagement-1', 'Risks are managed the same way everywhere.', 'A4 of RiskManagement-1', 'A5 of RiskManagement-1'] } }
    });
    fireEvent.change(within(form).getByLabelText(/^Code/), { target: { value: 'BAD' } });
    fireEvent.click(screen.getByTestId('maturity-question-save'));
    expect(await screen.findByText('“Code”: 2 to 32 characters, used by no other question.', { selector: 'li' })).toBeTruthy();
    fireEvent.change(within(form).getByLabelText(/^Code/), { target: { value: 'RM1' } });
    await act(async () => { fireEvent.click(screen.getByTestId('maturity-question-save')); });
    expect(await screen.findByText('The question is saved.')).toBeTruthy();
    expect(s.allQuestions).toHaveBeenCalledTimes(2);
  });

  it("moves the focus to a question's form when it opens and back to what opened it when it closes; the order is read in the user's locale", async () => {
    const s = service(assessment({}, 'New'), { pmo: true });
    render(<Maturity maturity={s} locale="de-de" siteUrl={site} />);
    await screen.findByTestId('maturity-assessment');
    fireEvent.click(screen.getByRole('tab', { name: 'Organisation' }));
    const edit = await screen.findByTestId('maturity-question-edit-RiskManagement-1');
    edit.focus();
    fireEvent.click(edit);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Question RiskManagement-1' })));
    fireEvent.click(within(screen.getByTestId('maturity-question-form')).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('maturity-question-edit-RiskManagement-1')));
    fireEvent.click(screen.getByTestId('maturity-question-add'));
    // German: "1.000" is a thousand (the locale's grouping), as the form writes it.
    const form = screen.getByTestId('maturity-question-form');
    expect((within(form).getByLabelText(/^Order/) as HTMLInputElement).value).toBe('24');
    fireEvent.change(within(form).getByLabelText(/^Order/), { target: { value: '1.010' } });
    fireEvent.change(within(form).getByLabelText(/^Code/), { target: { value: 'NEW1' } });
    fireEvent.change(within(form).getByLabelText(/^Question/), { target: { value: 'New question?' } });
    [/^Answer for level 1/, /^Answer for level 2/, /^Answer for level 3/, /^Answer for level 4/, /^Answer for level 5/]
      .forEach((label, i) => fireEvent.change(within(form).getByLabelText(label), { target: { value: `Answer ${i + 1}` } }));
    await act(async () => { fireEvent.click(screen.getByTestId('maturity-question-save')); });
    expect(s.saveQuestion).toHaveBeenCalledWith(expect.objectContaining({ code: 'NEW1', order: 1010 }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('maturity-question-add')));
    expect(screen.getByText('The question is saved.')).toBeTruthy();
  });

  it('speaks Dutch: the tabs, the perspectives and the levels', async () => {
    useTestLocale('nl-nl');
    render(<Maturity maturity={service()} locale="nl-nl" siteUrl={site} />);
    await screen.findByTestId('maturity-assessment');
    expect(screen.getAllByRole('tab').map(t => t.textContent)).toEqual(['Beoordeling', 'Resultaat en plan']);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Volwassenheidsmeting');
    expect(within(group('OrganizationalGovernance-1')).getByLabelText(/^Niveau 5 – Geoptimaliseerd: /)).toBeTruthy();
  });

  it('offers "Try again" after a failed load', async () => {
    const s = service();
    (s.myAssessment as jest.Mock).mockRejectedValueOnce(new Error('network down'));
    render(<Maturity maturity={s} locale="en-us" siteUrl={site} />);
    fireEvent.click(await screen.findByRole('button', { name: /Try again/ }));
    expect(await screen.findByTestId('maturity-assessment')).toBeTruthy();
  });
});

describe('a question code another question has', () => {
  afterEach(() => useTestLocale('en-us'));
  const holder = { en: 'How are risks identified?', fr: 'Comment les risques sont-ils identifiés ?' };

  it('names that question in the user\'s language', () => {
    useTestLocale('fr-fr');
    expect(refusalProblem(new MaturityRefusedError('taken', 'code', holder.en, holder), 'fr-FR'))
      .toEqual({ field: 'code', text: '« Code » est déjà utilisé par la question « Comment les risques sont-ils identifiés ? ».' });
  });

  it('names it in English when it has no text in the user\'s language, or by what the service gave', () => {
    useTestLocale('de-de');
    expect(refusalProblem(new MaturityRefusedError('taken', 'code', holder.en, holder), 'de-DE')?.text).toBe('„Code“ wird bereits von der Frage „How are risks identified?“ verwendet.');
    expect(refusalProblem(new MaturityRefusedError('taken', 'code', 'RM-1'), 'de-DE')?.text).toContain('„RM-1“');
  });
});
