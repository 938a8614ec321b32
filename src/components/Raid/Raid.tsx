import * as React from 'react';
import * as strings from 'PmoHubStrings';
import * as raidStrings from 'RaidStrings';
import { formatString } from '../../domain/text';
import { describeError } from '../../services/errors';
import { pageUrl, PROJECT_PAGE_QUERY_PARAM, ProjectPage } from '../../schema/pages';
import { Link, Notice, Spinner } from '../controls';
import { ErrorMessage } from '../ErrorMessage';
import { NoAccess } from '../PageAccess';
import type { IRaidProps } from './IRaidProps';
import { ProjectRaid } from './ProjectRaid';
import { PortfolioRaid } from './PortfolioRaid';
import { useLoad } from './useLoad';
import styles from './Raid.module.scss';

/** One project's RAID log: its name and the user's permission first (as the Project page reads them), then the log. */
function ProjectLog(props: IRaidProps & { projectId: number }): React.ReactElement {
  const { projectId } = props;
  const { load, reload } = useLoad(() => props.controlling.getProjectPage(projectId), String(projectId));
  const projectLink = `${props.siteUrl.replace(/\/$/, '')}/${pageUrl(ProjectPage)}?${PROJECT_PAGE_QUERY_PARAM}=${projectId}`;
  let title: string = strings.Raid_WebPartTitle;
  let body: React.ReactNode;
  if (load.status === 'loading') body = <Spinner size="large" label={strings.LoadingLabel} />;
  else if (load.status === 'error') {
    const kind = describeError(load.error).kind;
    if (kind === 'forbidden') return <NoAccess pageTitle={strings.Raid_WebPartTitle} />;
    body = kind === 'notFound'
      ? <Notice kind="warning" data-testid="raid-not-found">{formatString(raidStrings.Raid_NotFound, projectId)}</Notice>
      : <ErrorMessage error={load.error} onRetry={() => void reload()} />;
  } else {
    const p = load.data.overview;
    title = formatString(raidStrings.Raid_ProjectHeading, p.code ? `${p.title} (${p.code})` : p.title);
    body = (
      <>
        <p><Link href={projectLink}>{raidStrings.Raid_OpenProject}</Link></p>
        <ProjectRaid {...props} canEdit={load.data.canFile} projectManager={p.projectManager} />
      </>
    );
  }
  return <Frame props={props} title={title}>{body}</Frame>;
}

function Frame(p: { props: IRaidProps; title: string; children: React.ReactNode }): React.ReactElement {
  return (
    <section className={styles.raid} aria-labelledby="pmo-raid-heading" data-testid="raid-page" data-theme={p.props.teamsTheme}>
      <h1 id="pmo-raid-heading" className={styles.title}>{p.title}</h1>
      {p.children}
    </section>
  );
}

/**
 * The "RAID" web part: with a project (`?projectId=` or bound in the property pane) its RAID log —
 * Risks (the 5 × 5 heat map whose cells filter the register; add, edit, close) and Issues (overdue
 * marked; add, edit, resolve) — editable by the project's manager, deputy and the PMO, read only for
 * others; without one the portfolio's RAID view (top risks, aggregate heat map, open issues by age).
 * States: loading, no access, not found, error with "Try again", empty.
 */
export function Raid(props: IRaidProps): React.ReactElement {
  if (props.projectId === undefined) {
    return <Frame props={props} title={raidStrings.Raid_PortfolioHeading}><PortfolioRaid {...props} /></Frame>;
  }
  return <ProjectLog {...props} projectId={props.projectId} />;
}
