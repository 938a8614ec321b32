/** The row model of the portfolio: one project with its latest status, and the codes it carries. */
import { LIFECYCLE_STATES, PRINCE2_STAGES, type Prince2Stage } from '../vocabulary';
import type { Rag, RagDimension } from './rag';

export { LIFECYCLE_STATES };

/** PRINCE2 stages in lifecycle order (Projects.Prince2Stage codes): the vocabulary's PRINCE2_STAGES. */
export const STAGES: ReadonlyArray<Prince2Stage> = PRINCE2_STAGES;

/** A person as the portfolio shows them. */
export interface IPortfolioPerson {
  /** SharePoint site user id. */
  id: number;
  /** Display name. */
  name: string;
  /** E-mail / user principal name (used for the Graph photo). */
  email?: string;
}

/** A reference to an item of another list (programme, strategic objective). */
export interface IPortfolioRef {
  id: number;
  title: string;
}

/** The next open milestone of a project. */
export interface INextMilestone {
  title: string;
  /** The day, 'YYYY-MM-DD' (see domain/dates). */
  date: string;
}

/** One row of the portfolio: a project with its latest status. */
export interface IPortfolioRow {
  id: number;
  title: string;
  code?: string;
  summary?: string;
  programme?: IPortfolioRef;
  department?: string;
  projectManager?: IPortfolioPerson;
  sponsor?: IPortfolioPerson;
  /** PRINCE2 stage code. */
  stage?: string;
  /** Lifecycle status code. */
  status?: string;
  /** Latest published status per dimension (missing: no report yet). */
  rag: Partial<Record<RagDimension, Rag>>;
  /** Day of the latest published status report, 'YYYY-MM-DD'. */
  lastReportDate?: string;
  budget?: number;
  nextMilestone?: INextMilestone;
  /** Days 'YYYY-MM-DD'. */
  startDate?: string;
  endDate?: string;
  objectives: IPortfolioRef[];
  /** Entra group id of the project's team, if any. */
  teamsGroupId?: string;
}
