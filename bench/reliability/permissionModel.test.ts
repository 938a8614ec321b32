import { pmoSchema } from '../../src/schema/pmoSchema';
import type { ISiteSchema } from '../../src/schema/types';
import { Perm } from '../../workbench/emulator/security';
import { ROLE_DEFINITIONS } from '../../workbench/emulator/store';
import { expectedAllowed, permissionsOn, STANDARD_LEVELS, type IPermissionCase } from './permissionModel';

const may = (c: IPermissionCase, schema: ISiteSchema = pmoSchema): boolean => expectedAllowed(schema, c);
const own = { own: true };
const other = { own: false };

describe('the permission model (worked examples from the README\'s permission model)', () => {
  it('holds SharePoint\'s standard levels as their published masks do', () => {
    const mask = (kinds: ReadonlyArray<number>): bigint => kinds.reduce((m, k) => m | (1n << BigInt(k - 1)), 0n);
    const published: Record<string, bigint> = { Read: (176n << 32n) | 138612833n, Contribute: (432n << 32n) | 1011028719n, Edit: (432n << 32n) | 1011030767n, Design: (432n << 32n) | 1012866047n };
    for (const [level, m] of Object.entries(published)) expect(`${level} ${mask(STANDARD_LEVELS[level])}`).toBe(`${level} ${m}`);
    for (const d of ROLE_DEFINITIONS.filter(r => published[r.name] !== undefined)) expect(`${d.name} ${(BigInt(d.high) << 32n) | BigInt(d.low >>> 0)}`).toBe(`${d.name} ${published[d.name]}`);
    expect(Perm.CancelCheckout).toBe(1n << 8n);
  });

  it('lets an add-only level (PMO Hub Add Items) add an item but not edit or delete its own', () => {
    expect(may({ groups: ['projectManagers'], list: 'StatusReports', operation: 'create' })).toBe(true);
    expect(may({ groups: ['projectManagers'], list: 'StatusReports', operation: 'updateOwn', item: own })).toBe(false);
    expect(may({ groups: ['projectManagers'], list: 'StatusReports', operation: 'deleteOwn', item: own })).toBe(false);
    expect(may({ groups: ['projectManagers'], list: 'StatusReports', operation: 'readItem', item: other })).toBe(true);
  });

  it('hides other people\'s items of a read-own list from Read and Contribute, not from Override List Behaviors (9)', () => {
    expect(may({ groups: ['members'], list: 'ProjectRequests', operation: 'readItem', item: other })).toBe(false);
    expect(may({ groups: ['members'], list: 'ProjectRequests', operation: 'readItem', item: own })).toBe(true);
    expect(may({ groups: ['strategyBoard'], list: 'ProjectRequests', operation: 'readItem', item: other })).toBe(true);
    expect(may({ groups: ['strategyBoard'], list: 'ProjectRequests', operation: 'updateOther', item: other })).toBe(false);
    expect(may({ groups: ['pmoOfficers'], list: 'ProjectRequests', operation: 'updateOther', item: other })).toBe(true);
    expect(permissionsOn(pmoSchema, ['strategyBoard'], pmoSchema.lists.filter(l => l.key === 'ProjectRequests')[0]).has(9)).toBe(true);
  });

  it('refuses changing another\'s item of an edit-own list (WriteSecurity 2) but not one\'s own', () => {
    expect(may({ groups: ['members'], list: 'Enrolments', operation: 'readItem', item: other })).toBe(true);
    expect(may({ groups: ['members'], list: 'Enrolments', operation: 'updateOther', item: other })).toBe(false);
    expect(may({ groups: ['members'], list: 'Enrolments', operation: 'updateOwn', item: own })).toBe(true);
    expect(may({ groups: ['pmoOfficers'], list: 'Enrolments', operation: 'deleteOther', item: other })).toBe(false);
  });

  it('keeps a submitted score final: the board adds scores and edits only its drafts (schema 10)', () => {
    expect(may({ groups: ['strategyBoard'], list: 'Scores', operation: 'create' })).toBe(true);
    expect(may({ groups: ['strategyBoard'], list: 'Scores', operation: 'updateOwn', item: own })).toBe(false);
    expect(may({ groups: ['strategyBoard'], list: 'Scores', operation: 'deleteOwn', item: own })).toBe(false);
    expect(may({ groups: ['strategyBoard'], list: 'Scores', operation: 'readItem', item: other })).toBe(false);
    expect(may({ groups: ['strategyBoard'], list: 'ScoreDrafts', operation: 'updateOwn', item: own })).toBe(true);
    expect(may({ groups: ['strategyBoard'], list: 'ScoreDrafts', operation: 'updateOther', item: other })).toBe(false);
  });

  it('lets project managers mark gate conditions met (PMO Hub Edit Items) but not add or delete one (schema 10)', () => {
    expect(may({ groups: ['projectManagers'], list: 'GateConditions', operation: 'updateOther', item: other })).toBe(true);
    expect(may({ groups: ['projectManagers'], list: 'GateConditions', operation: 'create' })).toBe(false);
    expect(may({ groups: ['projectManagers'], list: 'GateConditions', operation: 'deleteOther', item: other })).toBe(false);
    expect(may({ groups: ['projectManagers'], list: 'GateConditions', operation: 'deleteOwn', item: own })).toBe(false);
  });

  it('lets only a stored report\'s uploader change it (WriteSecurity 2 on the Reports library, schema 10)', () => {
    for (const g of ['projectManagers', 'pmoOfficers'] as const) {
      expect(may({ groups: [g], list: 'Reports', operation: 'updateOwn', item: own })).toBe(true);
      expect(may({ groups: [g], list: 'Reports', operation: 'updateOther', item: other })).toBe(false);
    }
    expect(may({ groups: ['pmoOwners'], list: 'Reports', operation: 'updateOther', item: other })).toBe(true);
  });

  it('gives a project manager Contribute on the projects they manage only (the item-level grant)', () => {
    expect(may({ groups: ['projectManagers'], list: 'Projects', operation: 'updateOther', item: other })).toBe(false);
    expect(may({ groups: ['projectManagers'], list: 'Projects', operation: 'updateGranted', item: { own: false, grant: 'Contribute' } })).toBe(true);
    expect(may({ groups: ['pmoOfficers'], list: 'Projects', operation: 'updateOther', item: other })).toBe(true);
  });

  it('gives groups a list leaves out nothing there (Reports for requesters), and unions a user\'s groups', () => {
    expect(may({ groups: ['members'], list: 'Reports', operation: 'readItems' })).toBe(false);
    expect(may({ groups: ['visitors'], list: 'Reports', operation: 'readItems' })).toBe(true);
    expect(may({ groups: ['projectManagers'], list: 'TrainingSessions', operation: 'updateOther', item: other })).toBe(false);
    expect(may({ groups: ['projectManagers', 'trainers'], list: 'TrainingSessions', operation: 'updateOther', item: other })).toBe(true);
  });

  it('projects a lookup only when the caller reads both the item and the lookup\'s target item', () => {
    expect(may({ groups: ['visitors'], list: 'Milestones', operation: 'expand:Project', item: other, target: { list: 'Projects', item: other } })).toBe(true);
    expect(may({ groups: ['strategyBoard'], list: 'Scores', operation: 'expand:Request', item: own, target: { list: 'ProjectRequests', item: other } })).toBe(true);
    expect(may({ groups: ['visitors'], list: 'Scores', operation: 'expand:Request', item: other, target: { list: 'ProjectRequests', item: other } })).toBe(false);
  });

  it('reads versions only with View Versions (7)', () => {
    const noVersions: ISiteSchema = {
      ...pmoSchema,
      customRoles: [...pmoSchema.customRoles, { key: 'noHistory', name: 'No history', description: 'x', permissions: [1, 6, 13, 17, 18], order: 300 }],
      lists: pmoSchema.lists.map(l => (l.key === 'Risks' ? { ...l, roleAssignments: { visitors: 'noHistory' } } : l))
    };
    expect(may({ groups: ['visitors'], list: 'Risks', operation: 'readItem', item: other }, noVersions)).toBe(true);
    expect(may({ groups: ['visitors'], list: 'Risks', operation: 'readVersions', item: other }, noVersions)).toBe(false);
    expect(may({ groups: ['visitors'], list: 'Risks', operation: 'readVersions', item: other })).toBe(true);
  });
});
