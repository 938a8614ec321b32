/**
 * Test data of the portfolio's topic tests: a small worked portfolio of five projects in two
 * programmes (and one without), with names that need diacritics folding.
 */
import type { IPortfolioRow } from './row';

export const DTP = { id: 1, title: 'Digital Transformation' };
export const PSM = { id: 2, title: 'Public Services Modernisation' };
export const anna = { id: 11, name: 'Anna Schmidt', email: 'anna.schmidt@pmohub.demo' };
export const hugo = { id: 12, name: 'Hugo Lefèvre', email: 'hugo.lefevre@pmohub.demo' };
export const emma = { id: 13, name: 'Emma Clarke', email: 'emma.clarke@pmohub.demo' };

/** A row with defaults (title "Project <id>", no RAG, no objectives) and the given fields. */
export function row(id: number, extra: Partial<IPortfolioRow>): IPortfolioRow {
  return { id, title: `Project ${id}`, rag: {}, objectives: [], ...extra };
}

/** A small worked portfolio: five projects, two programmes, one without. */
export const rows: IPortfolioRow[] = [
  row(1, { title: 'Müller-Straße Bürgerportal', code: 'PRJ-2025-0001', programme: PSM, department: 'Public Services', projectManager: hugo, stage: 'Delivery', status: 'Active', rag: { overall: 'Amber', schedule: 'Red', cost: 'Green' }, budget: 250000, nextMilestone: { title: 'Go-live', date: '2026-12-01' }, objectives: [{ id: 100, title: 'Digital first' }], teamsGroupId: 'G-PSM' }),
  row(2, { title: 'ERP upgrade', code: 'PRJ-2024-0002', programme: DTP, department: 'Finance', projectManager: anna, stage: 'Initiation', status: 'Active', rag: { overall: 'Red', schedule: 'Red' }, budget: 1200000.5, nextMilestone: { title: 'Vendor chosen', date: '2026-11-30' }, objectives: [{ id: 101, title: 'Lean administration' }], teamsGroupId: 'G-DTP' }),
  row(3, { title: 'Modern workplace', code: 'PRJ-2024-0003', programme: DTP, department: 'IT Infrastructure', projectManager: emma, stage: 'Delivery', status: 'OnHold', rag: { overall: 'Green' }, budget: 400000, objectives: [{ id: 100, title: 'Digital first' }, { id: 101, title: 'Lean administration' }], teamsGroupId: 'G-DTP' }),
  row(4, { title: 'Archive scanning', code: 'PRJ-2023-0004', department: 'Public Services', projectManager: anna, stage: 'Closing', status: 'Closed', budget: undefined }),
  row(5, { title: 'Éléments de données', code: 'PRJ-2025-0005', programme: DTP, department: 'finance', projectManager: hugo, stage: 'StartingUp', status: 'Proposed', rag: { overall: 'Green', risk: 'Amber' }, budget: 50000, teamsGroupId: 'G-OTHER' })
];

/** The ids of rows, in order. */
export const ids = (rs: ReadonlyArray<IPortfolioRow>): number[] => rs.map(r => r.id);
