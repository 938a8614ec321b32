/**
 * A slice of `npm run bench -- reliability`, so that `npm test` guards its goals: conflicting edit
 * pairs on every editable entity (two each) are all refused as conflicts, told in a readable message,
 * and lose nothing; the permission matrix of five lists (ProjectRequests: read-own and edit-own items,
 * Projects: the project manager's item-level grant; Scores, GateConditions and Reports, narrowed in
 * schema 10) for every role has no escalation and no wrongful denial. The full figures stay in the bench.
 */
import { conflictContext } from './reliability';
import { conflictFigures } from './reliability/conflicts';
import { CONFLICT_ENTITIES } from './reliability/conflictEntities';
import { permissionFigures } from './reliability/permissions';
import { startReliabilitySite, type IReliabilitySite } from './reliability/site';

jest.setTimeout(600_000);

let site: IReliabilitySite;

beforeAll(async () => {
  site = await startReliabilitySite(4);
});

afterAll(async () => {
  await site?.stop();
});

describe('reliability.conflicts (two pairs per entity)', () => {
  it('refuses every stale save as a conflict, tells the user in English and German, and loses no change', async () => {
    const pairs = CONFLICT_ENTITIES.length * 2;
    const figures = await conflictFigures(site, await conflictContext(site), pairs);
    const failures = figures.rows.flatMap(r => r.failures.map(f => `${r.entity}: ${f}`));
    expect(failures).toEqual([]);
    expect(figures.rows.map(r => `${r.entity} ${r.pairs}`)).toEqual(CONFLICT_ENTITIES.map(e => `${e.name} 2`));
    expect(figures.lines).toEqual([`reliability.conflicts.detected: ${pairs}`, 'reliability.conflicts.lost: 0', 'reliability.conflicts.told_pct: 100']);
  });
});

describe('reliability.permissions (ProjectRequests, Projects and the lists schema 10 narrowed, every role)', () => {
  it('finds no escalation and no wrongful denial', async () => {
    const figures = await permissionFigures(site, { lists: ['ProjectRequests', 'Projects', 'Scores', 'GateConditions', 'Reports'] });
    const wrong = figures.cases.filter(c => c.actual !== c.expected).map(c => `${c.role} ${c.list} ${c.operation}: ${c.actual ? 'allowed' : 'denied'} (HTTP ${c.status})`);
    expect(wrong).toEqual([]);
    expect(figures.cases.length).toBeGreaterThan(150);
    // Both outcomes occur: the matrix is not all allowed or all denied.
    expect(figures.cases.some(c => c.actual) && figures.cases.some(c => !c.actual)).toBe(true);
    expect(figures.lines.slice(1, 3)).toEqual(['reliability.permissions.escalations: 0', 'reliability.permissions.wrongful_denials: 0']);
    // The project manager edits the project they manage (the item-level grant) and no other.
    expect(figures.cases.filter(c => c.list === 'Projects' && c.role === 'projectManager' && /^update/.test(c.operation)).map(c => `${c.operation} ${c.actual}`))
      .toEqual(['updateOwn false', 'updateOther false', 'updateGranted true']);
    // Schema 10: a board member's submitted score is final; a project manager neither deletes nor adds a gate
    // condition (but marks one met); a stored report is changed by its uploader only.
    const outcome = (role: string, list: string, operation: string): string => figures.cases.filter(c => c.role === role && c.list === list && c.operation === operation).map(c => `${list} ${operation} ${c.actual}`)[0];
    expect([outcome('boardMember', 'Scores', 'create'), outcome('boardMember', 'Scores', 'updateOwn'), outcome('boardMember', 'Scores', 'deleteOwn')])
      .toEqual(['Scores create true', 'Scores updateOwn false', 'Scores deleteOwn false']);
    expect([outcome('projectManager', 'GateConditions', 'updateOther'), outcome('projectManager', 'GateConditions', 'deleteOther'), outcome('projectManager', 'GateConditions', 'create')])
      .toEqual(['GateConditions updateOther true', 'GateConditions deleteOther false', 'GateConditions create false']);
    expect([outcome('projectManager', 'Reports', 'updateOwn'), outcome('projectManager', 'Reports', 'updateOther'), outcome('pmoOfficer', 'Reports', 'updateOther')])
      .toEqual(['Reports updateOwn true', 'Reports updateOther false', 'Reports updateOther false']);
  });
});
