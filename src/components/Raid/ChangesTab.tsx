import * as React from 'react';
import * as raidStrings from 'RaidStrings';
import { formatDateOnly, type IsoDay } from '../../domain/dates';
import { formatString } from '../../domain/text';
import { formatMoney, withMinusSign } from '../../domain/numbers';
import { nextChangeStates } from '../../domain/governance';
import { BudgetLinesList } from '../../schema/refs';
import { changeReference, type IChange } from '../../services/ChangeRequestService';
import type { IMilestone, IBudgetLine } from '../../services/controllingRows';
import { Button, CheckboxGroup, Notice, SelectField, SR_ONLY } from '../controls';
import { ChangeForm, changeRefusalProblems } from './ChangeForm';
import { EntryForm } from './EntryForm';
import { fieldProblem, useEntryForm } from './useEntryForm';
import { choiceLabel, codeLabel, fieldLabel } from './labels';
import { useLoad } from './useLoad';
import { useOpenForm, useRowAction, whenReady, type ITabProps } from './tabParts';
import styles from './Raid.module.scss';

/** The change requests with what the project's approved changes re-baselined. */
interface IChangesData {
  changes: IChange[];
  milestones: IMilestone[];
  lines: IBudgetLine[];
}

/** What is open: the form that raises a change, one that assesses a change, or the approval of one. */
type Open = { kind: 'raise' } | { kind: 'assess' | 'approve'; change: IChange } | undefined;

/** A signed figure in the user's locale (+14, −7; 0 without a sign). */
function signed(n: number, format: (v: number) => string): string {
  return n > 0 ? `+${format(n)}` : withMinusSign(format(n));
}

type ApproveField = 'milestones' | 'fiscalYear' | 'costType';
interface IApproveValues { milestones: string[]; fiscalYear: string; costType: string }

/**
 * Approves an assessed change: the milestones its schedule impact moves (those with a baseline) and,
 * with a cost impact, the fiscal year and cost type of the budget line that carries it. The service
 * re-baselines them (each naming the change) and then marks the change Approved.
 */
function ApproveForm(props: { tab: ITabProps; change: IChange; milestones: IMilestone[]; onDone: (m: string) => void; onReload: () => Promise<void>; onClose: () => void }): React.ReactElement {
  const { tab, change } = props;
  const year = Number(tab.today.slice(0, 4));
  // A change moves milestones still ahead: an achieved one keeps the baseline it was achieved against.
  const dated = props.milestones.filter(m => m.baselineDate && !m.actualDate);
  const moves = (change.scheduleImpactDays ?? 0) !== 0 && dated.length > 0;
  // A saving books no budget line (budget lines hold no negative plan): only a cost increase asks for its line.
  const costs = (change.costImpact ?? 0) > 0;
  const form = useEntryForm<ApproveField, IApproveValues>({
    initial: () => ({ milestones: [], fiscalYear: String(year), costType: 'Opex' }), version: change.etag, fields: ['milestones', 'fiscalYear', 'costType'], idPrefix: 'approve',
    check: v => (moves && v.milestones.length === 0 ? { milestones: fieldProblem('milestones', 'required') } : {}),
    refused: changeRefusalProblems, onDone: props.onDone, onReload: props.onReload,
    send: async v => {
      await tab.props.changes.approve(change.id, { milestoneIds: moves ? v.milestones.map(Number) : [], fiscalYear: Number(v.fiscalYear), costType: v.costType }, change.etag);
      return formatString(raidStrings.Raid_ChangeApproved, change.title);
    }
  });
  const { values: v, change: set, problems } = form;
  const years: string[] = [];
  for (let y = year - 1; y <= year + 3; y++) years.push(String(y));
  const impact = formatString(raidStrings.Raid_ApproveImpact, signed(change.scheduleImpactDays ?? 0, n => String(n)), signed(change.costImpact ?? 0, n => formatMoney(n, tab.props.locale)));
  return (
    <EntryForm idPrefix="approve" heading={formatString(raidStrings.Raid_ApproveChange, change.title)} form={form} onCancel={props.onClose}>
      <p className={styles.wide}>{impact}</p>
      {moves && (
        <CheckboxGroup
          id="approve-milestones" label={fieldLabel('milestones')} required errorMessage={problems.milestones} selectedKeys={v.milestones} onChange={keys => set({ milestones: keys })}
          options={dated.map(m => ({ key: String(m.id), text: formatString(raidStrings.Raid_MilestoneOption, m.title, formatDateOnly(m.baselineDate as IsoDay, tab.props.locale)) }))}
        />
      )}
      {costs && (
        <>
          <SelectField id="approve-fiscalYear" label={fieldLabel('fiscalYear')} selectedKey={v.fiscalYear} onChange={k => set({ fiscalYear: k })} options={years.map(y => ({ key: y, text: y }))} data-testid="approve-fiscalYear" />
          <SelectField
            id="approve-costType" label={fieldLabel('costType')} selectedKey={v.costType} onChange={k => set({ costType: k })} data-testid="approve-costType"
            options={BudgetLinesList.choices.CostType.map(c => ({ key: c, text: codeLabel('CostType', c) }))}
          />
        </>
      )}
    </EntryForm>
  );
}

/** What an approved change re-baselined: each milestone whose baseline history names it, and the budget line titled after it. */
export function Rebaselined(props: { change: IChange; milestones: ReadonlyArray<IMilestone>; lines: ReadonlyArray<IBudgetLine>; locale: string }): React.ReactElement {
  const { change, locale } = props;
  const reference = changeReference(change);
  const moved = props.milestones.flatMap(m => m.baselineHistory.filter(h => h.reason === reference).map(h => ({ m, h })));
  const lines = props.lines.filter(l => l.title === reference);
  const day = (d: IsoDay | undefined): string => (d ? formatDateOnly(d, locale) : raidStrings.Raid_NoBaseline);
  return (
    <section className={styles.rebaseline} aria-labelledby={`raid-rebaseline-${change.id}`} data-testid="raid-change-rebaseline">
      <h3 id={`raid-rebaseline-${change.id}`} className={styles.subheading}>{formatString(raidStrings.Raid_Rebaselined, reference)}</h3>
      {moved.length === 0 && lines.length === 0 ? <p>{raidStrings.Raid_Rebaselined_Nothing}</p> : (
        <ul>
          {moved.map(({ m, h }) => <li key={`m${m.id}`}>{formatString(raidStrings.Raid_Rebaselined_Milestone, m.title, day(h.previousBaseline), day(h.newBaseline))}</li>)}
          {lines.map(l => <li key={`b${l.id}`}>{formatString(raidStrings.Raid_Rebaselined_Budget, signed(l.planned ?? 0, n => formatMoney(n, locale)), l.fiscalYear, codeLabel('CostType', l.costType))}</li>)}
        </ul>
      )}
      {(change.costImpact ?? 0) < 0 && <p data-testid="raid-change-saving">{formatString(raidStrings.Raid_Rebaselined_Saving, formatMoney(-(change.costImpact as number), locale))}</p>}
    </section>
  );
}

/** The change requests: impact on scope, schedule and cost, status, the day decided, and one button per next state the user may take. */
function ChangeTable(props: { changes: ReadonlyArray<IChange>; locale: string; busy: boolean; onStep?: (change: IChange, to: string) => void }): React.ReactElement {
  const { locale, onStep } = props;
  const STEP_TEXT: Record<string, string> = { Assessed: raidStrings.Raid_Assess, Approved: raidStrings.Raid_Approve, Rejected: raidStrings.Raid_Reject };
  const STEP_NAME: Record<string, string> = { Assessed: raidStrings.Raid_AssessChange, Approved: raidStrings.Raid_ApproveChange, Rejected: raidStrings.Raid_RejectChange };
  return (
    <table className={styles.table} data-testid="raid-changes">
      <caption className={SR_ONLY}>{raidStrings.Raid_Changes_Heading}</caption>
      <thead>
        <tr>
          <th scope="col">{raidStrings.Raid_Col_Change}</th>
          <th scope="col">{raidStrings.Raid_Col_Status}</th>
          <th scope="col">{raidStrings.Raid_Col_Priority}</th>
          <th scope="col">{raidStrings.Raid_Col_Scope}</th>
          <th scope="col" className={styles.number}>{raidStrings.Raid_Col_ScheduleDays}</th>
          <th scope="col" className={styles.number}>{raidStrings.Raid_Col_Cost}</th>
          <th scope="col">{raidStrings.Raid_Col_Decided}</th>
          {onStep && <th scope="col">{raidStrings.Raid_Col_Actions}</th>}
        </tr>
      </thead>
      <tbody>
        {props.changes.map(c => (
          <tr key={c.id} data-testid="raid-change-row" data-status={c.status}>
            <th scope="row">{`CR-${c.id}: ${c.title}`}</th>
            <td>{codeLabel('Change', c.status)}</td>
            <td>{choiceLabel('Priority', c.priority)}</td>
            <td className={styles.prose}>{c.scopeImpact ?? ''}</td>
            <td className={styles.number}>{c.scheduleImpactDays === undefined ? '' : signed(c.scheduleImpactDays, n => String(n))}</td>
            <td className={styles.number}>{c.costImpact === undefined ? '' : signed(c.costImpact, n => formatMoney(n, locale))}</td>
            <td>{c.decisionDate ? formatDateOnly(c.decisionDate, locale) : ''}</td>
            {onStep && (
              <td>
                <span className={styles.rowActions}>
                  {nextChangeStates(c.status).filter(s => STEP_TEXT[s]).map(s => (
                    <Button key={s} aria-label={formatString(STEP_NAME[s], c.title)} disabled={props.busy} onClick={() => onStep(c, s)} data-testid={`raid-change-${s}`}>{STEP_TEXT[s]}</Button>
                  ))}
                </span>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The Changes tab: the project's change requests (raised → assessed → approved / rejected), one
 * button per step the state flow allows for the project's manager, its deputy and the PMO (SharePoint
 * refuses the budget line of an approval to anyone but the PMO); under the list, what each approved
 * change re-baselined (milestones and budget line, each naming the change).
 */
export function ChangesTab(p: ITabProps): React.ReactElement {
  const { props, canEdit } = p;
  const { load, reload } = useLoad(async (): Promise<IChangesData> => {
    const [changes, page] = await Promise.all([props.changes.list(props.projectId), props.controlling.getProjectPage(props.projectId, 1)]);
    return { changes, milestones: page.milestones, lines: page.budget.lines };
  }, String(props.projectId));
  const action = useRowAction(reload);
  const form = useOpenForm<NonNullable<Open>>(action);
  const open = form.open;
  const close = (): void => form.close();
  const done = (m: string): void => { close(); action.say(m); void reload(); };
  const step = (c: IChange, to: string): void => {
    if (to === 'Rejected') void action.run(async () => { await props.changes.reject(c.id, c.etag); return formatString(raidStrings.Raid_ChangeRejected, c.title); });
    else form.show({ kind: to === 'Approved' ? 'approve' : 'assess', change: c });
  };
  const content = whenReady(load, reload, data => {
    const current = open && open.kind !== 'raise' ? data.changes.filter(c => c.id === open.change.id)[0] ?? open.change : undefined;
    const approved = data.changes.filter(c => c.status === 'Approved' || c.status === 'Implemented');
    return (
      <>
        {canEdit && open?.kind === 'raise' && <ChangeForm projectId={props.projectId} service={props.changes} locale={props.locale} onDone={done} onReload={reload} onClose={close} />}
        {canEdit && open?.kind === 'assess' && current && <ChangeForm change={current} projectId={props.projectId} service={props.changes} locale={props.locale} onDone={done} onReload={reload} onClose={close} />}
        {canEdit && open?.kind === 'approve' && current && <ApproveForm tab={p} change={current} milestones={data.milestones} onDone={done} onReload={reload} onClose={close} />}
        {data.changes.length === 0
          ? <p data-testid="raid-changes-empty">{raidStrings.Raid_Changes_Empty}</p>
          : <ChangeTable changes={data.changes} locale={props.locale} busy={action.busy} onStep={canEdit ? step : undefined} />}
        {approved.map(c => <Rebaselined key={c.id} change={c} milestones={data.milestones} lines={data.lines} locale={props.locale} />)}
      </>
    );
  });
  return (
    <div data-testid="raid-changes-tab">
      <h2 className={styles.heading}>{raidStrings.Raid_Changes_Heading}</h2>
      {action.notice && <Notice kind={action.notice.kind} data-testid="raid-change-notice">{action.notice.text}</Notice>}
      {canEdit && !open && <div className={styles.toolbar}><Button icon="add" onClick={e => form.show({ kind: 'raise' }, e.currentTarget)} data-testid="raid-add-change">{raidStrings.Raid_AddChange}</Button></div>}
      {content}
    </div>
  );
}

