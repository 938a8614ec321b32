/**
 * The demo's status reports carry what the board's reports show: a comment on every dimension that
 * is not green (RagDetailsJson, the same RAGs as the RAG columns), and decisions needed
 * (Escalations) on several running projects' latest reports.
 */
import { generateSeed } from './generate';
import type { ISeedRow } from './model';
import { REPORT_DIMENSIONS } from './reportTexts';

const d = generateSeed({ projects: 60, locale: 'it-it' });
const rowsOf = (key: string): ISeedRow[] => d.lists.filter(x => x.key === key)[0].rows;
const COLUMNS: Readonly<Record<string, string>> = { overall: 'RagOverall', schedule: 'RagSchedule', cost: 'RagCost', scope: 'RagScope', quality: 'RagQuality', risk: 'RagRisk', resources: 'RagResources' };

describe('the demo status reports', () => {
  it('rate every dimension in RagDetailsJson as in the RAG columns, with a comment exactly where it is not green', () => {
    const reports = rowsOf('StatusReports');
    for (const r of reports) {
      const details = JSON.parse(String(r.values.RagDetailsJson)) as Array<{ dimension: string; rag: string; comment?: string }>;
      expect(details.map(x => x.dimension)).toEqual([...REPORT_DIMENSIONS]);
      for (const x of details) {
        expect(x.rag).toBe(r.values[COLUMNS[x.dimension]]);
        expect(!!x.comment).toBe(x.rag !== 'Green');
      }
    }
    expect(reports.filter(r => String(r.values.RagDetailsJson).indexOf('"comment"') >= 0).length).toBeGreaterThan(reports.length / 2);
  });

  it('ask the board for decisions on several running projects, on their latest published report only', () => {
    const projects = rowsOf('Projects');
    const reports = rowsOf('StatusReports');
    const withDecisions = reports.filter(r => r.values.Escalations);
    const projectIds = new Set(withDecisions.map(r => JSON.stringify(r.values.Project)));
    expect(projectIds.size).toBeGreaterThanOrEqual(5);
    for (const r of withDecisions) {
      const same = reports.filter(x => JSON.stringify(x.values.Project) === JSON.stringify(r.values.Project) && x.values.ReportStatus === 'Published');
      expect(same.map(x => String(x.values.ReportDate)).sort().pop()).toBe(String(r.values.ReportDate));
      expect(r.values.RagOverall).not.toBe('Green');
      expect(String(r.values.Escalations).split('\n').every(l => l.trim().length > 10)).toBe(true);
    }
    // Project 13 (Network segmentation – Phase 2) is one of them.
    expect(String(projects[12].values.Title)).toBe('Segmentazione della rete – Fase 2');
    expect(withDecisions.some(r => (r.values.Project as { index: number }).index === 12)).toBe(true);
  });
});
