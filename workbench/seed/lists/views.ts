/**
 * Saved views of the portfolio: shared ones (PortfolioViews) saved by the PMO, personal ones
 * (MyPortfolioViews) by project managers, board members and readers, stored as the portfolio domain
 * serialises them.
 */
import { serializeView, type IPortfolioView } from '../../../src/domain/portfolio';
import type { LifecycleStatus, Prince2Stage } from '../../../src/domain/vocabulary';
import { MyPortfolioViewsList, PortfolioViewsList, ProgrammesList } from '../../../src/schema';
import { demoUsers } from '../../directory';
import { jsonRef, type ISeedRow } from '../model';
import { OFFICERS, usersOf } from '../reference';
import { row } from '../rows';
import type { Lang } from '../text';
import { departmentName } from '../vocabulary';

const V = PortfolioViewsList.fields;
const M = MyPortfolioViewsList.fields;

/** A saved view of the portfolio web part (stored as the domain serialises it). */
function view(name: string, v: Omit<IPortfolioView, 'name' | 'search'> & { search?: string }): { json: unknown } {
  return { json: JSON.parse(serializeView({ name, search: '', ...v })) as unknown };
}

/** The shared view of the board's multi-project report (the first programme's running projects). */
export const BOARD_REPORT_VIEW: string = 'Board report';

/** The PMO's shared views; with programmes, one filtered to the first programme (a reference the writer resolves to its id). */
export function sharedViewRows(programmeCount: number): ISeedRow[] {
  const owner = usersOf('owner')[0];
  const shared: Array<[string, string, { json: unknown }]> = [
    [owner.userPrincipalName, 'Red and amber projects', view('Red and amber projects', { columns: ['title', 'code', 'programme', 'projectManager', 'ragOverall', 'ragSchedule', 'ragCost', 'nextMilestone', 'nextMilestoneDate'], filters: { statuses: ['Active'] satisfies LifecycleStatus[], rag: ['Red', 'Amber'] }, sort: [{ column: 'ragOverall', descending: true }] })],
    [OFFICERS[0].userPrincipalName, 'By programme', view('By programme', { columns: ['title', 'code', 'projectManager', 'stage', 'status', 'ragOverall', 'budget'], filters: {}, groupBy: 'programme', sort: [{ column: 'title', descending: false }] })],
    [OFFICERS[1].userPrincipalName, 'In delivery, by department', view('In delivery, by department', { columns: ['title', 'code', 'department', 'projectManager', 'ragOverall', 'endDate'], filters: { stages: ['Delivery'] satisfies Prince2Stage[], statuses: ['Active'] satisfies LifecycleStatus[] }, groupBy: 'department', sort: [{ column: 'endDate', descending: false }] })],
    [OFFICERS[2].userPrincipalName, 'Closing and closed', view('Closing and closed', { columns: ['title', 'code', 'stage', 'status', 'budget', 'endDate'], filters: { stages: ['Closing'] satisfies Prince2Stage[] }, sort: [{ column: 'endDate', descending: true }] })]
  ];
  if (programmeCount > 0) {
    // A programme filter holds site ids: the writer resolves the reference.
    const json = view('Digital Transformation Programme', { columns: ['title', 'code', 'projectManager', 'stage', 'ragOverall', 'nextMilestone', 'nextMilestoneDate'], filters: {}, sort: [{ column: 'nextMilestoneDate', descending: false }] }).json as Record<string, unknown>;
    // Shared views are the PMO's (by list permission): an officer saves it for the programme.
    shared.push([OFFICERS[0].userPrincipalName, 'Digital Transformation Programme', { json: { ...json, filters: { programmeIds: [jsonRef(ProgrammesList, 0)] } } }]);
    // The view the PMO reports to the board from (the multi-project report's test): the running
    // projects of the first programme, worst overall RAG first.
    const board = view(BOARD_REPORT_VIEW, { columns: ['title', 'code', 'projectManager', 'stage', 'ragOverall', 'ragSchedule', 'ragCost', 'lastReportDate'], filters: { statuses: ['Active'] satisfies LifecycleStatus[] }, sort: [{ column: 'ragOverall', descending: true }, { column: 'title', descending: false }] }).json as Record<string, unknown>;
    shared.push([OFFICERS[0].userPrincipalName, BOARD_REPORT_VIEW, { json: { ...board, filters: { statuses: ['Active'], programmeIds: [jsonRef(ProgrammesList, 0)] } } }]);
  }
  return shared.map(([author, title, json]) => row(PortfolioViewsList, { [V.Title]: title, [V.PortfolioViewJson]: json }, { author }));
}

/** Personal views: project managers see their department (named in the site's language), board members red projects and budgets, readers all active ones. */
export function personalViewRows(lang: Lang): ISeedRow[] {
  const rows: ISeedRow[] = [];
  const mine = (title: string, author: string, v: Omit<IPortfolioView, 'name' | 'search'>): void => {
    rows.push(row(MyPortfolioViewsList, { [M.Title]: title, [M.PortfolioViewJson]: view(title, v) }, { author }));
  };
  for (const u of demoUsers) {
    const upn = u.userPrincipalName;
    if (u.role === 'projectManager') {
      mine('My department', upn, { columns: ['title', 'code', 'projectManager', 'stage', 'ragOverall', 'nextMilestone'], filters: { departments: [departmentName(lang, u.department)] }, sort: [{ column: 'title', descending: false }] });
    } else if (u.role === 'boardMember') {
      mine('Red projects', upn, { columns: ['title', 'programme', 'projectManager', 'ragOverall', 'budget'], filters: { rag: ['Red'] }, sort: [{ column: 'budget', descending: true }] });
      mine('Budget by programme', upn, { columns: ['title', 'budget', 'status', 'ragCost'], filters: { statuses: ['Active', 'Proposed'] satisfies LifecycleStatus[] }, groupBy: 'programme', sort: [{ column: 'budget', descending: true }] });
    } else if (u.role === 'reader') {
      mine('All active', upn, { columns: ['title', 'department', 'stage', 'ragOverall'], filters: { statuses: ['Active'] satisfies LifecycleStatus[] }, sort: [{ column: 'title', descending: false }] });
    }
  }
  return rows;
}
