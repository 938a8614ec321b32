import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Benefits } from './Benefits';
import { benefitInputOf, benefitProblems, benefitValuesOf } from './BenefitForm';
import { measurementProblems } from './MeasurementForm';
import { progressText } from './BenefitRegister';
import { benefitRealisation } from '../../domain/governance/benefits';
import type { IControllingService, IProjectPage } from '../../services/ControllingService';
import type { IBenefit, IBenefitInput, IBenefitService, IMeasurementInput } from '../../services/BenefitService';
import { useTestLocale, type Locale } from '../../../tools/jest/locale';

/** Service doubles: the real BenefitService and ControllingService run against the emulator in their own tests. */
function controlling(canFile: boolean): Pick<IControllingService, 'getProjectPage'> {
  return { getProjectPage: async () => ({ overview: { id: 12, title: 'Digital archive', code: 'PRJ-012', projectManager: { id: 5, name: 'Pia Manager' } }, canFile }) as unknown as IProjectPage };
}

function benefitService(): IBenefitService & { sent: Array<[string, unknown]>; conflictOnce: boolean } {
  let list: IBenefit[] = [];
  let etag = 1;
  const make = (id: number, input: IBenefitInput, measurements: IBenefit['measurements'] = []): IBenefit => {
    const b = {
      id, projectId: 12, title: input.title ?? '', measure: input.measure ?? undefined, baseline: input.baseline ?? undefined, target: input.target ?? undefined,
      unit: input.unit ?? undefined, ownerId: input.ownerId || undefined, ownerName: input.ownerId === 5 ? 'Pia Manager' : undefined, plannedDate: input.plannedDate || undefined,
      status: input.status ?? 'Planned', etag: `"${etag++}"`, measurements
    };
    return { ...b, realisation: benefitRealisation({ ...b, measurements }, '2026-11-01') };
  };
  const s = {
    sent: [] as Array<[string, unknown]>,
    conflictOnce: false,
    listBenefits: async () => list,
    addBenefit: async (_p: number, input: IBenefitInput) => { s.sent.push(['add', input]); const b = make(list.length + 1, input); list = [...list, b]; return b; },
    updateBenefit: async (id: number, input: IBenefitInput, tag: string) => {
      s.sent.push(['update', { id, input, tag }]);
      if (s.conflictOnce) { s.conflictOnce = false; list = list.map(b => (b.id === id ? { ...b, etag: `"${etag++}"` } : b)); throw Object.assign(new Error('412'), { status: 412 }); }
      const old = list.filter(b => b.id === id)[0];
      const b = make(id, { ...old, ...input }, old.measurements);
      list = list.map(x => (x.id === id ? b : x));
      return b;
    },
    removeBenefit: async () => undefined,
    addMeasurement: async (id: number, m: IMeasurementInput) => {
      s.sent.push(['measure', { id, ...m }]);
      const old = list.filter(b => b.id === id)[0];
      const b = make(id, old, [...old.measurements, { id: 100 + old.measurements.length, on: m.on, value: m.value, comment: m.comment }]);
      list = list.map(x => (x.id === id ? b : x));
      return b;
    }
  };
  return s;
}

const site = 'https://contoso.sharepoint.com/sites/pmo';

beforeEach(() => useTestLocale('en-us'));

describe('the benefits register', () => {
  it('lets the project manager add a benefit (amounts in the user\'s locale, problems naming the field) and record a measurement', async () => {
    const s = benefitService();
    render(<Benefits controlling={controlling(true)} benefits={s} locale="en-us" projectId={12} siteUrl={site} today="2026-11-01" />);
    await screen.findByTestId('benefits-empty');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Benefits: Digital archive (PRJ-012)');
    fireEvent.click(screen.getByTestId('benefits-add'));
    // The form loads with its own chunk.
    fireEvent.change(await screen.findByLabelText('Baseline'), { target: { value: '1,5' } });
    await act(async () => { fireEvent.click(screen.getByTestId('benefit-save')); });
    const problems = screen.getByTestId('benefit-problems').textContent ?? '';
    expect(problems).toContain('“Benefit” is required.');
    expect(problems).toContain('“Baseline”: enter a number such as 1,234.5.');
    expect(screen.getByRole('textbox', { name: /^Benefit/ }).getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement?.id).toBe('benefit-title');
    expect(s.sent).toEqual([]);
    fireEvent.change(screen.getByRole('textbox', { name: /^Benefit/ }), { target: { value: 'Shorter processing time' } });
    fireEvent.change(screen.getByLabelText('Unit'), { target: { value: 'days' } });
    fireEvent.change(screen.getByLabelText('Baseline'), { target: { value: '1,234.5' } });
    fireEvent.change(screen.getByLabelText('Target'), { target: { value: '600' } });
    fireEvent.change(screen.getByLabelText('Owner'), { target: { value: '5' } });
    await act(async () => { fireEvent.click(screen.getByTestId('benefit-save')); });
    await screen.findByText('The benefit “Shorter processing time” has been saved.');
    expect(s.sent[0]).toEqual(['add', expect.objectContaining({ title: 'Shorter processing time', baseline: 1234.5, target: 600, unit: 'days', ownerId: 5, status: 'Planned' })]);
    const row = await screen.findByTestId('benefit-row');
    expect(within(row).getByRole('rowheader').textContent).toBe('Shorter processing time');
    expect(row.textContent).toContain('1,234.5 days');
    expect(row.textContent).toContain('Pia Manager');
    fireEvent.click(within(row).getByRole('button', { name: 'Record a measurement of “Shorter processing time”' }));
    const measurementSave = await screen.findByTestId('measurement-save');
    await act(async () => { fireEvent.click(measurementSave); });
    expect(screen.getByTestId('measurement-problems').textContent).toContain('“Realised value” is required.');
    fireEvent.change(screen.getByLabelText('Realised value (days)'), { target: { value: '917.25' } });
    await act(async () => { fireEvent.click(screen.getByTestId('measurement-save')); });
    await screen.findByText('The measurement of “Shorter processing time” has been recorded.');
    expect(s.sent[1]).toEqual(['measure', { id: 1, value: 917.25, on: '2026-11-01', comment: undefined }]);
    await waitFor(() => expect(screen.getByTestId('benefit-realised').textContent).toBe('917.25 days50% of the way to the target'));
    expect(screen.getByTestId('benefit-realised-on').textContent).toBe('Nov 1, 2026');
    fireEvent.click(screen.getByRole('button', { name: 'Show the measurements of “Shorter processing time”' }));
    expect(within(screen.getByTestId('benefit-history')).getAllByRole('row')).toHaveLength(2);
  });

  it('says when someone saved first and shows the stored values read again', async () => {
    const s = benefitService();
    await s.addBenefit(12, { title: 'Fewer complaints', baseline: 100, target: 40 });
    s.sent.length = 0;
    s.conflictOnce = true;
    render(<Benefits controlling={controlling(true)} benefits={s} locale="en-us" projectId={12} siteUrl={site} today="2026-11-01" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit the benefit “Fewer complaints”' }));
    fireEvent.change(screen.getByLabelText('Target'), { target: { value: '30' } });
    await act(async () => { fireEvent.click(screen.getByTestId('benefit-save')); });
    await screen.findByText(/Someone else saved this benefit in the meantime/);
    expect(s.sent[0]).toEqual(['update', expect.objectContaining({ id: 1, tag: '"1"' })]);
  });

  it('shows others the register read only, and without a project says to open it from one', async () => {
    const s = benefitService();
    await s.addBenefit(12, { title: 'Fewer complaints' });
    const { unmount } = render(<Benefits controlling={controlling(false)} benefits={s} locale="en-us" projectId={12} siteUrl={site} />);
    await screen.findByTestId('benefits-read-only');
    expect(screen.queryByTestId('benefits-add')).toBeNull();
    expect(screen.queryByTestId('benefit-edit')).toBeNull();
    expect(screen.queryByTestId('benefit-record')).toBeNull();
    unmount();
    render(<Benefits controlling={controlling(true)} benefits={s} locale="en-us" siteUrl={site} />);
    expect(screen.getByTestId('benefits-no-project').textContent).toMatch(/^The benefits register belongs to a project/);
    expect(screen.getByRole('link', { name: 'Open the portfolio' }).getAttribute('href')).toBe(`${site}/SitePages/Portfolio.aspx`);
  });

  it('reads German amounts ("1.234,5" is 1234.5) and writes them back the German way', () => {
    useTestLocale('de-de');
    const v = { ...benefitValuesOf(undefined, 'de-de'), title: 'Kürzere Bearbeitungszeit', baseline: '1.234,5', target: '1,5' };
    expect(benefitProblems(v, 'de-de')).toEqual({});
    expect(benefitInputOf(v, 'de-de')).toEqual(expect.objectContaining({ baseline: 1234.5, target: 1.5 }));
    // A benefit's baseline or target is a number (tickets, days, %), not always money: the message asks for a number.
    expect(benefitProblems({ ...v, target: '1.5' }, 'de-de').target).toBe('„Zielwert“: Geben Sie eine Zahl wie 1.234,5 ein.');
    expect(benefitValuesOf({ baseline: 1234.5 } as IBenefit, 'de-de').baseline).toBe('1.234,5');
  });

  it.each([
    ['en-us', '“Baseline”: enter a number such as 1,234.5.'], ['de-de', '„Ausgangswert“: Geben Sie eine Zahl wie 1.234,5 ein.'],
    ['fr-fr', '« Valeur de référence » : saisissez un nombre tel que 1\u202f234,5.'], ['nl-nl', '‘Nulmeting’: vul een getal in zoals 1.234,5.'],
    ['it-it', '«Valore di partenza»: inserisci un numero come 1.234,5.']
  ] as Array<[Locale, string]>)('asks for a number, never an amount, in %s, for the baseline, the target and a measurement', (locale, message) => {
    useTestLocale(locale);
    const v = { ...benefitValuesOf(undefined, locale), title: 'Tickets', baseline: 'ten tickets' };
    expect(benefitProblems(v, locale).baseline).toBe(message);
    expect(measurementProblems({ value: 'abc', on: '2026-11-01', comment: '' }, locale).value).not.toMatch(/amount|Betrag|montant|bedrag|importo/i);
  });

  it('formats the progress toward the target as a percentage of the user\'s locale (7% in English, 7 % in German)', () => {
    const at = (progressPercent: number): Pick<IBenefit, 'realisation'> => ({ realisation: { progressPercent } as IBenefit['realisation'] });
    useTestLocale('en-us');
    expect(progressText(at(7), 'en-us')).toBe('7% of the way to the target');
    useTestLocale('de-de');
    expect(progressText(at(7), 'de-de')).toBe('7\u00a0% des Wegs zum Zielwert');
    useTestLocale('it-it');
    expect(progressText(at(120), 'it-it')).toBe('120% del percorso verso l’obiettivo');
  });

  it('heads the register with the form\'s own terms (Italian: "Valore di partenza", not "Baseline")', async () => {
    useTestLocale('it-it');
    const s = benefitService();
    await s.addBenefit(12, { title: 'Meno reclami', baseline: 100, target: 40 });
    render(<Benefits controlling={controlling(true)} benefits={s} locale="it-it" projectId={12} siteUrl={site} today="2026-11-01" />);
    const register = await screen.findByTestId('benefits-register');
    const headers = within(register).getAllByRole('columnheader').map(h => h.textContent);
    expect(headers).toEqual(expect.arrayContaining(['Valore di partenza', 'Obiettivo', 'Responsabile', 'Realizzazione prevista']));
    expect(headers).not.toContain('Baseline');
    expect(screen.getByRole('link', { name: 'Apri la pagina del progetto' })).toBeTruthy();
  });
});
