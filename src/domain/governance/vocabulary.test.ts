import {
  AGILE_STAGES, BENEFIT_STATUSES, CHANGE_STATUSES, CHECKLIST_CATEGORIES, CONDITION_STATUSES, GATE_CODES, GATE_DECISIONS, ISSUE_AGE_BUCKETS, ISSUE_STATUSES, LIFECYCLE_CODES, LIFECYCLE_ROLES,
  OPEN_ISSUE_STATUSES, OPEN_RISK_STATUSES, PASSING_GATE_DECISIONS, RISK_BANDS, RISK_RESPONSES, RISK_STATUSES, RISK_TRENDS, STAGE_CODES
} from './index';

/* The stored codes the schema has today (src/schema/fields.ts), kept as they are; gate decisions are the issue's new codes. */
describe('governance vocabulary', () => {
  it('keeps the codes the lists store, in their order', () => {
    expect(RISK_STATUSES).toEqual(['Open', 'Mitigating', 'Occurred', 'Closed']);
    expect(ISSUE_STATUSES).toEqual(['Open', 'InProgress', 'Resolved', 'Closed']);
    expect(CHANGE_STATUSES).toEqual(['Submitted', 'Assessed', 'Approved', 'Rejected', 'Implemented']);
    expect(CHECKLIST_CATEGORIES).toEqual(['Quality', 'Iso27001', 'Nis2', 'Procurement', 'Governance', 'Handover']);
    expect(CONDITION_STATUSES).toEqual(['Open', 'Met']);
    expect(RISK_RESPONSES).toEqual(['Avoid', 'Reduce', 'Fallback', 'Transfer', 'Accept', 'Share']);
    expect(BENEFIT_STATUSES).toEqual(['Planned', 'OnTrack', 'AtRisk', 'Realised', 'NotRealised']);
    expect(GATE_DECISIONS).toEqual(['Go', 'GoWithConditions', 'Recycle', 'Stop']);
    expect(LIFECYCLE_CODES).toEqual(['prince2', 'agile', 'hybrid']);
  });

  it('subsets are drawn from their lists and no list repeats a code', () => {
    expect(OPEN_RISK_STATUSES.every(s => RISK_STATUSES.includes(s))).toBe(true);
    expect(OPEN_ISSUE_STATUSES.every(s => ISSUE_STATUSES.includes(s))).toBe(true);
    expect(PASSING_GATE_DECISIONS.every(s => GATE_DECISIONS.includes(s))).toBe(true);
    expect(AGILE_STAGES.every(s => STAGE_CODES.includes(s))).toBe(true);
    for (const list of [RISK_BANDS, RISK_RESPONSES, CONDITION_STATUSES, CHECKLIST_CATEGORIES, RISK_TRENDS, ISSUE_AGE_BUCKETS, STAGE_CODES, GATE_CODES, LIFECYCLE_ROLES] as ReadonlyArray<ReadonlyArray<string>>) {
      expect(new Set(list).size).toBe(list.length);
    }
  });
});
