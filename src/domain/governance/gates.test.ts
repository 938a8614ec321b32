import { checkConditions, checkEvidence, checkGateDecision, checkWaiver, gateReadiness, isEvidenceUrl, type IChecklistItem, type IGateCondition, type IWaiver } from './index';

/*
 * Worked example (the browser scenario): the gate before delivery has five items; the PM
 * answers all but the mandatory NIS2 one, "go" is blocked, the PMO waives it with a reason, the board
 * decides "go with conditions". The categories are those of GateChecklistItems; the rules are the
 * issue's (none of the PPM tools compared there blocks a gate on missing compliance evidence).
 */
const ITEMS: IChecklistItem[] = [
  { id: 1, title: 'Quality plan approved', category: 'Quality', mandatory: true },
  { id: 2, title: 'ISMS scope covers the new service', category: 'Iso27001', mandatory: true },
  { id: 3, title: 'NIS2 incident reporting contact named', category: 'Nis2', mandatory: true },
  { id: 4, title: 'Tender published in the procurement portal', category: 'Procurement', mandatory: false },
  { id: 5, title: 'Board minutes stored', category: 'Governance', mandatory: true }
];
const ANSWERS = [
  { itemId: 1, evidenceUrl: 'https://contoso.sharepoint.com/sites/pmo/Docs/quality-plan.docx' },
  { itemId: 2, comment: 'Scope statement v3, section 2' },
  { itemId: 5, evidenceUrl: 'http://intranet/minutes/2027-03.pdf', comment: 'signed' }
];
const WAIVER: IWaiver = { itemId: 3, by: 'pmo.officer@contoso.com', at: '2027-03-02T10:15:00Z', reason: 'Service is not in NIS2 scope; legal opinion 2027-02.' };
const CONDITION: IGateCondition = { text: 'Name the NIS2 contact before go-live', owner: 'pm@contoso.com', due: '2027-04-30' };

describe('evidence', () => {
  it('accepts http(s) links and non-empty comments only', () => {
    expect(['https://a.example/x', 'http://intranet/doc'].map(isEvidenceUrl)).toEqual([true, true]);
    expect(['javascript:alert(1)', 'data:text/html,x', 'file:///c:/x', '/sites/pmo/doc', 'ftp://a/b', ' https://a/x', '', undefined].map(isEvidenceUrl)).toEqual(Array(8).fill(false));
    expect(checkEvidence({ itemId: 1, evidenceUrl: 'https://a.example/x' })).toEqual([]);
    expect(checkEvidence({ itemId: 1, comment: 'see minutes' })).toEqual([]);
    expect(checkEvidence({ itemId: 1, comment: '   ' })).toEqual([{ code: 'evidenceRequired', field: 'comment' }]);
    expect(checkEvidence({ itemId: 1 })).toEqual([{ code: 'evidenceRequired', field: 'comment' }]);
    expect(checkEvidence({ itemId: 1, evidenceUrl: 'javascript:alert(1)', comment: 'ok' })).toEqual([{ code: 'evidenceUrlInvalid', field: 'evidenceUrl' }]);
  });
});

describe('waivers and conditions', () => {
  it('a waiver needs who, when and a reason', () => {
    expect(checkWaiver(WAIVER)).toEqual([]);
    expect(checkWaiver({ ...WAIVER, at: '2027-03-02' })).toEqual([]);
    expect(checkWaiver({ itemId: 3, by: ' ', at: '2027-02-30T10:00:00Z', reason: '\n' })).toEqual([
      { code: 'waiverByRequired', field: 'by' },
      { code: 'waiverDateInvalid', field: 'at' },
      { code: 'waiverReasonRequired', field: 'reason' }
    ]);
  });

  it('a condition needs a text, an owner and a due day', () => {
    expect(checkConditions([CONDITION])).toEqual([]);
    expect(checkConditions([CONDITION, { text: '', owner: '', due: '30.04.2027' }])).toEqual([
      { code: 'conditionTextRequired', field: 'text', index: 1 },
      { code: 'conditionOwnerRequired', field: 'owner', index: 1 },
      { code: 'conditionDueInvalid', field: 'due', index: 1 }
    ]);
  });
});

describe('gate readiness', () => {
  it('a mandatory item without evidence blocks, named with its category; an optional one does not', () => {
    const r = gateReadiness(ITEMS, ANSWERS, []);
    expect(r.canGo).toBe(false);
    expect(r.blocking).toEqual([{ id: 3, title: 'NIS2 incident reporting contact named', category: 'Nis2' }]);
    expect(r.byCategory.Nis2).toEqual({ items: 1, evidenced: 0, waived: 0, blocking: 1, open: 0 });
    expect(r.byCategory.Procurement).toEqual({ items: 1, evidenced: 0, waived: 0, blocking: 0, open: 1 });
    expect(r.byCategory.Quality).toEqual({ items: 1, evidenced: 1, waived: 0, blocking: 0, open: 0 });
  });

  it('a PMO waiver with a reason unblocks it and stays visible', () => {
    const r = gateReadiness(ITEMS, ANSWERS, [WAIVER]);
    expect(r.canGo).toBe(true);
    expect(r.blocking).toEqual([]);
    expect(r.waived).toEqual([{ id: 3, title: 'NIS2 incident reporting contact named', category: 'Nis2', waiver: WAIVER }]);
    expect(r.byCategory.Nis2).toEqual({ items: 1, evidenced: 0, waived: 1, blocking: 0, open: 0 });
  });

  it('a waiver without a reason and a javascript: link do not count, and are reported', () => {
    const r = gateReadiness(ITEMS, [...ANSWERS, { itemId: 3, evidenceUrl: 'javascript:void 0' }], [{ ...WAIVER, reason: '  ' }]);
    expect(r.blocking.map(i => i.id)).toEqual([3]);
    expect(r.invalidAnswers).toEqual([{ itemId: 3, problems: [{ code: 'evidenceUrlInvalid', field: 'evidenceUrl' }] }]);
    expect(r.invalidWaivers).toEqual([{ itemId: 3, problems: [{ code: 'waiverReasonRequired', field: 'reason' }] }]);
  });

  it('evidence counts before a waiver; answers to items of another gate are ignored', () => {
    const r = gateReadiness(ITEMS, [...ANSWERS, { itemId: 3, comment: 'Contact: CISO' }, { itemId: 99, comment: 'x' }], [WAIVER]);
    expect(r.waived).toEqual([]);
    expect(r.byCategory.Nis2.evidenced).toBe(1);
    expect(Object.values(r.byCategory).reduce((s, c) => s + c.items, 0)).toBe(ITEMS.length);
  });
});

describe('gate decisions', () => {
  const blocked = gateReadiness(ITEMS, ANSWERS, []);
  const ready = gateReadiness(ITEMS, ANSWERS, [WAIVER]);

  it('refuses go and go with conditions while an item blocks: a condition never replaces evidence', () => {
    expect(checkGateDecision(blocked, 'Go')).toEqual([{ code: 'blockingItems', items: blocked.blocking }]);
    expect(checkGateDecision(blocked, 'GoWithConditions', [CONDITION])).toEqual([{ code: 'blockingItems', items: blocked.blocking }]);
  });

  it('allows recycle and stop always', () => {
    expect(checkGateDecision(blocked, 'Recycle')).toEqual([]);
    expect(checkGateDecision(blocked, 'Stop', [CONDITION])).toEqual([]);
  });

  it('go with conditions needs at least one complete condition; go takes none', () => {
    expect(checkGateDecision(ready, 'GoWithConditions', [CONDITION])).toEqual([]);
    expect(checkGateDecision(ready, 'GoWithConditions', [])).toEqual([{ code: 'conditionsRequired', field: 'conditions' }]);
    expect(checkGateDecision(ready, 'GoWithConditions', [{ ...CONDITION, owner: ' ' }])).toEqual([{ code: 'conditionOwnerRequired', field: 'owner', index: 0 }]);
    expect(checkGateDecision(ready, 'Go')).toEqual([]);
    expect(checkGateDecision(ready, 'Go', [CONDITION])).toEqual([{ code: 'conditionsOnlyWithGoWithConditions', field: 'conditions' }]);
  });

  it('refuses an unknown decision code (e.g. the old Passed)', () => {
    expect(checkGateDecision(ready, 'Passed')).toEqual([{ code: 'unknownDecision', field: 'decision' }]);
  });
});
