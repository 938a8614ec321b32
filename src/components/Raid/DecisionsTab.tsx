import * as React from 'react';
import * as raidStrings from 'RaidStrings';
import { formatDateOnly, isIsoDay, type IsoDay } from '../../domain/dates';
import { formatString } from '../../domain/text';
import { DECISION_BODIES, DECISION_OUTCOMES } from '../../domain/scoring/vocabulary';
import type { IProjectDecision } from '../../services/RaidLogService';
import { Button, CheckboxGroup, Notice, SelectField, SR_ONLY, TextField } from '../controls';
import { DayField, EntryForm } from './EntryForm';
import { fieldProblem, useEntryForm, type FieldProblems } from './useEntryForm';
import { codeLabel, fieldLabel } from './labels';
import { useLoad } from './useLoad';
import { useOpenForm, useRowAction, whenReady, type ITabProps } from './tabParts';
import styles from './Raid.module.scss';

/** The decision form's fields, in the order shown. */
export type DecisionField = 'title' | 'date' | 'outcome' | 'decidedBy' | 'rationale';
const FIELDS: ReadonlyArray<DecisionField> = ['title', 'date', 'outcome', 'decidedBy', 'rationale'];

/** What the decision form holds. */
export interface IDecisionValues {
  title: string;
  date?: IsoDay;
  outcome: string;
  /** Site user ids as text. */
  decidedBy: string[];
  rationale: string;
}

/** What keeps a decision from being sent: a blank title, no day, no rationale (a decision log without the why is not one). */
export function decisionProblems(v: IDecisionValues): FieldProblems<DecisionField> {
  const out: FieldProblems<DecisionField> = {};
  if (!v.title.trim()) out.title = fieldProblem('title', 'required');
  if (!v.date || !isIsoDay(v.date)) out.date = fieldProblem('date', 'required');
  if (!v.rationale.trim()) out.rationale = fieldProblem('rationale', 'required');
  return out;
}

/** Logs a project-level decision: what, when, the outcome, who decided and why. A decision is never changed once logged. */
function DecisionForm(props: { tab: ITabProps; onDone: (m: string) => void; onReload: () => Promise<void>; onClose: () => void }): React.ReactElement {
  const { tab } = props;
  const form = useEntryForm<DecisionField, IDecisionValues>({
    initial: () => ({ title: '', date: tab.today, outcome: 'Noted', decidedBy: [], rationale: '' }),
    version: '', fields: FIELDS, idPrefix: 'decision', check: decisionProblems, onDone: props.onDone, onReload: props.onReload,
    send: async v => {
      const title = v.title.trim();
      await tab.props.raidLog.addDecision(tab.props.projectId, {
        title, date: v.date as IsoDay, outcome: v.outcome, rationale: v.rationale.trim(), decidedByIds: v.decidedBy.map(Number)
      });
      return formatString(raidStrings.Raid_DecisionSaved, title);
    }
  });
  const { values: v, change, problems } = form;
  return (
    <EntryForm idPrefix="decision" heading={raidStrings.Raid_DecisionForm_New} form={form} onCancel={props.onClose}>
      <TextField id="decision-title" label={fieldLabel('title')} value={v.title} onChange={t => change({ title: t })} errorMessage={problems.title} required maxLength={255} data-testid="decision-title" />
      <DayField idPrefix="decision" field="date" value={v.date} onChange={d => change({ date: d }, true)} error={problems.date} onProblem={m => form.setTyped('date', m)} locale={tab.props.locale} today={tab.today} />
      <SelectField
        id="decision-outcome" label={fieldLabel('outcome')} selectedKey={v.outcome} onChange={k => change({ outcome: k })} errorMessage={problems.outcome}
        options={DECISION_OUTCOMES.map(o => ({ key: o, text: codeLabel('Outcome', o) }))} data-testid="decision-outcome"
      />
      {tab.people.length > 0 && (
        <CheckboxGroup
          id="decision-decidedBy" label={fieldLabel('decidedBy')} options={tab.people.map(p => ({ key: String(p.id), text: p.name }))}
          selectedKeys={v.decidedBy} onChange={keys => change({ decidedBy: keys })} errorMessage={problems.decidedBy}
        />
      )}
      <TextField id="decision-rationale" className={styles.wide} label={fieldLabel('rationale')} value={v.rationale} onChange={t => change({ rationale: t })} errorMessage={problems.rationale} required multiline rows={3} maxLength={4000} data-testid="decision-rationale" />
    </EntryForm>
  );
}

/** The decisions as a table: day, what, body, outcome, who decided (else who logged it), why. */
function DecisionTable(props: { decisions: ReadonlyArray<IProjectDecision>; locale: string }): React.ReactElement {
  return (
    <table className={styles.table} data-testid="raid-decisions">
      <caption className={SR_ONLY}>{raidStrings.Raid_Decisions_Heading}</caption>
      <thead>
        <tr>
          <th scope="col">{raidStrings.Raid_Col_Date}</th>
          <th scope="col">{raidStrings.Raid_Col_Decision}</th>
          <th scope="col">{raidStrings.Raid_Col_Body}</th>
          <th scope="col">{raidStrings.Raid_Col_Outcome}</th>
          <th scope="col">{raidStrings.Raid_Col_DecidedBy}</th>
          <th scope="col">{raidStrings.Raid_Col_Rationale}</th>
        </tr>
      </thead>
      <tbody>
        {props.decisions.map(d => (
          <tr key={d.id} data-testid="raid-decision-row">
            <td>{d.date ? formatDateOnly(d.date, props.locale) : ''}</td>
            <th scope="row">{d.title}</th>
            <td>{codeLabel('Body', d.body)}</td>
            <td>{codeLabel('Outcome', d.outcome)}</td>
            <td>{d.decidedBy.length ? d.decidedBy.map(p => p.name).join(', ') : d.author?.name ?? ''}</td>
            <td className={styles.prose}>{d.rationale ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The Decisions tab: the project's decision log — the project manager's own decisions (body
 * Project) and the boards' decisions about the project — newest first, filtered by body; the
 * project's manager, its deputy and the PMO log a decision (never change one: the list is add-only).
 */
export function DecisionsTab(p: ITabProps): React.ReactElement {
  const { props, canEdit } = p;
  const [body, setBody] = React.useState('');
  const { load, reload } = useLoad(() => props.raidLog.listDecisions(props.projectId, body || undefined), `${props.projectId}|${body}`);
  const action = useRowAction(reload);
  const adding = useOpenForm<true>(action);
  const bodies = [{ key: '', text: raidStrings.Raid_Body_All }, ...DECISION_BODIES.map(b => ({ key: b, text: codeLabel('Body', b) }))];
  return (
    <div data-testid="raid-decisions-tab">
      <h2 className={styles.heading}>{raidStrings.Raid_Decisions_Heading}</h2>
      {action.notice && <Notice kind={action.notice.kind} data-testid="raid-decision-notice">{action.notice.text}</Notice>}
      <div className={styles.toolbar}>
        <SelectField id="raid-decision-body" label={raidStrings.Raid_Filter_Body} options={bodies} selectedKey={body} onChange={setBody} data-testid="raid-decision-body" />
        {canEdit && !adding.open && <Button icon="add" onClick={e => adding.show(true, e.currentTarget)} data-testid="raid-add-decision">{raidStrings.Raid_AddDecision}</Button>}
      </div>
      {canEdit && adding.open && <DecisionForm tab={p} onDone={m => { adding.close(); action.say(m); void reload(); }} onReload={reload} onClose={() => adding.close()} />}
      {whenReady(load, reload, decisions => decisions.length === 0
        ? <p data-testid="raid-decisions-empty">{body ? raidStrings.Raid_Decisions_EmptyBody : raidStrings.Raid_Decisions_Empty}</p>
        : <DecisionTable decisions={decisions} locale={props.locale} />)}
    </div>
  );
}
