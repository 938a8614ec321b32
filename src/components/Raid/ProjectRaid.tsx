import * as React from 'react';
import * as raidStrings from 'RaidStrings';
import { dayOfLocalDate } from '../../domain/dates';
import { formatString } from '../../domain/text';
import { inHeatMapCell } from '../../domain/governance';
import type { IProjectRisks, IRisk } from '../../services/RiskService';
import type { IIssue } from '../../services/RaidLogService';
import { Button, Notice, Tabs } from '../controls';
import type { IRaidProps } from './IRaidProps';
import { HeatMap, type ICellKey } from './HeatMap';
import { RiskRegister } from './RiskRegister';
import { IssueList } from './IssueList';
import { LazyCloseRisk, LazyIssueForm, LazyResolveForm, LazyRiskForm, loadEntryForms } from './lazyForms';
import { useLoad, type Load } from './useLoad';
import { thresholdsText } from './labels';
import { useOpenForm, useRowAction, whenReady, type ITabProps } from './tabParts';
import { byLabel, byTestId } from '../controls/form/useFocusReturn';
import { LazyLogTab, loadLogTabs } from './lazyTabs';
import { raidPageOf } from './links';
import styles from './Raid.module.scss';

/** The Risks tab: the heat map (its cells filter the register), the register, and for editors the risk form and the confirmation before "Close". */
function RisksTab(p: ITabProps & { risks: Load<IProjectRisks>; reload: () => Promise<void> }): React.ReactElement {
  const { props, canEdit } = p;
  const [cell, setCell] = React.useState<ICellKey | undefined>(undefined);
  const action = useRowAction(p.reload);
  const editing = useOpenForm<{ entry?: IRisk }>(action);
  const closing = useOpenForm<IRisk>(action);
  const confirmClose = (r: IRisk): void => {
    void action.run(async () => { await props.risks.close(r.id, r.etag); return formatString(raidStrings.Raid_RiskClosed, r.title); })
      // Once the register is read again: the closed risk has no Close button; its Edit button (or "Add a risk") takes the focus.
      .then(() => closing.close(() => byLabel(formatString(raidStrings.Raid_EditRisk, r.title)) ?? byTestId('raid-add-risk')));
  };
  const content = whenReady(p.risks, p.reload, data => {
    const shown = cell ? data.risks.filter(inHeatMapCell(cell)) : data.risks;
    const open = editing.open;
    const current = open?.entry ? data.risks.filter(r => r.id === open.entry?.id)[0] ?? open.entry : undefined;
    return (
      <>
        <HeatMap heatMap={data.heatMap} locale={props.locale} selected={cell} onSelect={setCell} />
        <p className={styles.hint}>{thresholdsText(data.thresholds, props.locale)}</p>
        <h2 className={styles.heading}>{raidStrings.Raid_Risks_Heading}</h2>
        {action.notice && <Notice kind={action.notice.kind} data-testid="raid-risk-notice">{action.notice.text}</Notice>}
        {canEdit && !open && <div className={styles.toolbar}><Button icon="add" onClick={e => editing.show({}, e.currentTarget)} data-testid="raid-add-risk">{raidStrings.Raid_AddRisk}</Button></div>}
        {canEdit && open && (
          <LazyRiskForm
            risk={current} projectId={props.projectId} service={props.risks} people={p.people} locale={props.locale} today={p.today}
            onDone={m => { editing.close(); action.say(m); void p.reload(); }} onReload={p.reload} onClose={() => editing.close()}
          />
        )}
        {canEdit && closing.open && <LazyCloseRisk risk={closing.open} busy={action.busy} onConfirm={() => closing.open && confirmClose(closing.open)} onCancel={() => closing.close()} />}
        {cell && (
          <Notice kind="info" data-testid="raid-cell-filter" actions={<Button onClick={() => setCell(undefined)}>{raidStrings.Raid_Filter_Clear}</Button>}>
            {formatString(raidStrings.Raid_Filter_Cell, cell.probability, cell.impact)}
          </Notice>
        )}
        {shown.length === 0
          ? <p data-testid="raid-risks-empty">{cell ? raidStrings.Raid_Risks_EmptyCell : raidStrings.Raid_Risks_Empty}</p>
          : (
            <RiskRegister
              risks={shown} locale={props.locale} busy={action.busy}
              onEdit={canEdit ? r => editing.show({ entry: r }) : undefined}
              onClose={canEdit ? r => closing.show(r) : undefined}
            />
          )}
      </>
    );
  });
  return <div data-testid="raid-risks-tab">{content}</div>;
}

/** The Issues tab: the list (overdue marked) and for editors the issue form and "Resolve" (which asks for the resolution). */
function IssuesTab(p: ITabProps & { issues: Load<IIssue[]>; reload: () => Promise<void> }): React.ReactElement {
  const { props, canEdit } = p;
  const action = useRowAction(p.reload);
  const editing = useOpenForm<{ entry?: IIssue }>(action);
  const resolving = useOpenForm<IIssue>(action);
  const content = whenReady(p.issues, p.reload, issues => {
    const open = editing.open;
    const fresh = (i: IIssue): IIssue => issues.filter(x => x.id === i.id)[0] ?? i;
    const current = open?.entry ? fresh(open.entry) : undefined;
    return (
      <>
        <h2 className={styles.heading}>{raidStrings.Raid_Issues_Heading}</h2>
        {action.notice && <Notice kind={action.notice.kind} data-testid="raid-issue-notice">{action.notice.text}</Notice>}
        {canEdit && !open && <div className={styles.toolbar}><Button icon="add" onClick={e => editing.show({}, e.currentTarget)} data-testid="raid-add-issue">{raidStrings.Raid_AddIssue}</Button></div>}
        {canEdit && open && (
          <LazyIssueForm
            issue={current} projectId={props.projectId} service={props.raidLog} people={p.people} locale={props.locale} today={p.today}
            onDone={m => { editing.close(); action.say(m); void p.reload(); }} onReload={p.reload} onClose={() => editing.close()}
          />
        )}
        {canEdit && resolving.open && (
          <LazyResolveForm
            issue={fresh(resolving.open)} service={props.raidLog} onReload={p.reload} onClose={() => resolving.close()}
            // The resolved issue keeps its row (and its Edit button) but not its Resolve button.
            onDone={m => { const title = resolving.open?.title ?? ''; resolving.close(() => byLabel(formatString(raidStrings.Raid_EditIssue, title))); action.say(m); void p.reload(); }}
          />
        )}
        {issues.length === 0
          ? <p data-testid="raid-issues-empty">{raidStrings.Raid_Issues_Empty}</p>
          : (
            <IssueList
              issues={issues} locale={props.locale} busy={action.busy}
              onEdit={canEdit ? i => editing.show({ entry: i }) : undefined}
              onResolve={canEdit ? i => resolving.show(i) : undefined}
            />
          )}
      </>
    );
  });
  return <div data-testid="raid-issues-tab">{content}</div>;
}

/** The people who may own an entry: the project's manager and everyone already named as an owner. */
function peopleOf(manager: { id: number; name: string } | undefined, risks: Load<IProjectRisks>, issues: Load<IIssue[]>): Array<{ id: number; name: string }> {
  const byId = new Map<number, string>();
  if (manager) byId.set(manager.id, manager.name);
  const owners = [
    ...(risks.status === 'ready' ? risks.data.risks.map(r => r.owner) : []),
    ...(issues.status === 'ready' ? issues.data.map(i => i.owner) : [])
  ];
  for (const o of owners) if (o && !byId.has(o.id)) byId.set(o.id, o.name ?? `#${o.id}`);
  return Array.from(byId, ([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

/** Props of {@link ProjectRaid}. */
export interface IProjectRaidProps extends IRaidProps {
  projectId: number;
  /** The project's name and whether the user may change the log, once read. */
  canEdit: boolean;
  projectManager?: { id: number; name: string };
}

const TABS: ReadonlyArray<string> = ['risks', 'issues', 'decisions', 'changes', 'lessons'];

/**
 * A project's RAID log as tabs: Risks (heat map and register), Issues, Decisions, Changes and
 * Lessons (the last three load with their own chunk when first opened). Readers see it without edit
 * controls.
 */
export function ProjectRaid(props: IProjectRaidProps): React.ReactElement {
  const { projectId } = props;
  const [tab, setTab] = React.useState('risks');
  // An editor's forms load with their own chunk, started as soon as the log shows; a reader never loads them.
  React.useEffect(() => { if (props.canEdit) void loadEntryForms().catch(() => undefined); }, [props.canEdit]);
  const risks = useLoad(() => props.risks.getProjectRisks(projectId), String(projectId));
  const issues = useLoad(() => props.raidLog.listIssues(projectId), String(projectId));
  const tabProps: ITabProps = {
    props, canEdit: props.canEdit, people: peopleOf(props.projectManager, risks.load, issues.load), today: props.today ?? dayOfLocalDate(new Date()),
    raidLink: id => raidPageOf(props.siteUrl, id)
  };
  const select = (key: string): void => {
    // The later tabs' chunk starts loading when the user moves to one of them.
    if (key !== 'risks' && key !== 'issues') void loadLogTabs().catch(() => undefined);
    setTab(key);
  };
  let body: React.ReactNode;
  if (tab === 'issues') body = <IssuesTab {...tabProps} issues={issues.load} reload={issues.reload} />;
  else if (tab === 'decisions' || tab === 'changes' || tab === 'lessons') body = <LazyLogTab {...tabProps} tab={tab} />;
  else body = <RisksTab {...tabProps} risks={risks.load} reload={risks.reload} />;
  return (
    <>
      {!props.canEdit && <Notice kind="info" data-testid="raid-read-only">{raidStrings.Raid_ReadOnly}</Notice>}
      <Tabs label={raidStrings.Raid_TabsLabel} tabs={TABS.map(key => ({ key, text: raidStrings[`Raid_Tab_${key}`] }))} selectedKey={tab} onSelect={select}>
        {body}
      </Tabs>
    </>
  );
}
