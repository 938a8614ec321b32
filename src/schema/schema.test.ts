/** Invariants of the information architecture (pure: no site, no emulator). */
import { LOCALES, loadLocale } from '../../tools/jest/locale';
import { schemaV1 } from './fixtures/v1';
import { schemaV6, V7_COLUMNS, V7_LISTS } from './fixtures/v6';
import { schemaV8, V9_COLUMNS, V9_LISTS } from './fixtures/v8';
import { schemaV9, V10_LISTS } from './fixtures/v9';
import { PERSPECTIVES } from '../domain/maturity';
import { displayNamesOf, fieldXml, localizedFieldXml, stableGuid } from './fieldXml';
import { listByKey, pmoSchema, SCHEMA_VERSION } from './pmoSchema';
import { builtInIndexes, type IFieldSchema, type ISiteSchema } from './types';
import { RISK_THRESHOLDS_CONFIG_KEY } from './settings';
import {
  CHECKLIST_CATEGORIES, CONDITION_STATUSES, GATE_DECISIONS, LIFECYCLE_CODES, RISK_RESPONSES, RISK_STATUSES, STAGE_CODES
} from '../domain/governance/vocabulary';
import { DECISION_BODIES } from '../domain/scoring/vocabulary';

const BUILT_IN = ['ID', 'Title', 'Author', 'Editor', 'Created', 'Modified', 'LinkTitle', 'LinkFilename', 'DocIcon', 'FileLeafRef'];

const REQUIRED_LISTS = [
  'Projects', 'Programmes', 'StrategicObjectives', 'ProjectRequests', 'RequestHistory', 'ScoringModels', 'ScoringCriteria', 'Scores',
  'PortfolioScenarios', 'StatusReports', 'Milestones', 'MilestoneSnapshots', 'Risks', 'Issues', 'Decisions', 'ChangeRequests', 'Lessons',
  'Benefits', 'BudgetLines', 'Resources', 'Roles', 'Assignments', 'Gates', 'GateReviews', 'KpiDefinitions', 'TrainingModules',
  'TrainingSessions', 'Enrolments', 'MaturityQuestions', 'MaturityAssessments', 'Communities', 'Templates',
  // Schema 7 (governance)
  'GateReviewDrafts', 'GateWaivers', 'GateConditions', 'RiskSnapshots', 'BenefitMeasurements', 'ProjectDocuments', 'MethodologyStages',
  // Schema 9 (people development)
  'LearningPaths', 'TrainingAttendance', 'MaturityResults', 'CommunityMembers'
];

function locKeys(schema: ISiteSchema): string[] {
  const keys: string[] = [];
  for (const g of schema.groups) keys.push(g.title, g.description);
  for (const r of schema.customRoles) keys.push(r.description);
  for (const l of schema.lists) {
    keys.push(l.title, l.description);
    for (const f of l.fields) {
      keys.push(f.title);
      if (f.description) keys.push(f.description);
      if (f.validation) keys.push(f.validation.message);
    }
    for (const v of l.views) if (v.title) keys.push(v.title);
  }
  return keys;
}

describe('PMO Hub schema', () => {
  it('is at version 10 and the v1 fixture is older', () => {
    expect(SCHEMA_VERSION).toBe(10);
    expect(pmoSchema.version).toBe(10);
    expect(schemaV1.version).toBe(1);
    for (const u of pmoSchema.upgrades) expect(u.to).toBeLessThanOrEqual(pmoSchema.version);
    const tos = pmoSchema.upgrades.map(u => u.to);
    expect(tos.slice().sort((a, b) => a - b)).toEqual(tos);
  });

  it('has every list DESIGN.md names, with fixed English URLs', () => {
    const keys = pmoSchema.lists.map(l => l.key);
    for (const k of REQUIRED_LISTS) expect(keys).toContain(k);
    expect(new Set(keys).size).toBe(keys.length);
    const urls = pmoSchema.lists.map(l => l.url.toLowerCase());
    expect(new Set(urls).size).toBe(urls.length);
    for (const l of pmoSchema.lists) {
      expect(l.url).toMatch(l.template === 100 ? /^Lists\/[A-Za-z]+$/ : /^[A-Za-z]+$/);
      expect(l.title).toBe(`List_${l.key}_Title`);
    }
    expect(listByKey(pmoSchema, 'Templates').template).toBe(101);
    expect(listByKey(pmoSchema, 'ProjectDocuments').template).toBe(101);
  });

  it.each([pmoSchema, schemaV9, schemaV8, schemaV6, schemaV1].map(s => [s.version, s] as const))('v%s: internal names are unique per list and valid', (_v, schema) => {
    for (const l of schema.lists) {
      const names = l.fields.map(f => f.name);
      expect({ list: l.key, duplicates: names.filter((n, i) => names.indexOf(n) !== i) }).toEqual({ list: l.key, duplicates: [] });
      for (const n of names) expect(n).toMatch(/^[A-Z][A-Za-z0-9]{1,31}$/);
      for (const n of names) expect(BUILT_IN).not.toContain(n);
    }
  });

  it('gives an internal name the same meaning in every list (type, choices, lookup target, title)', () => {
    const first: Record<string, IFieldSchema> = {};
    for (const l of pmoSchema.lists) {
      for (const f of l.fields) {
        const seen = first[f.name];
        if (!seen) {
          first[f.name] = f;
          continue;
        }
        const shape = (x: IFieldSchema): unknown => ({ type: x.type, title: x.title, choices: x.choices, lookup: x.lookup, min: x.min, max: x.max, formula: x.formula });
        expect({ field: f.name, list: l.key, ...(shape(f) as object) }).toEqual({ field: f.name, list: l.key, ...(shape(seen) as object) });
      }
    }
  });

  it.each([pmoSchema, schemaV9, schemaV8, schemaV6, schemaV1].map(s => [s.version, s] as const))('v%s: lookups point to lists of the schema; choices, bounds and formulas are consistent', (_v, schema) => {
    const keys = schema.lists.map(l => l.key);
    for (const l of schema.lists) {
      for (const f of l.fields) {
        const where = `${l.key}.${f.name}`;
        if (f.type === 'Lookup' || f.type === 'LookupMulti') expect({ where, target: keys.indexOf(f.lookup?.list ?? '') >= 0 }).toEqual({ where, target: true });
        else expect({ where, lookup: f.lookup }).toEqual({ where, lookup: undefined });
        if (f.type === 'Choice' || f.type === 'MultiChoice') {
          expect((f.choices ?? []).length).toBeGreaterThan(1);
          if (f.default !== undefined) expect({ where, ok: (f.choices ?? []).indexOf(f.default) >= 0 }).toEqual({ where, ok: true });
        }
        if (f.min !== undefined && f.max !== undefined) expect(f.min).toBeLessThan(f.max);
        if (f.type === 'Calculated') {
          const refs = (f.formula ?? '').match(/\[[^\]]+\]/g) ?? [];
          for (const r of refs) expect({ where, ref: l.fields.some(x => x.name === r.slice(1, -1)) }).toEqual({ where, ref: true });
        }
        if (f.unique) expect(f.indexed).toBe(true);
        if (f.type === 'LookupMulti' || f.type === 'UserMulti' || f.type === 'MultiChoice' || f.type === 'Note') expect({ where, indexed: !!f.indexed }).toEqual({ where, indexed: false });
      }
    }
  });

  it('indexes every column a service filters or sorts on in lists that can pass 5,000 items', () => {
    const builtIn = ['ID', 'Author', 'Editor', 'Created', 'Modified'];
    for (const l of pmoSchema.lists) {
      expect({ list: l.key, declared: Array.isArray(l.queriedBy) }).toEqual({ list: l.key, declared: true });
      for (const q of l.queriedBy ?? []) {
        if (builtIn.indexOf(q) >= 0) continue;
        const f = l.fields.filter(x => x.name === q)[0];
        expect({ list: l.key, column: q, exists: !!f }).toEqual({ list: l.key, column: q, exists: true });
        if (l.large) expect({ list: l.key, column: q, indexed: !!(f && (f.indexed || f.unique)) }).toEqual({ list: l.key, column: q, indexed: true });
      }
    }
  });

  it('indexes at least the Project lookups, states, managers, programme, department and "latest" dates', () => {
    for (const l of pmoSchema.lists) {
      for (const f of l.fields) {
        if (f.name === 'Project' || (/Status$|State$/.test(f.name) && f.name !== 'FromState') || ['ProjectManager', 'Programme', 'Department', 'ReportDate', 'SnapshotDate'].indexOf(f.name) >= 0) {
          expect({ list: l.key, field: f.name, indexed: !!f.indexed }).toEqual({ list: l.key, field: f.name, indexed: true });
        }
      }
    }
    expect(builtInIndexes(listByKey(pmoSchema, 'ProjectRequests'))).toEqual(['Author']);
    expect(builtInIndexes(listByKey(pmoSchema, 'RequestHistory'))).toEqual(['Author', 'Created']);
  });

  it('stays within SharePoint\'s limit of 20 indexed columns per list', () => {
    for (const l of pmoSchema.lists) {
      const n = l.fields.filter(f => f.indexed || f.unique).length + builtInIndexes(l).length;
      expect({ list: l.key, tooMany: n > 20 }).toEqual({ list: l.key, tooMany: false });
    }
  });

  it('sets item-level security and permissions as the permission model says', () => {
    const req = listByKey(pmoSchema, 'ProjectRequests');
    expect([req.readSecurity, req.writeSecurity]).toEqual([2, 2]);
    expect(req.roleAssignments).toEqual({ pmoOwners: 'FullControl', pmoOfficers: 'Design', strategyBoard: 'readAll', projectManagers: 'Contribute', members: 'Contribute' });
    expect(listByKey(pmoSchema, 'Scores').roleAssignments).toEqual({ pmoOwners: 'FullControl', pmoOfficers: 'Design', strategyBoard: 'addOnly' });
    for (const k of ['ScoringModels', 'ScoringCriteria', 'KpiDefinitions', 'Gates', 'GateChecklistItems']) expect(listByKey(pmoSchema, k).roleAssignments).toBeUndefined();
    for (const k of ['StatusReportDrafts', 'Risks', 'Issues', 'Milestones']) expect(listByKey(pmoSchema, k).roleAssignments?.projectManagers).toBe('Contribute');
    // Published reports and their milestone snapshots: project managers add and read, never edit or delete.
    for (const k of ['StatusReports', 'MilestoneSnapshots']) expect(listByKey(pmoSchema, k).roleAssignments?.projectManagers).toBe('addOnly');
    const addOnly = pmoSchema.customRoles.filter(r => r.key === 'addOnly')[0];
    expect(addOnly.permissions).toContain(2);
    for (const write of [3, 4]) expect(addOnly.permissions).not.toContain(write);
    expect(pmoSchema.webRoleAssignments.visitors).toBe('Read');
    // The custom level is Read plus CancelCheckout (9), and nothing that writes.
    const readAll = pmoSchema.customRoles[0];
    expect(readAll.permissions).toContain(9);
    for (const write of [2, 3, 4, 12, 26]) expect(readAll.permissions).not.toContain(write);
    // Every role used is standard or defined.
    const roles = ['FullControl', 'Design', 'Edit', 'Contribute', 'Read', ...pmoSchema.customRoles.map(r => r.key)];
    for (const l of pmoSchema.lists) for (const r of Object.values(l.roleAssignments ?? {})) expect(roles).toContain(r);
  });

  it('governance (schema 7): gate reviews and decisions are immutable records, waivers add-only even for PMO officers', () => {
    const roles = (key: string): unknown => listByKey(pmoSchema, key).roleAssignments;
    // The project manager's review request: added and read, never edited (the draft is editable).
    expect(roles('GateReviews')).toEqual({ ...pmoSchema.webRoleAssignments, projectManagers: 'addOnly', pmoOfficers: 'addOnly' });
    expect(roles('GateReviewDrafts')).toEqual({ ...pmoSchema.webRoleAssignments, projectManagers: 'Contribute' });
    expect(roles('Decisions')).toEqual({ ...pmoSchema.webRoleAssignments, projectManagers: 'addOnly', strategyBoard: 'addOnly', pmoOfficers: 'addOnly' });
    expect(roles('GateWaivers')).toEqual({ pmoOwners: 'FullControl', pmoOfficers: 'addOnly', projectManagers: 'Read', strategyBoard: 'Read', members: 'Read', visitors: 'Read', trainers: 'Read' });
    expect(roles('GateConditions')).toEqual({ ...pmoSchema.webRoleAssignments, projectManagers: 'editOnly', strategyBoard: 'addOnly' });
    expect(roles('RiskSnapshots')).toEqual({ ...pmoSchema.webRoleAssignments, projectManagers: 'addOnly', pmoOfficers: 'addOnly' });
    // Published status reports and milestone snapshots: immutable for PMO officers too (only PMO owners correct).
    for (const k of ['StatusReports', 'MilestoneSnapshots']) expect(roles(k)).toEqual({ ...pmoSchema.webRoleAssignments, projectManagers: 'addOnly', pmoOfficers: 'addOnly' });
    for (const k of ['BenefitMeasurements', 'ProjectDocuments']) expect(roles(k)).toEqual({ ...pmoSchema.webRoleAssignments, projectManagers: 'Contribute' });
    expect(roles('MethodologyStages')).toBeUndefined();
    // The old decision column stays (never dropped or retyped), with its schema-6 codes.
    const gateDecision = listByKey(pmoSchema, 'GateReviews').fields.filter(f => f.name === 'GateDecision')[0];
    expect(gateDecision).toMatchObject({ type: 'Choice', choices: ['Pending', 'Passed', 'PassedWithConditions', 'Failed', 'Deferred'] });
  });

  it('KPIs and reports (schema 8): stored reports are never deleted but by PMO Owners; the dashboard\'s figures are the PMO\'s', () => {
    const reports = listByKey(pmoSchema, 'Reports');
    expect([reports.template, reports.versioning]).toEqual([101, true]);
    expect(reports.roleAssignments).toEqual({ pmoOwners: 'FullControl', pmoOfficers: 'addEdit', projectManagers: 'addEdit', strategyBoard: 'Read', visitors: 'Read' });
    const addEdit = pmoSchema.customRoles.filter(r => r.key === 'addEdit')[0];
    // Add and edit (a file's columns are set after its upload), never delete an item (4) or a version (8).
    for (const right of [1, 2, 3]) expect(addEdit.permissions).toContain(right);
    for (const right of [4, 8, 9, 12, 26]) expect(addEdit.permissions).not.toContain(right);
    expect(reports.fields.map(f => [f.name, f.type, !!f.required])).toEqual([['ReportKind', 'Choice', true], ['ReportDate', 'DateTime', true], ['Project', 'Lookup', false], ['ViewName', 'Text', false]]);
    expect(reports.fields[0].choices).toEqual(['ProjectReport', 'PortfolioReport', 'ReportWorkbook']);
    const figures = listByKey(pmoSchema, 'KpiSnapshots');
    expect(figures.roleAssignments).toEqual({ ...pmoSchema.webRoleAssignments, pmoOfficers: 'addOnly' });
    expect(figures.fields.filter(f => f.name === 'SnapshotKey')[0]).toMatchObject({ unique: true, indexed: true, required: true });
    expect([figures.hidden, figures.large]).toEqual([true, true]);
  });

  it('people development (schema 9): derived seats on a readable roster, private answers, anonymous sums', () => {
    const roles = (key: string): Record<string, string> => (listByKey(pmoSchema, key).roleAssignments ?? {}) as Record<string, string>;
    const overriding = ['FullControl', 'Design', 'readAll', 'manageProjects'];
    expect(pmoSchema.groups.filter(g => g.key === 'trainers')[0]).toEqual({ key: 'trainers', title: 'Group_Trainers_Title', description: 'Group_Trainers_Desc' });
    // Enrolments: everyone reads the roster, each writes only their own; nobody but PMO Owners overrides that.
    const enrolments = listByKey(pmoSchema, 'Enrolments');
    expect([enrolments.readSecurity, enrolments.writeSecurity]).toEqual([1, 2]);
    expect(Object.entries(roles('Enrolments')).filter(([, r]) => overriding.indexOf(r) >= 0)).toEqual([['pmoOwners', 'FullControl']]);
    for (const g of ['members', 'projectManagers', 'strategyBoard', 'pmoOfficers']) expect(roles('Enrolments')[g]).toBe('Contribute');
    // Self-assessments: own items only, no group with Override List Behaviors (PMO officers Contribute).
    const assessments = listByKey(pmoSchema, 'MaturityAssessments');
    expect([assessments.readSecurity, assessments.writeSecurity]).toEqual([2, 2]);
    expect(Object.entries(roles('MaturityAssessments')).filter(([, r]) => overriding.indexOf(r) >= 0)).toEqual([['pmoOwners', 'FullControl']]);
    expect(roles('MaturityAssessments').pmoOfficers).toBe('Contribute');
    // The organisation's sums: hidden, no versions, no person column, a unique key per department and quarter.
    const results = listByKey(pmoSchema, 'MaturityResults');
    expect([results.hidden, results.versioning]).toEqual([true, false]);
    expect(results.fields.filter(f => f.type === 'User' || f.type === 'UserMulti')).toEqual([]);
    expect(results.fields.filter(f => f.name === 'ResultKey')[0]).toMatchObject({ unique: true, indexed: true, required: true });
    // Everyone who may submit adds to and edits the sums (a running sum); nobody but PMO Owners deletes one.
    expect(Object.keys(roles('MaturityResults')).sort()).toEqual(Object.keys(roles('MaturityAssessments')).sort());
    for (const [group, role] of Object.entries(roles('MaturityResults'))) expect([group, role]).toEqual([group, group === 'pmoOwners' ? 'FullControl' : 'addEdit']);
    const addEdit = pmoSchema.customRoles.filter(r => r.key === 'addEdit')[0];
    expect(addEdit.permissions).not.toContain(4);
    // Attendance: trainers and PMO officers record it (Contribute, not Design); everyone else reads.
    expect(roles('TrainingAttendance')).toEqual({ ...pmoSchema.webRoleAssignments, pmoOfficers: 'Contribute', trainers: 'Contribute' });
    for (const k of ['TrainingModules', 'TrainingSessions', 'LearningPaths']) expect(roles(k)).toEqual({ ...pmoSchema.webRoleAssignments, trainers: 'Contribute' });
    expect(listByKey(pmoSchema, 'CommunityMembers').writeSecurity).toBe(2);
    // Old columns stay, no longer required.
    const questions = listByKey(pmoSchema, 'MaturityQuestions').fields;
    expect(questions.filter(f => f.name === 'MaturityDimension' || f.name === 'MaturityLevel').map(f => [f.name, !!f.required])).toEqual([['MaturityDimension', false], ['MaturityLevel', false]]);
    expect(questions.filter(f => f.name === 'Perspective')[0].choices).toEqual(PERSPECTIVES);
    expect(listByKey(pmoSchema, 'TrainingModules').fields.filter(f => f.name === 'MaturityPerspectives')[0].choices).toEqual(PERSPECTIVES);
  });

  it('permissions (schema 10): a submitted score is final, project managers cannot delete gate conditions, a stored report is changed by its uploader only', () => {
    const roles = (key: string): unknown => listByKey(pmoSchema, key).roleAssignments;
    const level = (key: string): ReadonlyArray<number> => pmoSchema.customRoles.filter(r => r.key === key)[0].permissions;
    // Scores: the board adds (AddListItems 2) and never edits (3) or deletes (4) a score; drafts live in ScoreDrafts, own items only.
    expect(roles('Scores')).toEqual({ pmoOwners: 'FullControl', pmoOfficers: 'Design', strategyBoard: 'addOnly' });
    const drafts = listByKey(pmoSchema, 'ScoreDrafts');
    expect([drafts.readSecurity, drafts.writeSecurity]).toEqual([2, 2]);
    expect(drafts.roleAssignments).toEqual({ pmoOwners: 'FullControl', pmoOfficers: 'Design', strategyBoard: 'Contribute' });
    expect(drafts.fields.map(f => f.name)).toEqual(listByKey(pmoSchema, 'Scores').fields.map(f => f.name));
    // GateConditions: project managers read and edit (mark met), never add or delete an item or a version.
    expect(roles('GateConditions')).toMatchObject({ projectManagers: 'editOnly' });
    for (const right of [1, 3]) expect(level('editOnly')).toContain(right);
    for (const right of [2, 4, 5, 8, 9, 12, 26]) expect(level('editOnly')).not.toContain(right);
    // Reports: write own items only (the uploader sets a report's columns), nobody below PMO Owners overrides it.
    const reports = listByKey(pmoSchema, 'Reports');
    expect(reports.writeSecurity).toBe(2);
    for (const r of Object.values(reports.roleAssignments ?? {})) expect(['FullControl', 'addEdit', 'Read']).toContain(r);
    expect(level('addEdit')).not.toContain(9);
    expect(pmoSchema.upgrades.filter(u => u.to === 10).map(u => u.id)).toEqual(['v10-move-score-drafts']);
  });

  it('the v9 fixture is the current schema without what schema 10 changed', () => {
    expect(schemaV9.version).toBe(9);
    expect(schemaV9.lists.map(l => l.key)).toEqual(pmoSchema.lists.map(l => l.key).filter(k => V10_LISTS.indexOf(k) < 0));
    expect(schemaV9.customRoles.map(r => r.key)).not.toContain('editOnly');
    expect(listByKey(schemaV9, 'Scores').roleAssignments?.strategyBoard).toBe('Contribute');
    expect(listByKey(schemaV9, 'GateConditions').roleAssignments?.projectManagers).toBe('Contribute');
    expect(listByKey(schemaV9, 'Reports').writeSecurity).toBeUndefined();
    expect(schemaV9.upgrades.every(u => u.to <= 9)).toBe(true);
  });

  it('the v8 fixture is the current schema without what schema 9 added', () => {
    expect(schemaV8.lists.map(l => l.key)).toEqual(schemaV9.lists.map(l => l.key).filter(k => V9_LISTS.indexOf(k) < 0));
    for (const l of schemaV8.lists) {
      const current = listByKey(pmoSchema, l.key).fields.map(f => f.name);
      expect({ list: l.key, added: current.filter(n => !l.fields.some(f => f.name === n)) }).toEqual({ list: l.key, added: V9_COLUMNS[l.key] ?? [] });
    }
    expect(schemaV8.groups.map(g => g.key)).not.toContain('trainers');
    expect(schemaV8.upgrades.every(u => u.to <= 8)).toBe(true);
    expect(pmoSchema.upgrades.filter(u => u.to === 9).map(u => u.id)).toEqual(['v9-enrolment-attendance', 'v9-session-time-zones', 'v9-maturity-questions']);
  });

  it('the v6 fixture is the current schema without what schema 7 added', () => {
    expect(schemaV6.lists.map(l => l.key)).toEqual(pmoSchema.lists.map(l => l.key).filter(k => V7_LISTS.indexOf(k) < 0));
    for (const l of schemaV6.lists) {
      const current = listByKey(pmoSchema, l.key).fields.map(f => f.name);
      expect({ list: l.key, added: current.filter(n => !l.fields.some(f => f.name === n)) }).toEqual({ list: l.key, added: V7_COLUMNS[l.key] ?? [] });
    }
    expect(schemaV6.upgrades.every(u => u.to <= 6)).toBe(true);
    expect(pmoSchema.upgrades.filter(u => u.to === 7).map(u => u.id)).toEqual(expect.arrayContaining(['v7-project-lifecycle', 'v7-gate-decisions', 'v7-risk-exposure']));
  });

  it('governance (schema 7): choices come from the domain vocabulary', () => {
    const choices = (key: string, field: string): unknown => listByKey(pmoSchema, key).fields.filter(f => f.name === field)[0]?.choices;
    expect(choices('Projects', 'Lifecycle')).toBe(LIFECYCLE_CODES);
    expect(choices('Projects', 'StageCode')).toBe(STAGE_CODES);
    expect(choices('Gates', 'StageCode')).toBe(STAGE_CODES);
    expect(choices('Templates', 'StageCode')).toBe(STAGE_CODES);
    expect(choices('Decisions', 'GateOutcome')).toBe(GATE_DECISIONS);
    expect(choices('Decisions', 'DecisionBody')).toBe(DECISION_BODIES);
    expect(DECISION_BODIES).toContain('Project');
    expect(choices('GateChecklistItems', 'ChecklistCategory')).toBe(CHECKLIST_CATEGORIES);
    expect(CHECKLIST_CATEGORIES).toContain('Handover');
    expect(choices('GateConditions', 'ConditionStatus')).toBe(CONDITION_STATUSES);
    expect(choices('Risks', 'RiskResponse')).toBe(RISK_RESPONSES);
    expect(choices('Risks', 'RiskStatus')).toBe(RISK_STATUSES);
    const lifecycle = listByKey(pmoSchema, 'Projects').fields.filter(f => f.name === 'Lifecycle')[0];
    expect(lifecycle).toMatchObject({ default: 'prince2', indexed: true });
  });

  it('governance (schema 7): the portfolio risk views read indexed columns; the risk thresholds are a named setting', () => {
    const risks = listByKey(pmoSchema, 'Risks');
    for (const name of ['Project', 'RiskStatus', 'Proximity', 'RiskExposure']) {
      expect({ name, indexed: !!risks.fields.filter(f => f.name === name)[0]?.indexed }).toEqual({ name, indexed: true });
    }
    // SharePoint cannot index a calculated column: the score to sort on is RiskExposure.
    expect(risks.fields.filter(f => f.name === 'RiskScore')[0]).toMatchObject({ type: 'Calculated' });
    expect(risks.fields.filter(f => f.name === 'RiskScore')[0].indexed).toBeFalsy();
    expect(RISK_THRESHOLDS_CONFIG_KEY).toBe('Governance.RiskThresholds');
  });

  it('has every loc key of both schema versions in all five locales, with the same key sets', () => {
    const keys = Array.from(new Set([...locKeys(pmoSchema), ...locKeys(schemaV1)]));
    const en = loadLocale('en-us');
    for (const locale of LOCALES) {
      const strings = loadLocale(locale);
      expect({ locale, missing: keys.filter(k => typeof strings[k] !== 'string' || strings[k].length === 0) }).toEqual({ locale, missing: [] });
      expect(Object.keys(strings).sort()).toEqual(Object.keys(en).sort());
    }
  });

  it('writes field XML with stable ids, escaped text and per-type attributes', () => {
    expect(stableGuid('x')).toBe(stableGuid('x'));
    expect(stableGuid('x')).not.toBe(stableGuid('y'));
    expect(stableGuid('pmohub:field:Project')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const risks = listByKey(pmoSchema, 'Risks');
    const prob = risks.fields.filter(f => f.name === 'Probability')[0];
    const xml = fieldXml(prob, { displayName: 'Probabilité "1–5" & co' });
    expect(xml).toContain('Name="Probability"');
    expect(xml).toContain('Min="1" Max="5"');
    expect(xml).toContain('Required="TRUE"');
    expect(xml).toContain('DisplayName="Probabilité &quot;1–5&quot; &amp; co"');
    const score = risks.fields.filter(f => f.name === 'RiskScore')[0];
    expect(fieldXml(score, { displayName: 'S' })).toContain('<Formula>=[Probability]*[Impact]</Formula><FieldRefs><FieldRef Name="Probability"/><FieldRef Name="Impact"/></FieldRefs>');
  });

  it('writes formulas with the display names of the site\'s locale (SharePoint resolves them by display name)', () => {
    const de = loadLocale('de-de');
    const risks = listByKey(pmoSchema, 'Risks');
    const score = risks.fields.filter(f => f.name === 'RiskScore')[0];
    expect(localizedFieldXml(score, de, undefined, displayNamesOf(risks, de))).toContain(
      '<Formula>=[Wahrscheinlichkeit]*[Auswirkung]</Formula><FieldRefs><FieldRef Name="Probability"/><FieldRef Name="Impact"/></FieldRefs>'
    );
    const code = listByKey(pmoSchema, 'Gates').fields.filter(f => f.name === 'Code')[0];
    expect(localizedFieldXml(code, de, undefined, displayNamesOf(listByKey(pmoSchema, 'Gates'), de))).toContain(
      '<Validation Message="Geben Sie ein Kürzel mit mindestens zwei Zeichen ein.">=LEN([Kürzel])&gt;=2</Validation>'
    );
    // Display names used in formulas must not need escaping inside [ ].
    for (const l of pmoSchema.lists) {
      for (const f of l.fields) {
        const refs = ((f.formula ?? '') + (f.validation ? f.validation.formula : '')).match(/\[([A-Za-z0-9]+)\]/g) ?? [];
        for (const r of refs) {
          const ref = l.fields.filter(x => x.name === r.slice(1, -1))[0];
          for (const locale of LOCALES) expect({ ref: ref.name, locale, title: loadLocale(locale)[ref.title] }).toEqual({ ref: ref.name, locale, title: expect.stringMatching(/^[\p{L}\p{N} ]+$/u) });
        }
      }
    }
  });
});
