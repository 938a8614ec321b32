import * as React from 'react';
import * as strings from 'PmoHubStrings';
import * as benefitsStrings from 'BenefitsStrings';
import { dayOfLocalDate, type IsoDay } from '../../domain/dates';
import { formatString } from '../../domain/text';
import { describeError } from '../../services/errors';
import type { IBenefit } from '../../services/BenefitService';
import { pageUrl, PortfolioPage, PROJECT_PAGE_QUERY_PARAM, ProjectPage } from '../../schema/pages';
import { Button, Link, Notice, Spinner } from '../controls';
import { useFocusReturn } from '../controls/form/useFocusReturn';
import { ErrorMessage } from '../ErrorMessage';
import { NoAccess } from '../PageAccess';
import { useLoad } from '../Raid/useLoad';
import type { IBenefitsProps } from './IBenefitsProps';
import { BenefitRegister } from './BenefitRegister';
import { LazyBenefitForm, LazyMeasurementForm, loadBenefitForms } from './lazyForms';
import styles from './Benefits.module.scss';

/** The form open: none, a new benefit, a benefit to edit, or a benefit's measurement. */
type Editing = { kind: 'benefit'; benefit?: IBenefit } | { kind: 'measurement'; benefit: IBenefit } | undefined;

/** The people who may own a benefit: the project's manager and everyone already owning one of its benefits. */
function peopleOf(manager: { id: number; name: string } | undefined, benefits: ReadonlyArray<IBenefit>): Array<{ id: number; name: string }> {
  const byId = new Map<number, string>();
  if (manager) byId.set(manager.id, manager.name);
  for (const b of benefits) if (b.ownerId && !byId.has(b.ownerId)) byId.set(b.ownerId, b.ownerName ?? `#${b.ownerId}`);
  return Array.from(byId, ([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

/** Props of {@link ProjectBenefits}. */
export interface IProjectBenefitsProps extends IBenefitsProps {
  projectId: number;
  /** Whether the user may change the register (the project's manager, deputy, the PMO). */
  canEdit: boolean;
  projectManager?: { id: number; name: string };
}

/** A project's benefits register: the table, and for editors "Add a benefit", Edit and "Record a measurement". Readers see it without them. */
export function ProjectBenefits(props: IProjectBenefitsProps): React.ReactElement {
  const { projectId, canEdit, locale } = props;
  const { load, reload } = useLoad(() => props.benefits.listBenefits(projectId), String(projectId));
  const [editing, setEditing] = React.useState<Editing>(undefined);
  const [done, setDone] = React.useState<string | undefined>(undefined);
  const focus = useFocusReturn();
  // An editor's forms load with their own chunk, started as soon as the register shows; a reader never loads them.
  React.useEffect(() => { if (canEdit) void loadBenefitForms().catch(() => undefined); }, [canEdit]);
  const today: IsoDay = props.today ?? dayOfLocalDate(new Date());
  if (load.status === 'loading') return <Spinner size="large" label={strings.LoadingLabel} />;
  if (load.status === 'error') return <ErrorMessage error={load.error} onRetry={() => void reload()} />;
  const benefits = load.data;
  const fresh = (b: IBenefit): IBenefit => benefits.filter(x => x.id === b.id)[0] ?? b;
  // A form opens: the last notice goes and the control that opened it is remembered; it closes: the focus goes back there.
  const open = (what: Editing, control?: EventTarget): void => { setDone(undefined); focus.opening(control); setEditing(what); };
  const close = (): void => { setEditing(undefined); focus.closed(); };
  const finish = (message: string): void => { close(); setDone(message); void reload(); };
  const common = { service: props.benefits, locale, today, onDone: finish, onReload: reload, onClose: close };
  return (
    <>
      {!canEdit && <Notice kind="info" data-testid="benefits-read-only">{benefitsStrings.Benefits_ReadOnly}</Notice>}
      <h2 className={styles.heading}>{benefitsStrings.Benefits_Heading}</h2>
      {done && <Notice kind="success" data-testid="benefits-notice">{done}</Notice>}
      {canEdit && !editing && <div className={styles.toolbar}><Button icon="add" onClick={e => open({ kind: 'benefit' }, e.currentTarget)} data-testid="benefits-add">{benefitsStrings.Benefits_Add}</Button></div>}
      {canEdit && editing?.kind === 'benefit' && (
        <LazyBenefitForm {...common} benefit={editing.benefit && fresh(editing.benefit)} projectId={projectId} people={peopleOf(props.projectManager, benefits)} />
      )}
      {canEdit && editing?.kind === 'measurement' && <LazyMeasurementForm {...common} benefit={fresh(editing.benefit)} />}
      {benefits.length === 0
        ? <p className={styles.empty} data-testid="benefits-empty">{benefitsStrings.Benefits_Empty}</p>
        : (
          <BenefitRegister
            benefits={benefits} locale={locale}
            onEdit={canEdit ? b => open({ kind: 'benefit', benefit: b }) : undefined}
            onRecord={canEdit ? b => open({ kind: 'measurement', benefit: b }) : undefined}
          />
        )}
    </>
  );
}

function Frame(p: { props: IBenefitsProps; title: string; children: React.ReactNode }): React.ReactElement {
  return (
    <section className={styles.benefits} aria-labelledby="pmo-benefits-heading" data-testid="benefits-page" data-theme={p.props.teamsTheme}>
      <h1 id="pmo-benefits-heading" className={styles.title}>{p.title}</h1>
      {p.children}
    </section>
  );
}

/** One project's register: its name and the user's permission first (as the Project page reads them), then the register. */
function ProjectRegister(props: IBenefitsProps & { projectId: number }): React.ReactElement {
  const { projectId } = props;
  const { load, reload } = useLoad(() => props.controlling.getProjectPage(projectId), String(projectId));
  const site = props.siteUrl.replace(/\/$/, '');
  let title: string = strings.Benefits_WebPartTitle;
  let body: React.ReactNode;
  if (load.status === 'loading') body = <Spinner size="large" label={strings.LoadingLabel} />;
  else if (load.status === 'error') {
    const kind = describeError(load.error).kind;
    if (kind === 'forbidden') return <NoAccess pageTitle={strings.Benefits_WebPartTitle} />;
    body = kind === 'notFound'
      ? <Notice kind="warning" data-testid="benefits-not-found">{formatString(benefitsStrings.Benefits_NotFound, projectId)}</Notice>
      : <ErrorMessage error={load.error} onRetry={() => void reload()} />;
  } else {
    const p = load.data.overview;
    title = formatString(benefitsStrings.Benefits_ProjectHeading, p.code ? `${p.title} (${p.code})` : p.title);
    body = (
      <>
        <p><Link href={`${site}/${pageUrl(ProjectPage)}?${PROJECT_PAGE_QUERY_PARAM}=${projectId}`}>{benefitsStrings.Benefits_OpenProject}</Link></p>
        <ProjectBenefits {...props} canEdit={load.data.canFile} projectManager={p.projectManager} />
      </>
    );
  }
  return <Frame props={props} title={title}>{body}</Frame>;
}

/**
 * The "Benefits" web part: with a project (`?projectId=` or bound in the property pane) its benefits
 * register — benefit, measure, owner, baseline, target, planned realisation, the latest realised value
 * and its day, status, and each benefit's measurements — editable by the project's manager, deputy and
 * the PMO (add, edit with the ETag read, record a measurement), read only for others. Without one it
 * says to open the register from a project (BenefitService reads per project only).
 * States: loading, no access, not found, error with "Try again", empty.
 */
export function Benefits(props: IBenefitsProps): React.ReactElement {
  if (props.projectId === undefined) {
    return (
      <Frame props={props} title={strings.Benefits_WebPartTitle}>
        <Notice kind="info" data-testid="benefits-no-project">{benefitsStrings.Benefits_NoProject}</Notice>
        <p><Link href={`${props.siteUrl.replace(/\/$/, '')}/${pageUrl(PortfolioPage)}`}>{benefitsStrings.Benefits_OpenPortfolio}</Link></p>
      </Frame>
    );
  }
  return <ProjectRegister {...props} projectId={props.projectId} />;
}
