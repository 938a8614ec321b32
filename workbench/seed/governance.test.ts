/**
 * The governance demo data (schema 7): gates and checklists of every lifecycle, the methodology guide
 * in five languages, templates per stage, and a gate review flow that GateService reads as it stands:
 * decisions by the board, waivers by the PMO, and no seeded project that a replay of its trusted
 * decisions would move.
 */
import { lifecycleOf } from '../../src/domain/governance';
import { CHECKLIST_CATEGORIES, LIFECYCLE_CODES } from '../../src/domain/governance/vocabulary';
import { checklistContentOf, replayDecisions, type IGateDecisionRow, type IGateReview } from '../../src/services/gateRecords';
import { demoUsers } from '../directory';
import { generateSeed } from './generate';
import type { IJsonRef, ILookupRef, ISeedData, ISeedRow, IUsersRef } from './model';

const rowsOf = (d: ISeedData, key: string): ISeedRow[] => {
  const l = d.lists.filter(x => x.key === key)[0];
  if (!l) throw new Error(`no list ${key}`);
  return l.rows;
};
const idx = (v: unknown): number => (v as ILookupRef).index;
const upnsOf = (role: string): Set<string> => new Set(demoUsers.filter(u => u.role === role).map(u => u.userPrincipalName));

/** A review's ChecklistResultJson as the service reads it, with the writer's ids standing for row indexes. */
function reviewContent(r: ISeedRow): ReturnType<typeof checklistContentOf> {
  const json = JSON.stringify((r.values.ChecklistResultJson as { json: unknown }).json, (_k, v: unknown) => (v && typeof v === 'object' && '$ref' in v ? (v as IJsonRef).$index : v));
  return checklistContentOf(json);
}

describe('governance demo data', () => {
  const d = generateSeed({ projects: 60 });
  const gates = rowsOf(d, 'Gates');
  const items = rowsOf(d, 'GateChecklistItems');
  const board = upnsOf('boardMember');
  const officers = upnsOf('pmoOfficer');

  it('has gates for every stage of the three lifecycles, each with its checklist; every lifecycle covers every category, handover at its closing gate', () => {
    for (const lifecycle of LIFECYCLE_CODES) {
      const mine = gates.map((g, i) => ({ g, i })).filter(x => x.g.values.Lifecycle === lifecycle);
      const stages = lifecycleOf(lifecycle).stages;
      expect(stages.filter(s => !mine.some(x => x.g.values.StageCode === s.code))).toEqual([]);
      for (const x of mine) expect(items.filter(c => idx(c.values.Gate) === x.i).length).toBeGreaterThanOrEqual(4);
      const ofLifecycle = items.filter(c => mine.some(x => x.i === idx(c.values.Gate)));
      expect(new Set(ofLifecycle.map(c => c.values.ChecklistCategory))).toEqual(new Set(CHECKLIST_CATEGORIES));
      const closing = mine.filter(x => x.g.values.StageCode === stages[stages.length - 1].code).map(x => x.i);
      expect(ofLifecycle.filter(c => c.values.ChecklistCategory === 'Handover').every(c => closing.indexOf(idx(c.values.Gate)) >= 0)).toBe(true);
      expect(ofLifecycle.filter(c => c.values.ChecklistCategory === 'Handover' && c.values.Mandatory === true).length).toBeGreaterThanOrEqual(4);
    }
    expect(items.every(c => String(c.values.Guidance ?? '').length > 10)).toBe(true);
  });

  it('has the methodology guide\'s content for every stage of every lifecycle in all five languages', () => {
    const rows = rowsOf(d, 'MethodologyStages');
    for (const lifecycle of LIFECYCLE_CODES) {
      for (const stage of lifecycleOf(lifecycle).stages) {
        const mine = rows.filter(r => r.values.Lifecycle === lifecycle && r.values.StageCode === stage.code);
        expect(mine.map(r => r.values.Language).sort()).toEqual(['de', 'en', 'fr', 'it', 'nl']);
        for (const r of mine) for (const c of ['Title', 'Purpose', 'StageRoles', 'GateCriteria']) expect(String(r.values[c] ?? '').length).toBeGreaterThan(3);
      }
    }
    // The content differs between languages (translated, not copied).
    const purposes = rows.filter(r => r.values.Lifecycle === 'agile' && r.values.StageCode === 'Beta').map(r => r.values.Purpose);
    expect(new Set(purposes).size).toBe(5);
  });

  it('has templates for every stage of every lifecycle in the library', () => {
    const templates = rowsOf(d, 'Templates').filter(t => t.values.TemplateStatus !== 'Retired');
    for (const lifecycle of LIFECYCLE_CODES) {
      expect(lifecycleOf(lifecycle).stages.filter(s => !templates.some(t => t.values.StageCode === s.code)).map(s => s.code)).toEqual([]);
    }
  });

  it('keeps the trust rule: gate decisions by strategy board members, waivers by PMO officers on required NIS2 items, conditions by the board on a go with conditions', () => {
    const decisions = rowsOf(d, 'Decisions').filter(r => r.values.GateOutcome);
    expect(decisions.length).toBeGreaterThan(20);
    for (const r of decisions) {
      expect(board.has(r.author ?? '')).toBe(true);
      expect((r.values.DecidedBy as IUsersRef).users).toEqual([r.author]);
    }
    const waivers = rowsOf(d, 'GateWaivers');
    expect(waivers.length).toBeGreaterThanOrEqual(1);
    for (const w of waivers) {
      expect(officers.has(w.author ?? '')).toBe(true);
      const item = items[idx(w.values.ChecklistItem)];
      expect([item.values.ChecklistCategory, item.values.Mandatory]).toEqual(['Nis2', true]);
      expect(String(w.values.WaiverReason).length).toBeGreaterThan(20);
      // The waived item has no evidence in its review, which the board passed.
      const review = rowsOf(d, 'GateReviews')[idx(w.values.GateReview)];
      expect(reviewContent(review).answers.some(a => a.itemId === idx(w.values.ChecklistItem))).toBe(false);
      expect(decisions.some(x => idx(x.values.GateReview) === idx(w.values.GateReview) && (x.values.GateOutcome === 'Go' || x.values.GateOutcome === 'GoWithConditions'))).toBe(true);
    }
    const conditions = rowsOf(d, 'GateConditions');
    expect(new Set(conditions.map(c => c.values.ConditionStatus))).toEqual(new Set(['Open', 'Met']));
    const all = rowsOf(d, 'Decisions');
    for (const c of conditions) expect(all[idx(c.values.Decision)].values.GateOutcome).toBe('GoWithConditions');
  });

  it('passes no gate with a required item lacking evidence or a waiver', () => {
    const reviews = rowsOf(d, 'GateReviews');
    const waived = new Set(rowsOf(d, 'GateWaivers').map(w => `${idx(w.values.GateReview)}/${idx(w.values.ChecklistItem)}`));
    const passed = rowsOf(d, 'Decisions').filter(r => r.values.GateOutcome === 'Go' || r.values.GateOutcome === 'GoWithConditions');
    for (const dec of passed) {
      const ri = idx(dec.values.GateReview);
      const answered = new Set(reviewContent(reviews[ri]).answers.filter(a => a.comment || a.evidenceUrl).map(a => a.itemId));
      const required = items.map((c, i) => ({ c, i })).filter(x => idx(x.c.values.Gate) === idx(reviews[ri].values.Gate) && x.c.values.Mandatory === true);
      expect(required.filter(x => !answered.has(x.i) && !waived.has(`${ri}/${x.i}`)).map(x => x.i)).toEqual([]);
    }
  });

  it('keeps each project where its decisions put it: a replay of the trusted decisions moves none, some reviews await the board, a draft is being filled', () => {
    const reviews = rowsOf(d, 'GateReviews');
    const decisions = rowsOf(d, 'Decisions');
    const projects = rowsOf(d, 'Projects');
    expect(new Set(projects.map(p => p.values.Lifecycle))).toEqual(new Set(LIFECYCLE_CODES));
    const decided = new Set(decisions.filter(r => r.values.GateOutcome).map(r => idx(r.values.GateReview)));
    expect(reviews.filter((_r, i) => !decided.has(i)).length).toBeGreaterThanOrEqual(1);
    expect(rowsOf(d, 'GateReviewDrafts').length).toBeGreaterThanOrEqual(1);
    projects.forEach((p, pi) => {
      const mine: IGateReview[] = reviews.map((r, i) => ({ r, i })).filter(x => idx(x.r.values.Project) === pi).map(x => ({ id: x.i, projectId: pi, gateId: idx(x.r.values.Gate), ...reviewContent(x.r) }));
      const rows: IGateDecisionRow[] = decisions.map((r, i) => ({ r, i })).filter(x => x.r.values.GateOutcome && idx(x.r.values.Project) === pi)
        .map(x => ({ id: x.i, reviewId: idx(x.r.values.GateReview), outcome: x.r.values.GateOutcome as IGateDecisionRow['outcome'], authorId: 1 }));
      const state = {
        lifecycle: p.values.Lifecycle as 'prince2', stage: p.values.StageCode as 'Delivery', status: p.values.LifecycleStatus as 'Active',
        ...(typeof p.values.DeliveryStageNo === 'number' ? { deliveryStageNo: p.values.DeliveryStageNo } : {})
      };
      expect(`${pi}: ${replayDecisions(state, mine, rows).moves.length}`).toBe(`${pi}: 0`);
    });
  });

  it('gives every risk a proximity and a response (accept when there is no mitigation), and open risks their rating at the last reports, so trends rise, fall, stay and are new', () => {
    const risks = rowsOf(d, 'Risks');
    const reports = rowsOf(d, 'StatusReports');
    const snapshots = rowsOf(d, 'RiskSnapshots');
    for (const r of risks) {
      expect(typeof r.values.Proximity).toBe('string');
      expect(r.values.RiskResponse === 'Accept').toBe(!r.values.Mitigation);
    }
    const byRisk = new Map<number, ISeedRow[]>();
    for (const s of snapshots) {
      const risk = risks[idx(s.values.Risk)];
      const report = reports[idx(s.values.StatusReport)];
      // As publishing writes them: open risks of the report's project, dated on the report.
      expect(['Open', 'Mitigating', 'Occurred']).toContain(risk.values.RiskStatus);
      expect(idx(s.values.Project)).toBe(idx(risk.values.Project));
      expect(idx(report.values.Project)).toBe(idx(risk.values.Project));
      expect(s.values.SnapshotDate).toBe(report.values.ReportDate);
      byRisk.set(idx(s.values.Risk), [...(byRisk.get(idx(s.values.Risk)) ?? []), s]);
    }
    const trends = new Set<string>();
    risks.forEach((r, i) => {
      if (!['Open', 'Mitigating'].includes(String(r.values.RiskStatus))) return;
      const mine = byRisk.get(i);
      if (!mine) return void trends.add('new');
      const last = mine[mine.length - 1].values;
      const then = Number(last.Probability) * Number(last.Impact);
      const now = Number(r.values.Probability) * Number(r.values.Impact);
      trends.add(now > then ? 'up' : now < then ? 'down' : 'same');
    });
    expect([...trends].sort()).toEqual(['down', 'new', 'same', 'up']);
  });

  it('measures every realised benefit over time, the last measurement being its realised value, and says how each benefit and change is measured or scoped', () => {
    const benefits = rowsOf(d, 'Benefits');
    const measurements = rowsOf(d, 'BenefitMeasurements');
    benefits.forEach((b, i) => {
      const mine = measurements.filter(m => idx(m.values.Benefit) === i);
      expect(typeof b.values.BenefitMeasure).toBe('string');
      if (typeof b.values.ActualValue !== 'number') return void expect(mine).toEqual([]);
      expect(mine.length).toBeGreaterThan(0);
      const dates = mine.map(m => String(m.values.MeasureDate));
      expect(dates.slice().sort()).toEqual(dates);
      expect(dates[dates.length - 1] < '2026-11-01').toBe(true);
      expect(mine[mine.length - 1].values.RealisedValue).toBe(b.values.ActualValue);
      for (const m of mine) expect(idx(m.values.Project)).toBe(idx(b.values.Project));
    });
    for (const c of rowsOf(d, 'ChangeRequests')) expect(typeof c.values.ScopeImpact).toBe('string');
  });

  it('files an evidence document of the last passed gate in the first projects\' libraries, named as SharePoint accepts', () => {
    const docs = rowsOf(d, 'ProjectDocuments');
    expect(docs.length).toBeGreaterThan(20);
    for (const doc of docs) {
      expect(doc.values.DocumentType).toBe('GateEvidence');
      expect(doc.file?.name).toMatch(/^[^"*:<>?/\\|#%~&{}]+\.md$/);
      expect(doc.file?.content).toMatch(/^# .+\n\n.+\n\n- /);
    }
    expect(new Set(docs.map(x => x.file?.name)).size).toBe(docs.length);
  });

  it('raises each risk before its first rating and each issue before it is due, both before the reference date', () => {
    const risks = rowsOf(d, 'Risks');
    const firstRating = new Map<number, string>();
    for (const s of rowsOf(d, 'RiskSnapshots')) {
      const k = idx(s.values.Risk);
      const on = String(s.values.SnapshotDate);
      if (!firstRating.has(k) || on < (firstRating.get(k) as string)) firstRating.set(k, on);
    }
    risks.forEach((r, k) => {
      const created = String(r.stamp?.created);
      expect(created < '2026-11-01').toBe(true);
      const rated = firstRating.get(k);
      if (rated) expect(`${k}: ${created < rated}`).toBe(`${k}: true`);
    });
    const ages = new Set<string>();
    for (const i of rowsOf(d, 'Issues')) {
      const created = String(i.stamp?.created);
      expect(created < '2026-11-01').toBe(true);
      if (typeof i.values.DueDate === 'string') expect(created <= i.values.DueDate).toBe(true);
      const days = (Date.parse('2026-11-01') - Date.parse(created)) / 86400000;
      ages.add(days <= 30 ? 'month' : days <= 90 ? 'quarter' : 'older');
    }
    expect([...ages].sort()).toEqual(['month', 'older', 'quarter']);
  });

  it('gives no two risks, issues, decisions, changes, lessons or benefits of a project the same title', () => {
    for (const key of ['Risks', 'Issues', 'ChangeRequests', 'Lessons', 'Benefits']) {
      const seen = new Set<string>();
      const twice: string[] = [];
      for (const r of rowsOf(d, key)) {
        if (!r.values.Project) continue;
        const k = `${idx(r.values.Project)}/${String(r.values.Title)}`;
        if (seen.has(k)) twice.push(`${key} ${k}`);
        seen.add(k);
      }
      expect(twice).toEqual([]);
    }
    const decisions = new Set<string>();
    for (const r of rowsOf(d, 'Decisions')) {
      if (!r.values.Project || r.values.GateReview) continue;
      const k = `${idx(r.values.Project)}/${String(r.values.Title)}`;
      expect(decisions.has(k)).toBe(false);
      decisions.add(k);
    }
  });

  it('is deterministic and keeps the 5,000-project generation fast', () => {
    expect(generateSeed({ projects: 60 })).toEqual(d);
    const started = process.hrtime.bigint();
    const big = generateSeed({ projects: 5000 });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    // About 7 s on the shared build machine; the gate flow adds under half a second.
    expect(ms).toBeLessThan(30000);
    expect(rowsOf(big, 'GateReviews').length / 5000).toBeLessThan(5);
    expect(rowsOf(big, 'GateWaivers').length).toBeGreaterThan(1);
  });
});
