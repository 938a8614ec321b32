import * as React from 'react';
import * as strings from 'PmoHubStrings';
import * as projectStrings from 'ProjectStrings';
import { hasEnded, type IPortfolioRow } from '../../domain/portfolio';
import { Link, Notice, Spinner } from '../controls';
import { ErrorMessage } from '../ErrorMessage';
import { formatDate, statusLabel } from '../Portfolio/labels';
import { RagMark } from './RagMark';
import type { TeamProjectsLoad } from './useTeamTab';
import styles from './Project.module.scss';

/** Props of {@link TeamProjects}. */
export interface ITeamProjectsProps {
  /** The team's projects as loaded (see `useTeamTab`). */
  load: TeamProjectsLoad;
  /** The user's UI locale, e.g. 'en-us' (milestone dates). */
  locale: string;
  /** Absolute URL of the Portfolio page (the way on when the team has no project). */
  portfolioUrl: string;
  /** The address that opens a project in this tab (a real link: a new window or a copied link opens it too). */
  hrefOf(projectId: number): string;
  /** Opens a project in the tab (a plain click or Enter on its link). */
  onOpen(projectId: number): void;
  /** Loads the list again after an error. */
  onRetry(): void;
}

/** A click the page handles itself: the primary button without a modifier (others open the link as the browser does). */
export function isPlainClick(e: React.MouseEvent): boolean {
  return e.button === 0 && !e.ctrlKey && !e.metaKey && !e.shiftKey && !e.altKey;
}

/** The overall RAG cell: the lifecycle status of an ended project (it has no current RAG), else the RAG or "No report". */
function OverallRag(props: { row: IPortfolioRow }): React.ReactElement {
  const { row } = props;
  if (hasEnded(row.status) && row.status) return <span className={styles.muted}>{statusLabel(row.status)}</span>;
  return <RagMark rag={row.rag.overall} none={row.lastReportDate ? 'notRated' : 'noReport'} />;
}

/**
 * The Project tab in a Teams team without a project named: the team's projects (Projects.TeamsGroupId
 * is the team's group) with their overall RAG and next milestone, each a link that opens the project
 * in the tab; a team without projects says so and links to the portfolio.
 */
export function TeamProjects(props: ITeamProjectsProps): React.ReactElement {
  const { load, locale } = props;
  if (load.status === 'loading') return <Spinner size="large" label={strings.LoadingLabel} />;
  if (load.status === 'error') return <ErrorMessage error={load.error} onRetry={props.onRetry} />;
  if (load.rows.length === 0) {
    return (
      <Notice kind="info" className={styles.noticeLinks} data-testid="project-team-none">
        {projectStrings.Project_TeamNone} <Link href={props.portfolioUrl}>{projectStrings.Project_OpenPortfolio}</Link>
      </Notice>
    );
  }
  return (
    <section className={styles.section} aria-labelledby="pmo-project-team" data-testid="project-team-projects">
      <h2 id="pmo-project-team" className={styles.heading}>{projectStrings.Project_TeamProjects}</h2>
      <p className={styles.meta}>{projectStrings.Project_TeamProjectsHint}</p>
      <div className={styles.tableWrap}>
        <table className={styles.table} aria-labelledby="pmo-project-team">
          <thead>
            <tr>
              <th scope="col">{strings.Portfolio_Col_title}</th>
              <th scope="col">{projectStrings.Project_TeamCol_Rag}</th>
              <th scope="col">{strings.Portfolio_Col_nextMilestone}</th>
            </tr>
          </thead>
          <tbody>
            {load.rows.map(row => (
              <tr key={row.id} data-project={row.id}>
                <th scope="row">
                  <Link href={props.hrefOf(row.id)} onClick={e => { if (isPlainClick(e)) { e.preventDefault(); props.onOpen(row.id); } }}>
                    {row.code ? `${row.title} (${row.code})` : row.title}
                  </Link>
                </th>
                <td><OverallRag row={row} /></td>
                <td>{row.nextMilestone ? `${row.nextMilestone.title}, ${formatDate(row.nextMilestone.date, locale)}` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
