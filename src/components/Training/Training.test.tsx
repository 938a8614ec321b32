import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Training, moduleFromSearch } from './Training';
import { filterModules } from './Catalogue';
import { checkModule, checkSession } from './manage/forms';
import { checkCommunity } from './manage/CommunityForm';
import type { SeatStatus } from '../../domain/training';
import type { ICommunityService } from '../../services/CommunityService';
import type { IMyEnrolment, ISessionInput, ITrainingCatalogue, ITrainingModule, ITrainingService, ITrainingSession } from '../../services/TrainingService';
import { useTestLocale } from '../../../tools/jest/locale';

const pmb: ITrainingModule = {
  id: 1, code: 'TR-PMB', title: 'Project management basics', summary: 'Scope, plan, schedule.', audience: ['ProjectManager', 'Trainee'], level: 'Foundation', durationHours: 14,
  format: 'Classroom', language: 'en', prerequisites: 'None needed', materials: [{ title: 'Handbook', url: 'https://contoso.example/handbook.pdf' }], pathId: 7, pathStep: 1, perspectives: [], active: true
};
const scrum: ITrainingModule = { ...pmb, id: 2, code: 'TR-SCRUM', title: 'Scrum basics', level: 'Practitioner', format: 'Online', language: 'de', materials: [], pathId: undefined, pathStep: undefined };

function session(id: number, moduleId: number, extra: Partial<ITrainingSession> = {}): ITrainingSession {
  return {
    id, moduleId, title: `Session ${id}`, startUtc: '2027-03-04T08:00:00Z', endUtc: '2027-03-04T16:00:00Z', timeZone: 'Europe/Brussels', venue: 'Brussels – Salle Europa',
    capacity: 1, status: 'Open', counts: { enrolled: 1, waiting: 0, free: 0 }, bookable: true, ...extra
  };
}

/** A service double: the real TrainingService runs against the emulator in its own tests. */
function service(opts: { mine?: IMyEnrolment[]; enrolAs?: SeatStatus; manage?: boolean; enrol?: boolean } = {}): ITrainingService & { calls: string[] } {
  const catalogue: ITrainingCatalogue = {
    paths: [{ id: 7, title: 'New project manager', audience: [], steps: [{ moduleId: 1, step: 1 }] }], modules: [pmb, scrum],
    sessions: [session(11, 1), session(12, 2, { counts: { enrolled: 0, waiting: 0, free: 1 }, onlineUrl: 'https://teams.example/meet' })],
    heldSessions: opts.manage ? [session(10, 1, { startUtc: '2026-10-05T07:00:00Z', endUtc: '2026-10-06T15:00:00Z', bookable: false })] : [],
    canManage: { catalogue: !!opts.manage, attendance: !!opts.manage, enrol: opts.enrol ?? true }
  };
  const calls: string[] = [];
  const s = {
    calls,
    catalogue: () => Promise.resolve(catalogue),
    mySessions: () => Promise.resolve(opts.mine ?? []),
    enrol: (id: number) => { calls.push(`enrol ${id}`); return Promise.resolve({ enrolmentId: 99, status: opts.enrolAs ?? { kind: 'waiting', position: 1 } }); },
    cancel: (id: number, etag?: string) => { calls.push(`cancel ${id} ${etag ?? ''}`); return Promise.resolve(); },
    confirmSeat: (id: number) => { calls.push(`confirm ${id}`); return Promise.resolve({ kind: 'enrolled', seat: 1 } as SeatStatus); },
    invite: (id: number) => { calls.push(`invite ${id}`); return Promise.resolve({ fileName: 'x.ics', content: 'BEGIN:VCALENDAR' }); },
    myLearning: () => Promise.resolve({ chosenPathId: 7, paths: [{ pathId: 7, done: 0, total: 1, next: 1 }], completions: [], recommendedModuleIds: [1] }),
    myCompletedModules: () => Promise.resolve([]),
    roster: () => Promise.reject(new Error('not used')),
    recordAttendance: () => Promise.resolve(),
    completionRates: () => Promise.resolve([]),
    saveModule: () => Promise.resolve(1),
    savePath: () => Promise.resolve(1),
    saveSession: (input: ISessionInput) => { calls.push(`session ${JSON.stringify({ moduleId: input.moduleId, trainerId: input.trainerId })}`); return Promise.resolve(1); },
    trainers: () => Promise.resolve([{ id: 31, name: 'Luc Moreau' }, { id: 32, name: 'Sanne de Vries' }])
  };
  return s;
}

const communities: ICommunityService = {
  communities: () => Promise.resolve({ communities: [], canManage: false }), join: () => Promise.resolve(), leave: () => Promise.resolve(), save: () => Promise.resolve(1), archive: () => Promise.resolve(),
  people: () => Promise.resolve([])
};

function show(training: ITrainingService, search: string = '', timeZone: string = 'Europe/London'): void {
  render(<Training training={training} communities={communities} locale="en-GB" siteUrl="https://contoso.sharepoint.com/sites/pmo" search={search} timeZone={timeZone} />);
}

beforeEach(() => useTestLocale('en-us'));

describe('the Training web part', () => {
  it('filters the catalogue by level, format and language', async () => {
    show(service());
    await screen.findByTestId('training-catalogue');
    expect(screen.getAllByTestId('training-module')).toHaveLength(2);
    fireEvent.change(screen.getByLabelText('Level'), { target: { value: 'Practitioner' } });
    expect(screen.getAllByTestId('training-module').map(m => m.getAttribute('data-module'))).toEqual(['2']);
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'en' } });
    expect(screen.queryAllByTestId('training-module')).toHaveLength(0);
    expect(screen.getByText('No module matches these filters.')).toBeTruthy();
    expect(filterModules([pmb, scrum, { ...pmb, id: 3, active: false }], { level: '', format: 'Classroom', language: '' }).map(m => m.id)).toEqual([1]);
  });

  it('opens the module of ?module= with its facts, materials as links, its path and next sessions in the viewer\'s zone with the session\'s own zone named', async () => {
    expect(moduleFromSearch('?module=1&lang=de')).toBe(1);
    expect(moduleFromSearch('?module=abc')).toBeUndefined();
    show(service(), '?module=1');
    const detail = await screen.findByTestId('training-module-detail');
    expect(within(detail).getByRole('heading', { name: 'Project management basics' })).toBeTruthy();
    expect(within(detail).getByTestId('training-prerequisites').textContent).toBe('None needed');
    expect(within(detail).getByRole('link', { name: 'Handbook' }).getAttribute('href')).toBe('https://contoso.example/handbook.pdf');
    expect(within(detail).getByText('Project managers, Trainees')).toBeTruthy();
    expect(within(detail).getByTestId('training-path').textContent).toContain('Project management basics');
    // 08:00 UTC in March: 08:00 in London (GMT), 09:00 at the session in Brussels (CET).
    expect(within(detail).getByTestId('training-session-time').textContent).toMatch(/08:00/);
    expect(within(detail).getByTestId('training-session-localtime').textContent).toMatch(/^Local time at the session: .*09:00.*\(/);
    expect(within(detail).getByTestId('training-session-seats').textContent).toBe('Full – waiting list: 0');
    expect(within(detail).getByTestId('training-enrol').textContent).toBe('Join the waiting list');
  });

  it('names no second zone when the viewer is in the session\'s zone', async () => {
    show(service(), '?module=1', 'Europe/Brussels');
    await screen.findByTestId('training-module-detail');
    expect(screen.queryByTestId('training-session-localtime')).toBeNull();
  });

  it('enrols in a full session and says the waiting position', async () => {
    const s = service();
    show(s, '?module=1');
    fireEvent.click(await screen.findByTestId('training-enrol'));
    expect((await screen.findByTestId('training-message')).textContent).toContain('you are on the waiting list, position 1');
    expect(s.calls).toEqual(['enrol 11']);
  });

  it('asks before cancelling a place and cancels with the enrolment\'s ETag only when confirmed', async () => {
    const mine: IMyEnrolment = { id: 5, etag: '"3"', session: session(11, 1), status: { kind: 'waiting', position: 2 }, needsConfirmation: false };
    const s = service({ mine: [mine] });
    show(s, '?module=1');
    expect((await screen.findByTestId('training-my-status')).textContent).toBe('Waiting, position 2');
    expect(screen.queryByTestId('training-ics')).toBeNull(); // the .ics only for a seat
    fireEvent.click(screen.getByTestId('training-cancel'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('training-cancel-yes')));
    fireEvent.click(screen.getByTestId('training-cancel-keep'));
    expect(s.calls).toEqual([]);
    // Keeping the place brings the keyboard back to "Cancel my place"; Escape keeps it too.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('training-cancel')));
    fireEvent.click(screen.getByTestId('training-cancel'));
    fireEvent.keyDown(await screen.findByTestId('training-cancel-yes'), { key: 'Escape' });
    expect(screen.queryByTestId('training-cancel-confirm')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('training-cancel')));
    fireEvent.click(screen.getByTestId('training-cancel'));
    fireEvent.click(screen.getByTestId('training-cancel-yes'));
    expect((await screen.findByTestId('training-message')).textContent).toBe('Your place has been cancelled.');
    expect(s.calls).toEqual(['cancel 5 "3"']);
  });

  it('offers no Enrol to someone SharePoint does not let enrol (IT management), and says why', async () => {
    show(service({ enrol: false }), '?module=1');
    expect(await screen.findByTestId('training-no-enrol-right')).toBeTruthy();
    expect(screen.getAllByTestId('training-session').length).toBeGreaterThan(0);
    expect(screen.queryByTestId('training-enrol')).toBeNull();
  });

  it('shows a session that has ended as held in My learning: no seats, no calendar file, nothing to cancel', async () => {
    const past: IMyEnrolment = { id: 7, etag: '"1"', session: session(11, 1, { startUtc: '2026-08-18T07:00:00Z', endUtc: '2026-08-19T15:00:00Z', bookable: false }), status: { kind: 'enrolled', seat: 1 }, needsConfirmation: false };
    show(service({ mine: [past] }));
    fireEvent.click(await screen.findByRole('tab', { name: 'My learning' }));
    const line = (await screen.findAllByTestId('training-session')).filter(l => l.getAttribute('data-session') === '11')[0];
    expect(line.getAttribute('data-ended')).toBe('true');
    expect(within(line).getByTestId('training-my-status').textContent).toBe('Held');
    for (const id of ['training-cancel', 'training-ics', 'training-session-seats', 'training-enrol']) expect(within(line).queryByTestId(id)).toBeNull();
  });

  it('tells a trainee who moved up once that a seat is theirs, records it as seen and offers the .ics', async () => {
    const mine: IMyEnrolment = { id: 6, etag: '"1"', session: session(11, 1, { startUtc: '2099-03-04T08:00:00Z', endUtc: '2099-03-04T16:00:00Z' }), status: { kind: 'enrolled', seat: 1 }, needsConfirmation: true };
    const s = service({ mine: [mine] });
    const createObjectURL = jest.fn(() => 'blob:ics');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    show(s);
    expect((await screen.findByTestId('training-seat-notice')).textContent).toContain('A seat is yours now: you moved up from the waiting list of Project management basics – 4 Mar 2099, 09:00 CET, Brussels – Salle Europa.');
    await waitFor(() => expect(s.calls).toContain('confirm 6'));
    await act(async () => { fireEvent.click(screen.getByTestId('training-seat-ics')); });
    await waitFor(() => expect(s.calls).toContain('invite 6'));
    expect(createObjectURL).toHaveBeenCalled();
  });

  it('shows My learning with the path progress and the recommended modules, and the Manage tab only to trainers and the PMO', async () => {
    show(service());
    fireEvent.click(await screen.findByRole('tab', { name: 'My learning' }));
    expect((await screen.findByTestId('training-progress')).textContent).toContain('0 of 1 modules completed');
    expect(within(screen.getByTestId('training-recommended')).getByRole('button', { name: 'Project management basics' })).toBeTruthy();
    expect(screen.queryByRole('tab', { name: 'Manage' })).toBeNull();
  });

  it('offers the Manage tab to trainers and the PMO, whose rosters start with the session held last (attendance is recorded after a course)', async () => {
    show(service({ manage: true }));
    fireEvent.click(await screen.findByRole('tab', { name: 'Manage' }));
    const choice = (await screen.findByLabelText('Session')) as HTMLSelectElement;
    expect(Array.from(choice.options).map(o => o.textContent)).toEqual([
      expect.stringMatching(/^Project management basics – .* \(held\)$/), expect.stringMatching(/^Project management basics – /), expect.stringMatching(/^Scrum basics – /)
    ]);
    expect(choice.value).toBe('10');
  });

  it("captions the roster as the page names a session: module – day and time in the session's zone, place", async () => {
    const svc = service({ manage: true });
    const held = session(10, 1, { startUtc: '2026-10-05T07:00:00Z', endUtc: '2026-10-06T15:00:00Z', bookable: false });
    svc.roster = () => Promise.resolve({ session: held, lines: [{ enrolmentId: 5, status: { kind: 'enrolled', seat: 1 }, person: { id: 40, title: 'Femke Jansen' } }] });
    show(svc);
    fireEvent.click(await screen.findByRole('tab', { name: 'Manage' }));
    const table = await screen.findByRole('table', { name: /^People enrolled in/ });
    expect(table.querySelector('caption')?.textContent?.replace(/[\u202f\u00a0]/g, ' '))
      .toBe('People enrolled in Project management basics – 5 Oct 2026, 09:00 CEST, Brussels – Salle Europa, with those waiting');
    expect(screen.queryByText(/Session 10/)).toBeNull();
    // The session has begun (5 October 2026): attendance can be recorded.
    expect(screen.getAllByRole('checkbox', { name: /Femke Jansen/ })).toHaveLength(2);
  });

  it('gives a new session its trainer, chosen among the trainers and PMO officers', async () => {
    const svc = service({ manage: true });
    show(svc);
    fireEvent.click(await screen.findByRole('tab', { name: 'Manage' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Add a session' }));
    const trainer = (await screen.findByLabelText('Trainer')) as HTMLSelectElement;
    await waitFor(() => expect(Array.from(trainer.options).map(o => o.textContent)).toEqual(['Not chosen yet', 'Luc Moreau', 'Sanne de Vries']));
    fireEvent.change(screen.getByLabelText('Module', { selector: 'select' }), { target: { value: '1' } });
    fireEvent.change(screen.getByLabelText(/^Start/), { target: { value: '2027-03-04 09:00' } });
    fireEvent.change(screen.getByLabelText(/^End/), { target: { value: '2027-03-04 17:00' } });
    fireEvent.change(screen.getByLabelText(/^Place/), { target: { value: 'Rome' } });
    fireEvent.change(trainer, { target: { value: '32' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(svc.calls).toContain('session {"moduleId":1,"trainerId":32}'));
  });

  it('names a Materials line that has no http(s) or mailto link instead of saving text that would lose it', () => {
    const values = {
      code: 'TR-X', title: 'X', summary: '', durationHours: '', prerequisites: '', pathStep: '', level: 'Foundation' as const, format: 'Classroom' as const,
      language: 'en', pathId: '', targetLevel: '', audience: [], perspectives: [], active: true
    };
    expect(checkModule({ ...values, materials: 'Guide | https://x.example/g\nGuide | javascript:alert(1)\nbroken line' }, 'en-us')).toEqual({ materials: '“Materials”: lines 2 and 3 have no http(s) or mailto link (title | https://…).' });
    expect(checkModule({ ...values, materials: 'Guide | https://x.example/g\n\nmailto:t@x.example' }, 'en-us')).toEqual({});
    expect(checkModule({ ...values, materials: 'a\nb\nGuide | https://x.example/g\nc' }, 'en-us').materials).toBe('“Materials”: lines 1, 2 and 4 have no http(s) or mailto link (title | https://…).');
    useTestLocale('fr-fr');
    expect(checkModule({ ...values, materials: 'a\nb' }, 'fr-fr').materials).toBe('« Supports » : les lignes 1 et 2 ne contiennent pas de lien http(s) ou mailto (titre | https://…).');
  });

  it('names every Next events line of a community that is not an event', () => {
    const values = { title: 'Risk round table', summary: '', teamsLink: '', topic: 'Risk' };
    expect(checkCommunity({ ...values, nextEvents: '2027-03-04T16:00Z | Meetup\nsoon | Social\n2027-03-05T16:00Z |' }).nextEvents)
      .toBe('“Next events”: lines 2 and 3 are not events (2027-03-04T16:00Z | title | https://…).');
    expect(checkCommunity({ ...values, nextEvents: 'soon' }).nextEvents).toBe('“Next events”: line 1 is not an event (2027-03-04T16:00Z | title | https://…).');
  });

  it('reads the numbers of the module form in the user\'s locale: "3,5" hours is refused in English and 3.5 in German', () => {
    const values = {
      code: 'TR-X', title: 'X', summary: '', durationHours: '', prerequisites: '', pathStep: '', materials: '', level: 'Foundation' as const, format: 'Classroom' as const,
      language: 'en', pathId: '', targetLevel: '', audience: [], perspectives: [], active: true
    };
    expect(checkModule({ ...values, durationHours: '3,5' }, 'en-us')).toEqual({ durationHours: '“Duration (hours)”: enter a number such as 3.5.' });
    expect(checkModule({ ...values, durationHours: '3.5' }, 'en-us')).toEqual({});
    expect(checkModule({ ...values, durationHours: '3,5' }, 'de-de')).toEqual({});
    expect(checkModule({ ...values, durationHours: '0' }, 'en-us')).toEqual({ durationHours: '“Duration (hours)”: enter a number greater than 0.' });
    expect(checkModule({ ...values, pathStep: '2,5' }, 'de-de').pathStep).toMatch(/ganze Zahl|whole number/);
  });

  it('checks a session before sending it, each message naming its field', () => {
    const problems = checkSession({ moduleId: '', localStart: '2027-03-04 9:00', localEnd: '', timeZone: 'Mars/Olympus', capacity: '0', venue: '', onlineUrl: 'http://x', language: 'en', trainerId: '' }, 'en-us');
    expect(problems).toEqual({
      moduleId: '“Module” is required.', localStart: expect.stringMatching(/^“Start”: enter the date and time/), localEnd: '“End” is required.',
      timeZone: '“Time zone” must be a time zone such as Europe/Brussels.', capacity: '“Seats”: enter a number of at least 1.', onlineUrl: '“Online link” is not valid.'
    });
    expect(checkSession({ moduleId: '1', localStart: '2027-03-04 09:00', localEnd: '2027-03-04 08:00', timeZone: 'Europe/Brussels', capacity: '6', venue: 'Rome', onlineUrl: '', language: 'it', trainerId: '' }, 'en-us'))
      .toEqual({ localEnd: '“End” must be after “Start”.' });
    expect(checkSession({ moduleId: '1', localStart: '2027-03-04 09:00', localEnd: '2027-03-04 17:00', timeZone: 'Europe/Rome', capacity: '6', venue: ' ', onlineUrl: '', language: 'it', trainerId: '' }, 'en-us'))
      .toEqual({ venue: '“Place”: give a place or an online link.' });
    // No 13th month nor 25th hour; 02:30 on 28 March 2027 does not exist in Brussels (the clocks jump to 03:00): both named with the other fields.
    expect(checkSession({ moduleId: '1', localStart: '2027-13-45 25:00', localEnd: '2027-03-28 02:30', timeZone: 'Europe/Brussels', capacity: '0', venue: 'Rome', onlineUrl: '', language: 'it', trainerId: '' }, 'en-us'))
      .toEqual({ localStart: expect.stringMatching(/^“Start”: enter the date and time/), localEnd: expect.stringMatching(/^“End”: enter the date and time/), capacity: '“Seats”: enter a number of at least 1.' });
    expect(checkSession({ moduleId: '1', localStart: '2027-02-30 09:00', localEnd: '2027-03-28 03:30', timeZone: 'Europe/Brussels', capacity: '6', venue: 'Rome', onlineUrl: '', language: 'it', trainerId: '' }, 'en-us'))
      .toEqual({ localStart: expect.stringMatching(/^“Start”: enter the date and time/) });
  });

  it('offers Join only for active communities; a member of an archived one can still leave', async () => {
    const base = { summary: '', topic: 'Agile', type: 'CommunityOfPractice', members: 3, nextEvents: [], eventsText: '' };
    const withCommunities: ICommunityService = {
      ...communities,
      communities: () => Promise.resolve({ canManage: false, communities: [
        { ...base, id: 1, title: 'Agile circle', active: true, isMember: false },
        { ...base, id: 2, title: 'PRINCE2 user group (2019–2024)', active: false, isMember: false },
        { ...base, id: 3, title: 'Old risk forum', active: false, isMember: true }
      ] })
    };
    render(<Training training={service()} communities={withCommunities} locale="en-GB" siteUrl="https://contoso.sharepoint.com/sites/pmo" search="" timeZone="Europe/London" />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Communities' }));
    await screen.findByText('Agile circle');
    expect(screen.getAllByTestId('training-community-join').map(b => b.getAttribute('aria-label'))).toEqual([expect.stringContaining('Agile circle')]);
    expect(screen.getAllByTestId('training-community-leave').map(b => b.getAttribute('aria-label'))).toEqual([expect.stringContaining('Old risk forum')]);
  });

  it('speaks Dutch', async () => {
    useTestLocale('nl-nl');
    show(service(), '?module=1');
    expect((await screen.findByTestId('training-enrol')).textContent).toBe('Op de wachtlijst zetten');
    expect(screen.getByRole('tab', { name: 'Mijn leren' })).toBeTruthy();
  });
});

describe('where the keyboard focus goes', () => {
  it("lands on a module's title when its details open, and back on that module in the catalogue", async () => {
    show(service());
    await screen.findByTestId('training-catalogue');
    fireEvent.click(screen.getByRole('button', { name: 'Project management basics' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Project management basics', level: 2 })));
    fireEvent.click(screen.getByTestId('training-back'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Project management basics' })));
  });

  it("returns to the control that opened a maintenance form on Cancel, to the saved entry's row on Save, and says what was saved", async () => {
    const svc = service({ manage: true });
    let saved = 0;
    svc.saveModule = () => { saved++; return Promise.resolve(1); };
    show(svc);
    fireEvent.click(await screen.findByRole('tab', { name: 'Manage' }));
    const add = await screen.findByRole('button', { name: 'Add a module' });
    add.focus();
    fireEvent.click(add);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Add a module' })));
    fireEvent.click(screen.getByTestId('training-module-cancel'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a module' })));
    const row = screen.getByTestId('training-edit-module-1');
    fireEvent.click(row);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Edit the module Project management basics' })));
    await act(async () => { fireEvent.click(screen.getByTestId('training-module-save')); });
    await waitFor(() => expect(saved).toBe(1));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('training-edit-module-1')));
    expect(screen.getByTestId('training-maintenance-status').textContent).toBe('The module has been saved.');
    expect(screen.getByTestId('training-maintenance-status').getAttribute('aria-live')).toBe('polite');
  });

  it('returns to "Add a community" after saving one, says so, and to the Edit button after cancelling an edit; the owner is the creator by default and linked', async () => {
    const me = { id: 40, title: 'Anna Schmidt', email: 'anna.schmidt@pmohub.demo' };
    const saves: Array<{ title: string; ownerId?: number }> = [];
    const agile = { id: 1, title: 'Agile circle', summary: '', topic: 'Agile', type: 'CommunityOfPractice', members: 3, nextEvents: [], eventsText: '', active: true, isMember: false, owner: me };
    const managed: ICommunityService = {
      ...communities,
      communities: () => Promise.resolve({ canManage: true, me, communities: [agile] }),
      save: input => { saves.push({ title: input.title, ownerId: input.ownerId }); return Promise.resolve(2); }
    };
    render(<Training training={service()} communities={managed} locale="en-GB" siteUrl="https://contoso.sharepoint.com/sites/pmo" search="" timeZone="Europe/London" />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Communities' }));
    const owner = await screen.findByTestId('training-community-owner');
    expect(within(owner).getByRole('link', { name: 'Email Anna Schmidt' }).getAttribute('href')).toBe('mailto:anna.schmidt@pmohub.demo');
    expect(within(owner).getByRole('link', { name: 'Chat in Teams (Anna Schmidt)' }).getAttribute('href')).toBe('https://teams.microsoft.com/l/chat/0/0?users=anna.schmidt%40pmohub.demo');
    const add = screen.getByTestId('training-community-add');
    add.focus();
    fireEvent.click(add);
    const heading = await screen.findByRole('heading', { name: 'Add a community' });
    expect(document.activeElement).toBe(heading);
    // The owner is the one who adds it, unless another is chosen.
    expect(screen.getByTestId('training-community-owner-field').textContent).toContain('Anna Schmidt');
    // The Owner label names the owner field (the chosen person's group), not its "Remove Anna Schmidt" button.
    const ownerField = screen.getByRole('group', { name: 'Owner' });
    expect(screen.getByLabelText('Owner')).toBe(ownerField);
    expect(within(ownerField).getByRole('button', { name: 'Remove Anna Schmidt' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Name|^Title/), { target: { value: 'Risk round table' } });
    await act(async () => { fireEvent.click(screen.getByTestId('training-community-save')); });
    await waitFor(() => expect(saves).toEqual([{ title: 'Risk round table', ownerId: 40 }]));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('training-community-add')));
    expect(screen.getByTestId('training-community-status').textContent).toBe('The community has been saved.');
    const edit = screen.getByTestId('training-community-edit-1');
    edit.focus();
    fireEvent.click(edit);
    fireEvent.click(await screen.findByTestId('training-community-cancel'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('training-community-edit-1')));
  });
});

describe('the keyboard after an action replaced or disabled the button it was on', () => {
  /** A service whose enrolments change with enrol and cancel, answering after a tick (the buttons are disabled meanwhile). */
  function stateful(): ITrainingService {
    const s = service({ enrolAs: { kind: 'enrolled', seat: 1 } });
    let mine: IMyEnrolment[] = [];
    const later = <T,>(v: T): Promise<T> => new Promise(resolve => setTimeout(() => resolve(v), 5));
    s.mySessions = () => Promise.resolve(mine);
    s.enrol = id => { mine = [{ id: 50 + id, etag: '"1"', session: session(id, id === 12 ? 2 : 1, { counts: { enrolled: 1, waiting: 0, free: 0 } }), status: { kind: 'enrolled', seat: 1 }, needsConfirmation: false }, ...mine]; return later({ enrolmentId: 50 + id, status: { kind: 'enrolled', seat: 1 } as SeatStatus }); };
    s.cancel = id => { mine = mine.filter(e => e.id !== id); return later(undefined); };
    return s;
  }
  /** What a browser does to a focused button that is disabled: the focus falls to the page. */
  async function pressAndLoseFocus(button: HTMLElement): Promise<void> {
    button.focus();
    fireEvent.click(button);
    await waitFor(() => expect((button as HTMLButtonElement).disabled || !button.isConnected).toBe(true));
    if (button.isConnected) button.blur();
  }

  it('goes from Enrol to "Cancel my place" and, after a confirmed cancellation, back to Enrol on the same line', async () => {
    show(stateful(), '?module=1');
    await pressAndLoseFocus(await screen.findByTestId('training-enrol'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('training-cancel')));
    fireEvent.click(screen.getByTestId('training-cancel'));
    const yes = await screen.findByTestId('training-cancel-yes');
    await waitFor(() => expect(document.activeElement).toBe(yes));
    fireEvent.click(yes);
    await screen.findByTestId('training-message');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('training-enrol')));
  });

  it('goes to the next line of My sessions when a cancelled place leaves it, and to the heading when none is left', async () => {
    const s = stateful();
    await s.enrol(11);
    await s.enrol(12);
    show(s);
    fireEvent.click(await screen.findByRole('tab', { name: 'My learning' }));
    const list = await screen.findByTestId('training-my-sessions');
    expect(within(list).getAllByTestId('training-session')).toHaveLength(2);
    // Each line names its session: module, date and time in the session's zone, place.
    expect(within(list).getAllByTestId('training-session-name').map(n => n.textContent)).toEqual([
      expect.stringMatching(/^Scrum basics – 4 Mar 2027, 09:00 CET, Brussels – Salle Europa$/), expect.stringMatching(/^Project management basics – 4 Mar 2027, 09:00 CET, Brussels/)
    ]);
    expect(within(list).getAllByTestId('training-cancel')[0].getAttribute('aria-label')).toContain('Scrum basics – 4 Mar 2027');
    fireEvent.click(within(list).getAllByTestId('training-cancel')[0]);
    fireEvent.click(await screen.findByTestId('training-cancel-yes'));
    await waitFor(() => expect(within(list).getAllByTestId('training-session')).toHaveLength(1));
    await waitFor(() => expect(document.activeElement).toBe(within(list).getAllByTestId('training-session')[0].querySelector('button')));
    fireEvent.click(within(list).getByTestId('training-cancel'));
    fireEvent.click(await screen.findByTestId('training-cancel-yes'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'My sessions' })));
  });

  it('goes to the selected tab when the message after an action, or the seat notice, is closed', async () => {
    const s = service({ mine: [{ id: 5, etag: '"1"', session: session(11, 1), status: { kind: 'enrolled', seat: 1 }, needsConfirmation: true }] });
    show(s);
    const close = within(await screen.findByTestId('training-seat-notice')).getByRole('button', { name: 'Close the message' });
    close.focus();
    fireEvent.click(close);
    await waitFor(() => expect(screen.queryByTestId('training-seat-notice')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Catalogue', selected: true })));
    fireEvent.click(screen.getByRole('tab', { name: 'Upcoming sessions' }));
    fireEvent.click(screen.getAllByTestId('training-enrol')[0]);
    const closeMessage = within(await screen.findByTestId('training-message')).getByRole('button', { name: 'Close the message' });
    closeMessage.focus();
    fireEvent.click(closeMessage);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Upcoming sessions', selected: true })));
  });

  it('goes back to the Join or Leave button of the community after joining or leaving it', async () => {
    let member = false;
    const toggling: ICommunityService = {
      ...communities,
      communities: () => Promise.resolve({ canManage: false, communities: [
        { id: 1, title: 'Agile circle', summary: '', topic: 'Agile', type: 'CommunityOfPractice', members: 3, nextEvents: [], eventsText: '', active: true, isMember: member }
      ] }),
      join: () => { member = true; return new Promise(resolve => setTimeout(resolve, 5)); },
      leave: () => { member = false; return new Promise(resolve => setTimeout(resolve, 5)); }
    };
    render(<Training training={service()} communities={toggling} locale="en-GB" siteUrl="https://contoso.sharepoint.com/sites/pmo" search="" timeZone="Europe/London" />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Communities' }));
    await pressAndLoseFocus(await screen.findByTestId('training-community-join'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('training-community-leave')));
    await pressAndLoseFocus(screen.getByTestId('training-community-leave'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('training-community-join')));
  });
});

describe('prerequisites are advice', () => {
  /** Scrum basics as step 2 of the path after Project management basics; `done` the modules the user completed. */
  function onPath(done: number[]): ITrainingService {
    const s = service({ enrolAs: { kind: 'enrolled', seat: 1 } });
    const read = s.catalogue;
    s.catalogue = async () => {
      const c = await read();
      return { ...c, paths: [{ ...c.paths[0], steps: [{ moduleId: 1, step: 1 }, { moduleId: 2, step: 2 }] }], modules: c.modules.map(m => (m.id === 2 ? { ...m, pathId: 7, pathStep: 2 } : m)) };
    };
    s.myLearning = () => Promise.resolve({ chosenPathId: 7, paths: [], completions: done.map(moduleId => ({ moduleId, sessionId: 1 })), recommendedModuleIds: [] });
    s.myCompletedModules = () => Promise.resolve(done);
    return s;
  }

  it('advises the earlier step of the path not completed, and still offers Enrol', async () => {
    show(onPath([]), '?module=2');
    const detail = await screen.findByTestId('training-module-detail');
    expect((await within(detail).findByTestId('training-first-complete')).textContent).toBe('Advice: first complete “Project management basics”, the earlier step of this learning path. Enrolment is open all the same.');
    expect(within(detail).getByTestId('training-enrol').textContent).toBe('Enrol');
  });

  it('gives no advice once the earlier step is completed, nor for the first step', async () => {
    show(onPath([1]), '?module=2');
    expect(within(await screen.findByTestId('training-module-detail')).queryByTestId('training-first-complete')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Project management basics' }));
    await waitFor(() => expect(screen.getByTestId('training-module-detail').getAttribute('data-module')).toBe('1'));
    expect(screen.queryByTestId('training-first-complete')).toBeNull();
  });
});
