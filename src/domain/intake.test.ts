import {
  allowedMoves, canDelete, appendIntakeLog, canConvert, checkTransition, costPlanFromJson, costPlanToJson, costTotals, demandByRole,
  demandFromJson, demandMonths, demandToJson, emptyRequest, intakeLogFromJson, isEditable, isIsoDate, issuesByField,
  projectCodeFor, requestToProject, setDemand, validateRequest, validationMessage, yearsBetween, type IRequestInput
} from './intake';
import { loadLocale } from '../../tools/jest/locale';

const requester = { isPmo: false, isAuthor: true };
const otherRequester = { isPmo: false, isAuthor: false };
const pmo = { isPmo: true, isAuthor: false };

/** The worked example: James Walker's request for a customer service chatbot. */
function chatbot(): IRequestInput {
  return {
    title: 'Customer service chatbot',
    businessUnit: 'Customer Service',
    problemStatement: 'Call volumes grew 40% in two years; waiting times exceed 12 minutes.',
    goals: 'Answer 30% of routine questions automatically.',
    objectiveIds: [2, 5],
    expectedBenefits: 'Shorter waiting times; 3 FTE freed for complex cases.',
    costPlan: [{ year: 2028, capex: 20000, opex: 12500.5 }, { year: 2027, capex: 120000, opex: 0.1 }],
    desiredStart: '2027-03-01',
    desiredEnd: '2028-06-30',
    urgency: 'High',
    sponsor: { id: 14, login: 'pieter.bakker@pmohub.demo', displayName: 'Pieter Bakker' },
    compliance: { personalData: true, iso27001Scope: true, nis2Relevant: false, procurementNeeded: true },
    resourceDemand: [{ role: 1, month: '2027-03', days: 8 }, { role: 3, month: '2027-03', days: 4.5 }, { role: 1, month: '2027-04', days: 8 }]
  };
}

describe('intake state machine', () => {
  it('lets the requester submit their own draft, and nobody else', () => {
    expect(checkTransition('Draft', 'Submitted', requester, false)).toEqual({ ok: true });
    expect(checkTransition('Draft', 'Submitted', otherRequester, false)).toEqual({ ok: false, refusal: 'notPermitted' });
    expect(checkTransition('Draft', 'Submitted', pmo, false)).toEqual({ ok: false, refusal: 'notPermitted' });
    expect(checkTransition('Draft', 'Submitted', { isPmo: true, isAuthor: true }, false)).toEqual({ ok: true });
  });

  it('lets only the PMO move a submitted request: review, ready for scoring, approve', () => {
    expect(checkTransition('Submitted', 'InReview', requester, false)).toEqual({ ok: false, refusal: 'notPermitted' });
    expect(checkTransition('Submitted', 'InReview', pmo, false)).toEqual({ ok: true });
    expect(checkTransition('InReview', 'ReadyForScoring', pmo, false)).toEqual({ ok: true });
    expect(checkTransition('ReadyForScoring', 'Approved', pmo, false)).toEqual({ ok: true });
  });

  it('keeps a request in "Ready for scoring" while an open scoring round holds it, naming the round', () => {
    const open = { openRound: 'Strategy board scoring, November 2026' };
    for (const to of ['Approved', 'Rejected', 'Deferred'] as const) {
      expect(checkTransition('ReadyForScoring', to, pmo, false, 'Out of scope', open)).toEqual({ ok: false, refusal: 'roundOpen', round: 'Strategy board scoring, November 2026' });
      expect(checkTransition('ReadyForScoring', to, pmo, false, 'Out of scope', {})).toEqual({ ok: true });
    }
    // Only a move out of "Ready for scoring" depends on a round; the workflow's own refusals come first.
    expect(checkTransition('InReview', 'Rejected', pmo, false, 'Out of scope', open)).toEqual({ ok: true });
    expect(checkTransition('ReadyForScoring', 'Approved', requester, false, undefined, open)).toEqual({ ok: false, refusal: 'notPermitted' });
  });

  it('refuses moves the workflow does not have', () => {
    expect(checkTransition('Draft', 'Approved', pmo, false)).toEqual({ ok: false, refusal: 'notAllowed' });
    expect(checkTransition('Submitted', 'Approved', pmo, false)).toEqual({ ok: false, refusal: 'notAllowed' });
    expect(checkTransition('Approved', 'InReview', pmo, false)).toEqual({ ok: false, refusal: 'notAllowed' });
    expect(checkTransition('Rejected', 'InReview', pmo, false)).toEqual({ ok: false, refusal: 'notAllowed' });
    expect(checkTransition('Deferred', 'Approved', pmo, false)).toEqual({ ok: false, refusal: 'notAllowed' });
  });

  it('needs a reason to reject or defer, and lets a deferred request go back to review', () => {
    expect(checkTransition('ReadyForScoring', 'Rejected', pmo, false)).toEqual({ ok: false, refusal: 'reasonRequired' });
    expect(checkTransition('ReadyForScoring', 'Rejected', pmo, false, '   ')).toEqual({ ok: false, refusal: 'reasonRequired' });
    expect(checkTransition('ReadyForScoring', 'Rejected', pmo, false, 'No budget in 2027')).toEqual({ ok: true });
    expect(checkTransition('InReview', 'Deferred', pmo, false)).toEqual({ ok: false, refusal: 'reasonRequired' });
    expect(checkTransition('InReview', 'Deferred', pmo, false, 'Wait for the ERP decision')).toEqual({ ok: true });
    expect(checkTransition('Deferred', 'InReview', pmo, false)).toEqual({ ok: true });
  });

  it('treats a converted request as final', () => {
    expect(checkTransition('Approved', 'Rejected', pmo, true, 'x')).toEqual({ ok: false, refusal: 'converted' });
    expect(allowedMoves('Approved', pmo, true)).toEqual([]);
    expect(canConvert('Approved', pmo, false)).toBe(true);
    expect(canConvert('Approved', pmo, true)).toBe(false);
    expect(canConvert('Approved', requester, false)).toBe(false);
    expect(canConvert('ReadyForScoring', pmo, false)).toBe(false);
  });

  it('lists the moves each actor has', () => {
    expect(allowedMoves('Draft', requester, false)).toEqual(['Submitted', 'Withdrawn']);
    expect(allowedMoves('Draft', pmo, false)).toEqual([]);
    expect(allowedMoves('Submitted', pmo, false)).toEqual(['InReview', 'Rejected']);
    expect(checkTransition('Submitted', 'Rejected', pmo, false)).toEqual({ ok: false, refusal: 'reasonRequired' });
    expect(checkTransition('Submitted', 'Rejected', requester, false, 'x')).toEqual({ ok: false, refusal: 'notPermitted' });
    expect(allowedMoves('Withdrawn', requester, false)).toEqual([]);
    expect(allowedMoves('InReview', requester, false)).toEqual([]);
    expect(allowedMoves('InReview', pmo, false)).toEqual(['ReadyForScoring', 'Rejected', 'Deferred']);
    expect(allowedMoves('ReadyForScoring', pmo, false)).toEqual(['Approved', 'Rejected', 'Deferred']);
    expect(allowedMoves('Deferred', pmo, false)).toEqual(['InReview']);
  });

  it('lets the author delete only their own drafts', () => {
    expect(canDelete('Draft', requester, false)).toBe(true);
    expect(canDelete('Draft', otherRequester, false)).toBe(false);
    expect(canDelete('Draft', pmo, false)).toBe(false);
    expect(canDelete('Submitted', requester, false)).toBe(false);
    expect(canDelete('Withdrawn', requester, false)).toBe(false);
  });

  it('lets the requester edit only their own drafts', () => {
    expect(isEditable('Draft', requester, false)).toBe(true);
    expect(isEditable('Submitted', requester, false)).toBe(false);
    expect(isEditable('Draft', otherRequester, false)).toBe(false);
  });
});

describe('request validation', () => {
  const en = loadLocale('en-us');
  const de = loadLocale('de-de');
  const messages = (r: IRequestInput, mode: 'draft' | 'submit', s = en): string[] => validateRequest(r, mode).map(i => validationMessage(i, s, id => `role ${id}`));

  it('accepts the worked example for submission', () => {
    expect(validateRequest(chatbot(), 'submit')).toEqual([]);
  });

  it('needs only a title for a draft', () => {
    expect(messages(emptyRequest(), 'draft')).toEqual(['“Request title”: fill in this field.']);
    expect(validateRequest({ ...emptyRequest(), title: 'Chatbot' }, 'draft')).toEqual([]);
  });

  it('names every missing field of an empty submission, in English and German', () => {
    const en1 = messages(emptyRequest(), 'submit');
    expect(en1).toEqual([
      '“Request title”: fill in this field.',
      '“Business unit”: fill in this field.',
      '“Problem statement”: fill in this field.',
      '“Goals”: fill in this field.',
      '“Strategic objectives”: choose at least one.',
      '“Sponsor”: fill in this field.',
      '“Desired start”: fill in this field.',
      '“Desired end”: fill in this field.',
      '“Processes personal data”: answer Yes or No.',
      '“In ISO 27001 scope”: answer Yes or No.',
      '“Relevant for NIS2”: answer Yes or No.',
      '“Procurement needed”: answer Yes or No.'
    ]);
    const de1 = messages({ ...chatbot(), businessUnit: ' ' }, 'submit', de);
    expect(de1).toEqual(['„Organisationseinheit“: Bitte füllen Sie dieses Feld aus.']);
  });

  it('needs the desired start before the desired end', () => {
    expect(messages({ ...chatbot(), desiredStart: '2028-06-30', desiredEnd: '2027-03-01' }, 'submit')).toEqual(['“Desired end”: choose a day after “Desired start”.']);
    expect(messages({ ...chatbot(), desiredEnd: '2027-03-01' }, 'submit')).toEqual(['“Desired end”: choose a day after “Desired start”.']);
    expect(messages({ ...chatbot(), desiredStart: '2027-02-30' }, 'draft')).toEqual(['“Desired start”: enter a valid date.']);
  });

  it('needs capex and opex per year to be finite numbers of 0 or more, once per year', () => {
    const r = { ...chatbot(), costPlan: [{ year: 2027, capex: -1, opex: NaN }, { year: 2028, capex: Infinity, opex: 0 }, { year: 2028, capex: 0, opex: 0 }, { year: 1999.5, capex: 0, opex: 0 }] };
    expect(messages(r, 'draft')).toEqual([
      '“Capex and opex per year”: enter an amount of 0 or more for capex 2027.',
      '“Capex and opex per year”: enter an amount of 0 or more for opex 2027.',
      '“Capex and opex per year”: enter an amount of 0 or more for capex 2028.',
      '“Capex and opex per year”: the year 2028 appears twice.',
      '“Capex and opex per year”: 1999.5 is not a valid year.'
    ]);
  });

  it('needs demand days of 0 or more, naming role and month', () => {
    const r = { ...chatbot(), resourceDemand: [{ role: 3, month: '2027-05', days: -2 }] };
    expect(messages(r, 'submit')).toEqual(['“Resource demand by role and month”: enter 0 or more days for role 3 in 2027-05.']);
  });

  it('refuses a title longer than SharePoint stores', () => {
    expect(messages({ ...chatbot(), title: 'x'.repeat(256) }, 'draft')).toEqual(['“Request title”: use at most 255 characters.']);
  });

  it('keeps the first issue per field for the form', () => {
    const byField = issuesByField(validateRequest(emptyRequest(), 'submit'));
    expect(byField.title?.code).toBe('required');
    expect(byField.costPlan).toBeUndefined();
  });

  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2027-3-1')).toBe(false);
  });
});

describe('cost plan', () => {
  it('stores capex and opex per year as JSON by year, and reads it back', () => {
    const json = costPlanToJson(chatbot().costPlan);
    expect(json).toBe('[{"year":2027,"capex":120000,"opex":0.1},{"year":2028,"capex":20000,"opex":12500.5}]');
    expect(costPlanFromJson(json)).toEqual([{ year: 2027, capex: 120000, opex: 0.1 }, { year: 2028, capex: 20000, opex: 12500.5 }]);
  });

  it('totals in cents: 120,000 + 20,000 capex, 0.10 + 12,500.50 opex', () => {
    expect(costTotals(chatbot().costPlan)).toEqual({ capex: 140000, opex: 12500.6, total: 152500.6 });
    expect(costTotals([{ year: 2027, capex: 0.1, opex: 0.2 }]).total).toBe(0.3);
  });

  it('reads nothing from blank or malformed JSON and skips malformed rows', () => {
    expect(costPlanFromJson(undefined)).toEqual([]);
    expect(costPlanFromJson('not json')).toEqual([]);
    expect(costPlanFromJson('{"year":2027}')).toEqual([]);
    expect(costPlanFromJson('[{"year":"x"},{"year":2029,"capex":5}]')).toEqual([{ year: 2029, capex: 5, opex: 0 }]);
  });

  it('reads the seed\'s fractional amounts', () => {
    expect(costTotals(costPlanFromJson('[{"year":2027,"capex":33333.333333,"opex":1}]'))).toEqual({ capex: 33333.33, opex: 1, total: 33334.33 });
  });

  it('lists the calendar years of the desired period', () => {
    expect(yearsBetween('2027-03-01', '2029-01-31')).toEqual([2027, 2028, 2029]);
    expect(yearsBetween('2027-03-01', undefined)).toEqual([]);
  });
});

describe('resource demand', () => {
  it('stores role × month days as JSON without empty cells, and reads it back', () => {
    const json = demandToJson([...chatbot().resourceDemand, { role: 2, month: '2027-03', days: 0 }]);
    expect(json).toBe('[{"role":1,"month":"2027-03","days":8},{"role":3,"month":"2027-03","days":4.5},{"role":1,"month":"2027-04","days":8}]');
    expect(demandFromJson(json)).toEqual(chatbot().resourceDemand);
    expect(demandFromJson('[{"role":0,"month":"2027-03","days":1},{"role":1,"month":"March","days":1}]')).toEqual([]);
  });

  it('sets and clears a cell and totals per role', () => {
    let cells = setDemand(chatbot().resourceDemand, 3, '2027-04', 2);
    cells = setDemand(cells, 1, '2027-04', 0);
    expect(demandByRole(cells)).toEqual(new Map([[1, 8], [3, 6.5]]));
  });

  it('spans the months of the desired period, capped at 36, or the next 12 months', () => {
    expect(demandMonths('2027-11-15', '2028-02-01', '2026-11-21')).toEqual(['2027-11', '2027-12', '2028-01', '2028-02']);
    expect(demandMonths('2027-01-01', '2031-12-31', '2026-11-21')).toHaveLength(36);
    expect(demandMonths(undefined, undefined, '2026-11-21')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07', '2027-08', '2027-09', '2027-10']);
  });
});

describe('intake log', () => {
  it('appends entries and reads them oldest first, skipping malformed ones', () => {
    let json = appendIntakeLog(undefined, { at: '2026-11-21T09:00:00Z', by: 'James Walker', from: 'Draft', to: 'Submitted' });
    json = appendIntakeLog(json, { at: '2026-11-22T10:00:00Z', by: 'Anna Schmidt', from: 'Submitted', to: 'InReview', comment: 'Complete' });
    const withJunk = JSON.stringify([...JSON.parse(json) as unknown[], { at: 'x', to: 'Nope' }]);
    expect(intakeLogFromJson(withJunk)).toEqual([
      { at: '2026-11-21T09:00:00Z', by: 'James Walker', from: 'Draft', to: 'Submitted', comment: undefined, reason: undefined },
      { at: '2026-11-22T10:00:00Z', by: 'Anna Schmidt', from: 'Submitted', to: 'InReview', comment: 'Complete', reason: undefined }
    ]);
  });
});

describe('request → project', () => {
  it('carries title, business unit as department, sponsor, objectives, dates, budget = capex + opex, and the link back', () => {
    expect(requestToProject(42, chatbot())).toEqual({
      title: 'Customer service chatbot',
      code: 'REQ-000042',
      department: 'Customer Service',
      summary: 'Call volumes grew 40% in two years; waiting times exceed 12 minutes.',
      sponsorId: 14,
      objectiveIds: [2, 5],
      startDate: '2027-03-01',
      endDate: '2028-06-30',
      budget: 152500.6,
      requestId: 42
    });
    expect(projectCodeFor(1234567)).toBe('REQ-1234567');
  });
});
