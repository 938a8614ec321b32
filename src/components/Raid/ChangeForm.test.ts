/**
 * The RAID log's pure form rules: the change form reads whole days and amounts in the user's locale
 * and names the field of each problem; the service's refusals land on their fields; the portfolio
 * filters round-trip through the address.
 */
import { ChangeRefusedError } from '../../services/ChangeRequestService';
import { RaidLogRefusedError } from '../../services/RaidLogService';
import { RiskRefusedError } from '../../services/RiskService';
import { refusalProblems } from './useEntryForm';
import { changeInputOf, changeProblems, changeRefusalProblems, changeValuesOf, readDays, type IChangeValues } from './ChangeForm';
import { filterFromQuery, queryWithFilter, raidFilterOf } from './PortfolioRaid';
import { decisionProblems } from './DecisionsTab';
import type { IsoDay } from '../../domain/dates';

const values = (v: Partial<IChangeValues>): IChangeValues => ({ title: 'Archive interface', priority: 'Medium', summary: '', scopeImpact: '', scheduleImpactDays: '', costImpact: '', ...v });

describe('the change form', () => {
  it('reads whole days with a sign, and nothing else', () => {
    expect(readDays('14')).toBe(14);
    expect(readDays('+14')).toBe(14);
    expect(readDays('-7')).toBe(-7);
    expect(readDays('\u22127')).toBe(-7);
    expect(readDays('-0')).toBe(0);
    expect(readDays('1.5')).toBeUndefined();
    expect(readDays('two weeks')).toBeUndefined();
  });

  it('names the field of each problem, and reads the amount in the user\'s locale', () => {
    const problems = changeProblems(values({ title: ' ', scheduleImpactDays: '1,5', costImpact: '25.000,50' }), 'en-us');
    expect(problems.title).toBe('“Title” is required.');
    expect(problems.scheduleImpactDays).toBe('“Impact on schedule (days)”: enter a whole number of days, such as 14 or −7.');
    expect(problems.costImpact).toContain('“Impact on cost”');
    expect(changeProblems(values({ costImpact: '25.000,50' }), 'de-de')).toEqual({});
    expect(changeInputOf(values({ scheduleImpactDays: '−7', costImpact: '25.000,50', scopeImpact: '  ' }), 'de-de'))
      .toEqual({ title: 'Archive interface', priority: 'Medium', summary: undefined, scopeImpact: undefined, scheduleImpactDays: -7, costImpact: 25000.5 });
    expect(changeInputOf(values({}), 'en-us')).toMatchObject({ scheduleImpactDays: undefined, costImpact: undefined });
  });

  it('starts an assessment with the stored impact, the amount in the user\'s locale', () => {
    const v = changeValuesOf({ id: 3, title: 'T', status: 'Submitted', etag: '"1"', scheduleImpactDays: -7, costImpact: 1250000.5 }, 'de-de');
    expect(v.scheduleImpactDays).toBe('-7');
    expect(v.costImpact).toBe('1.250.000,5');
  });

  it('puts the service\'s refusals on their fields; a refused state change is shown as a whole', () => {
    expect(changeRefusalProblems(new ChangeRefusedError([{ code: 'milestoneWithoutBaseline', field: 'milestoneIds', milestoneIds: [4] }])))
      .toEqual({ milestones: '“Milestones to re-baseline”: choose milestones of this project that have a baseline.' });
    expect(changeRefusalProblems(new ChangeRefusedError([{ code: 'costImpactNegative', field: 'costImpact' }]))).toHaveProperty('costImpact');
    expect(changeRefusalProblems(new ChangeRefusedError([{ code: 'transitionNotAllowed', field: 'to', from: 'Approved', to: 'Rejected' }]))).toBeUndefined();
    expect(changeRefusalProblems(new Error('other'))).toBeUndefined();
  });

  it('names the title and its limit when the service refuses a title over 255 characters (found by reliability.fuzz)', () => {
    expect(changeRefusalProblems(new ChangeRefusedError([{ code: 'tooLong', field: 'title' }]))).toEqual({ title: '“Title”: enter at most 255 characters.' });
    expect(refusalProblems(new RaidLogRefusedError([{ code: 'dateOutOfRange', field: 'dueDate' }]))).toEqual({ dueDate: '“Due date”: enter a date between the years 1900 and 8900.' });
    expect(refusalProblems(new RiskRefusedError([{ code: 'tooLong', field: 'title' }]))).toEqual({ title: '“Title”: enter at most 255 characters.' });
  });
});

describe('the decision form', () => {
  it('requires a title, a day and the why', () => {
    expect(Object.keys(decisionProblems({ title: '', outcome: 'Noted', decidedBy: [], rationale: ' ' })).sort()).toEqual(['date', 'rationale', 'title']);
    expect(decisionProblems({ title: 'Pilot first', date: '2026-11-30' as IsoDay, outcome: 'Noted', decidedBy: [], rationale: 'One data centre.' })).toEqual({});
  });
});

describe('the portfolio filters', () => {
  it('round-trip through the address, keeping its other parameters', () => {
    const f = { programme: '3', department: 'IT & Digital', pm: '12' };
    const q = queryWithFilter('?user=a%40b.demo&lang=it-it', f);
    expect(filterFromQuery(q)).toEqual(f);
    expect(new URLSearchParams(q).get('lang')).toBe('it-it');
    expect(queryWithFilter(q, { programme: '', department: '', pm: '' })).toBe('?user=a%40b.demo&lang=it-it');
  });

  it('become the service\'s filter; "All" filters nothing', () => {
    expect(raidFilterOf({ programme: '3', department: 'IT', pm: '' })).toEqual({ programmeIds: [3], departments: ['IT'], projectManagerIds: [] });
    expect(raidFilterOf({ programme: '', department: '', pm: 'x' })).toEqual({ programmeIds: [], departments: [], projectManagerIds: [] });
  });
});
