import * as React from 'react';
import * as strings from 'PmoHubStrings';
import * as projectStrings from 'ProjectStrings';
import { dayOfLocalDate, formatDateOnly, type IsoDay } from '../../domain/dates';
import { formatString } from '../../domain/text';
import { describeError } from '../../services/errors';
import type { IStatusReport } from '../../services/controllingRows';
import type { IProjectPage } from '../../services/ControllingService';
import { pageUrl, PortfolioPage } from '../../schema/pages';
import { Link, Notice, Spinner } from '../controls';
import { ErrorMessage } from '../ErrorMessage';
import { NoAccess } from '../PageAccess';
import { lazySurface } from '../Portfolio/lazySurface';
import type { IReportFormProps } from './reportForm/ReportForm';
import type { IProjectReportProps } from '../Reports/ProjectReport';
import type { IProjectReportPrintProps } from '../Reports/ProjectReportPrint';
import { projectPageHref } from '../Reports/printAddress';
import type { IProjectProps } from './IProjectProps';
import { useProjectPage } from './useProjectPage';
import { projectAreaLinks } from './areas';
import { Overview } from './Overview';
import { LatestStatus } from './LatestStatus';
import { Milestones } from './Milestones';
import { Budget } from './Budget';
import { EarnedValue } from './EarnedValue';
import { ProjectAreas } from './ProjectAreas';
import { isPlainClick, TeamProjects } from './TeamProjects';
import { useTeamTab } from './useTeamTab';
import { ReportActions } from './ReportActions';
import { projectChartSlots } from './charts/lazyCharts';
import { AssignmentsSection } from './assignments/AssignmentsSection';
import styles from './Project.module.scss';

// The status report form loads in its own chunk when a project manager opens it: readers never load it.
const ReportForm = lazySurface<IReportFormProps>(() => import(/* webpackChunkName: 'project-report-form' */ './reportForm/ReportForm').then(m => m.ReportForm));
// The status report for the board (PowerPoint, printable page, Reports library) and its printable page, each from its chunk.
const ProjectReport = lazySurface<IProjectReportProps>(() => import(/* webpackChunkName: 'project-report' */ '../Reports/ProjectReport').then(m => m.ProjectReport));
const ProjectReportPrint = lazySurface<IProjectReportPrintProps>(() => import(/* webpackChunkName: 'project-report-print' */ '../Reports/ProjectReportPrint').then(m => m.ProjectReportPrint));

/** The page of one project whose data is there: the links to its areas (right below the title), sections, and for those who file reports the form. */
function ProjectContent(props: IProjectProps & { page: IProjectPage; reload: () => Promise<void> }): React.ReactElement {
  const { page, locale, statusReports } = props;
  const slots = props.slots ?? projectChartSlots;
  const [draft, setDraft] = React.useState<IStatusReport | undefined>(undefined);
  const [published, setPublished] = React.useState<IStatusReport | undefined>(undefined);
  const today: IsoDay = props.today ?? dayOfLocalDate(new Date());
  React.useEffect(() => {
    // Preloaded once the page is on screen, so that the form opens at once.
    if (page.canFile) void ReportForm.preload().catch(() => undefined);
  }, [page.canFile]);
  const reportData = React.useMemo(() => ({ budgetLines: page.budget.lines, milestones: page.milestones }), [page.budget.lines, page.milestones]);
  const open = (d: IStatusReport): void => { setPublished(undefined); setDraft(d); };
  const onPublished = (report: IStatusReport): void => {
    setDraft(undefined);
    setPublished(report);
    void props.reload();
  };
  return (
    <>
      <ProjectAreas links={projectAreaLinks(page.overview.id)} siteUrl={props.siteUrl} />
      <Overview project={page.overview} locale={locale} />
      {published && (
        <Notice kind="success" data-testid="project-published">{formatString(projectStrings.Project_Published, formatDateOnly(published.reportDate, locale))}</Notice>
      )}
      {page.canFile && (draft ? (
        <ReportForm.Component
          service={statusReports}
          draft={draft}
          rules={page.rules}
          data={reportData}
          previousReportDate={page.latestReport?.reportDate}
          locale={locale}
          onPublished={onPublished}
          onClose={() => { setDraft(undefined); void props.reload(); }}
        />
      ) : (
        <ReportActions
          draft={page.draft}
          locale={locale}
          today={today}
          onContinue={() => page.draft && open(page.draft)}
          onStart={async reportDate => open(await statusReports.startDraft(page.overview.id, reportDate))}
        />
      ))}
      <LatestStatus page={page} locale={locale} />
      {props.reports && <ProjectReport.Component reports={props.reports} projectId={page.overview.id} locale={locale} printHref={projectPageHref(props.siteUrl, page.overview.id, true)} />}
      <Milestones
        milestones={page.milestones}
        mta={page.mta}
        locale={locale}
        mtaChart={slots.mtaChart}
        editing={page.canFile && props.milestones ? { service: props.milestones, projectId: page.overview.id, today, reload: props.reload } : undefined}
      />
      <Budget
        budget={page.budget}
        locale={locale}
        budgetChart={slots.budgetChart}
        editing={page.canFile && props.budget ? { service: props.budget, projectId: page.overview.id, year: Number(today.slice(0, 4)), reload: props.reload } : undefined}
      />
      <EarnedValue report={page.latestReport} earnedValue={page.earnedValue} locale={locale} />
      {props.capacity && (
        <AssignmentsSection
          capacity={props.capacity} projects={props.projects} projectId={page.overview.id} startDate={page.overview.startDate} endDate={page.overview.endDate}
          etag={page.etag} canEdit={page.canFile} locale={locale} today={today} reloadPage={props.reload}
        />
      )}
    </>
  );
}

/**
 * The "Project" web part: one project's home — its overview from Projects, the latest published
 * status with RAG per dimension and its trend, milestones with the trend analysis table, budget
 * against actuals, earned value — read in one `$batch`; for its manager and the PMO the status
 * report form (from its own chunk); with the capacity service, its resources (assignments by role and
 * month, edited by its manager, deputy and the PMO, and moving its start with them; own chunk). States: no project named (in a Teams team: the team's projects,
 * opened in place), loading, no access, not found, error. Opening a project from the team's list or
 * going back to it moves the focus to the page's heading once the content is there. With the reports'
 * service, the status report for the board (PowerPoint, the Reports library) and, with `print`, its
 * printable page instead of the home.
 */
export function Project(props: IProjectProps): React.ReactElement {
  if (props.print && props.reports && props.projectId !== undefined) {
    return <ProjectReportPrint.Component reports={props.reports} projectId={props.projectId} locale={props.locale} backHref={projectPageHref(props.siteUrl, props.projectId, false)} />;
  }
  return <ProjectHome {...props} />;
}

/** The project's home (not the printable report): see {@link Project}. */
function ProjectHome(props: IProjectProps): React.ReactElement {
  const { controlling } = props;
  const tab = useTeamTab(controlling, props.teams?.groupId, props.projectId);
  const projectId = props.projectId ?? tab.chosen?.id;
  const { load, reload } = useProjectPage(controlling, projectId);
  const portfolio = `${props.siteUrl.replace(/\/$/, '')}/${pageUrl(PortfolioPage)}`;
  const heading = React.useRef<HTMLHeadingElement>(null);
  const focusPending = React.useRef(false);
  const settled = projectId === undefined ? tab.load.status !== 'loading' : load.status !== 'loading';
  React.useEffect(() => {
    if (focusPending.current && settled) {
      focusPending.current = false;
      heading.current?.focus();
    }
  });
  const move = (go: () => void): void => { focusPending.current = true; go(); };
  let title: string = strings.Project_WebPartTitle;
  let body: React.ReactNode;
  if (projectId === undefined) {
    body = tab.active ? (
      <TeamProjects load={tab.load} locale={props.locale} portfolioUrl={portfolio} hrefOf={tab.hrefOf} onOpen={id => move(() => tab.open(id))} onRetry={tab.retry} />
    ) : (
      <Notice kind="info" className={styles.noticeLinks} data-testid="project-none">
        {projectStrings.Project_NoProject} <Link href={portfolio}>{projectStrings.Project_OpenPortfolio}</Link>
      </Notice>
    );
  } else if (load.status === 'loading') {
    body = <Spinner size="large" label={strings.LoadingLabel} />;
  } else if (load.status === 'error') {
    const kind = describeError(load.error).kind;
    if (kind === 'forbidden') return <NoAccess pageTitle={strings.Project_WebPartTitle} />;
    body = kind === 'notFound'
      ? <Notice kind="warning" className={styles.noticeLinks} data-testid="project-not-found">{formatString(projectStrings.Project_NotFound, projectId)} <Link href={portfolio}>{projectStrings.Project_OpenPortfolio}</Link></Notice>
      : <ErrorMessage error={load.error} onRetry={() => void reload()} />;
  } else {
    const p = load.page.overview;
    title = p.code ? `${p.title} (${p.code})` : p.title;
    body = <ProjectContent {...props} projectId={projectId} page={load.page} reload={reload} />;
  }
  return (
    <section className={styles.project} aria-labelledby="pmo-project-heading" data-testid="project-page">
      {tab.chosen?.fromList && (
        <p className={styles.backLink}>
          <Link href={tab.hrefOf(undefined)} data-testid="project-team-back" onClick={e => { if (isPlainClick(e)) { e.preventDefault(); move(tab.back); } }}>
            {projectStrings.Project_BackToTeam}
          </Link>
        </p>
      )}
      <h1 id="pmo-project-heading" className={styles.title} ref={heading} tabIndex={-1}>{title}</h1>
      {body}
    </section>
  );
}
