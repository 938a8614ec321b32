import * as React from 'react';
import * as gatesStrings from 'GatesStrings';
import { formatDateOnly, type IsoDay } from '../../domain/dates';
import { formatString } from '../../domain/text';
import { GATE_DECISIONS, PASSING_GATE_DECISIONS, type GateDecision } from '../../domain/governance/vocabulary';
import { GateRefusedError } from '../../services/gateRecords';
import type { IDecideResult, IGateAccess, IGateReviewView, IGateService } from '../../services/GateService';
import { Button, DateField, Notice, SelectField, TextField } from '../controls';
import { ChoiceFieldset } from '../controls/Checkbox';
import fields from '../controls/fields.module.scss';
import { useForm } from '../controls/form';
import { GateFormFrame } from './frame';
import { decisionLabel, itemList, positionLabel, problemText, refusalText } from './labels';
import styles from './Gates.module.scss';

/** A condition row as typed: its text, owner (site user id as text, '' for none) and due day. */
interface IConditionRow { text: string; ownerId: string; due?: IsoDay; typed?: string }

/** Problems by field: 'decision', 'rationale', 'conditions', 'conditions.<i>.text|owner|due'. */
type Problems = Record<string, string>;

/** What the decision form holds. */
interface IDecisionValues { outcome?: GateDecision; rationale: string; rows: IConditionRow[] }

/** The input a problem's field is: the first decision that can be chosen, the rationale, the first condition's field ('conditions.<i>.<field>'). */
function decisionFieldId(field: string): string {
  if (field === 'decision') return `gates-decision-${GATE_DECISIONS[GATE_DECISIONS.length - 1]}`;
  if (field === 'rationale') return 'gates-rationale';
  if (field === 'conditions') return 'gates-condition-add';
  const [, i, f] = field.split('.');
  return `gates-condition-${i}-${f}`;
}

/** Props of {@link DecisionForm}. */
export interface IDecisionFormProps {
  view: IGateReviewView;
  access: Pick<IGateAccess, 'people'>;
  gates: Pick<IGateService, 'decide'>;
  locale: string;
  today: IsoDay;
  onDone: (message: string) => void;
  onReload: () => Promise<void>;
}

/** What keeps a decision from being sent (the domain's rules, named at their fields). */
function check(outcome: GateDecision | undefined, rationale: string, rows: ReadonlyArray<IConditionRow>): Problems {
  const p: Problems = {};
  if (!outcome) p.decision = gatesStrings.Gates_Problem_decision;
  if (!rationale.trim()) p.rationale = gatesStrings.Gates_Problem_rationale;
  if (outcome !== 'GoWithConditions') return p;
  if (rows.length === 0) p.conditions = problemText('conditionsRequired');
  rows.forEach((r, i) => {
    if (!r.text.trim()) p[`conditions.${i}.text`] = problemText('conditionTextRequired');
    if (!r.ownerId) p[`conditions.${i}.owner`] = problemText('conditionOwnerRequired');
    if (r.typed) p[`conditions.${i}.due`] = r.typed;
    else if (!r.due) p[`conditions.${i}.due`] = problemText('conditionDueInvalid');
  });
  return p;
}

/** The fields a refused decision names (blocking items at the decision, a condition's field at it). */
function refusedProblems(e: GateRefusedError): Problems {
  const p: Problems = {};
  for (const x of e.problems as ReadonlyArray<{ code: string; field?: string; index?: number; items?: Array<{ title: string }> }>) {
    const key = x.index !== undefined ? `conditions.${x.index}.${x.field ?? 'text'}` : x.code === 'conditionsRequired' ? 'conditions' : 'decision';
    p[key] = problemText(x.code, itemList((x.items ?? []).map(i => i.title)));
  }
  return p;
}

/** What the board is told after its decision: recorded, and where the stage went (now, or at the manager's next visit). */
function doneText(outcome: GateDecision, result: IDecideResult): string {
  const done = formatString(gatesStrings.Gates_Decide_Done, decisionLabel(outcome));
  const where = positionLabel(result.state.lifecycle, result.state);
  if (result.stage === 'moved') return `${done} ${formatString(gatesStrings.Gates_StageMoved, where)}`;
  if (result.stage === 'pending') return `${done} ${formatString(gatesStrings.Gates_StagePending, where)}`;
  return done;
}

/** One condition's fields: what, who (the people the service offers) and by when (typed in the user's locale). */
function ConditionFields(p: { index: number; row: IConditionRow; problems: Problems; people: IDecisionFormProps['access']['people']; locale: string; today: IsoDay; onChange: (r: IConditionRow) => void; onRemove: () => void }): React.ReactElement {
  const { index: i, row } = p;
  const label = formatString(gatesStrings.Gates_Conditions_Legend, i + 1);
  return (
    <fieldset className={styles.item} data-testid={`gates-condition-${i}`}>
      <legend className={styles.itemLegend}>{label}</legend>
      <div className={styles.fields}>
        <TextField id={`gates-condition-${i}-text`} label={gatesStrings.Gates_Condition_Text} required value={row.text} onChange={text => p.onChange({ ...row, text })} errorMessage={p.problems[`conditions.${i}.text`]} />
        <SelectField
          id={`gates-condition-${i}-owner`} label={gatesStrings.Gates_Condition_Owner} required selectedKey={row.ownerId} onChange={ownerId => p.onChange({ ...row, ownerId })}
          options={[{ key: '', text: gatesStrings.Gates_Condition_ChooseOwner }, ...p.people.map(u => ({ key: String(u.id), text: u.name }))]} errorMessage={p.problems[`conditions.${i}.owner`]}
        />
        <DateField
          id={`gates-condition-${i}-due`} label={gatesStrings.Gates_Condition_Due} required value={row.due} locale={p.locale} onChange={due => p.onChange({ ...row, due })}
          onProblem={typed => p.onChange({ ...row, typed })} invalidMessage={formatString(gatesStrings.Gates_Problem_date, formatDateOnly(p.today, p.locale, 'numeric'))}
          errorMessage={p.problems[`conditions.${i}.due`]}
        />
      </div>
      <Button icon="delete" onClick={p.onRemove}>{formatString(gatesStrings.Gates_Condition_Remove, i + 1)}</Button>
    </fieldset>
  );
}

/**
 * The board's decision on a review (board members and the PMO): go, go with conditions, recycle or
 * stop, with a rationale. Go and go with conditions are disabled while required items have neither
 * evidence nor a waiver, and the reason is given (the service refuses them anyway, and its refusal is
 * shown). A go with conditions takes condition rows: text, owner, due date.
 */
export function DecisionForm(props: IDecisionFormProps): React.ReactElement {
  const { view } = props;
  const form = useForm<string, IDecisionValues>({
    initial: () => ({ rationale: '', rows: [] }), version: '', idPrefix: 'gates-decide', fieldId: decisionFieldId,
    // The first field with a problem takes the focus: the decision, the rationale, then each condition's.
    fields: v => ['decision', 'rationale', 'conditions', ...v.rows.map((_, i) => ['text', 'owner', 'due'].map(f => `conditions.${i}.${f}`)).reduce((a, b) => a.concat(b), [] as string[])],
    check: v => check(v.outcome, v.rationale, v.rows),
    refused: e => {
      if (e instanceof GateRefusedError && e.refusal === 'decisionRefused') return refusedProblems(e);
      const text = refusalText(e);
      // Decided meanwhile, or the project moved on: the page reads the review again.
      if (text && e instanceof GateRefusedError && e.status === 412) void props.onReload();
      return text;
    },
    texts: { conflict: gatesStrings.Gates_Refused_reviewOutdated, gone: gatesStrings.Gates_Refused_reviewOutdated }, onDone: props.onDone, onReload: props.onReload,
    send: async v => {
      const outcome = v.outcome as GateDecision;
      const conditions = outcome === 'GoWithConditions' ? v.rows.map(r => ({ text: r.text.trim(), ownerId: Number(r.ownerId), due: r.due as IsoDay })) : [];
      return doneText(outcome, await props.gates.decide(view.review.id, outcome, v.rationale.trim(), conditions));
    }
  });
  const { values: v, problems } = form;
  const rows = v.rows;
  const setRows = (next: IConditionRow[]): void => form.change({ rows: next }, true);
  const blocked = view.readiness.canGo ? undefined : problemText('blockingItems', itemList(view.readiness.blocking.map(b => b.title)));
  const choose = (o: GateDecision): void => form.change(o === 'GoWithConditions' && rows.length === 0 ? { outcome: o, rows: [{ text: '', ownerId: '' }] } : { outcome: o });
  return (
    <GateFormFrame idPrefix="gates-decide" data-testid="gates-decide" heading={gatesStrings.Gates_Decide_Heading} form={form} focusOnOpen={false} stacked>
      <ChoiceFieldset label={gatesStrings.Gates_Decide_Label} options={[]} required role="radiogroup" fieldId="gates-decision" description={blocked} errorMessage={problems.decision}>
        {GATE_DECISIONS.map(d => {
          const disabled = !!blocked && PASSING_GATE_DECISIONS.indexOf(d) >= 0;
          return (
            <div key={d} className={fields.check}>
              <input id={`gates-decision-${d}`} type="radio" name="gates-decision" value={d} checked={v.outcome === d} disabled={disabled} onChange={() => choose(d)} data-testid={`gates-decision-${d}`} />
              <label htmlFor={`gates-decision-${d}`}>{decisionLabel(d)}</label>
            </div>
          );
        })}
      </ChoiceFieldset>
      <TextField id="gates-rationale" label={gatesStrings.Gates_Decide_Rationale} required multiline rows={3} value={v.rationale} onChange={rationale => form.change({ rationale })} errorMessage={problems.rationale} data-testid="gates-rationale" />
      {v.outcome === 'GoWithConditions' && (
        <div data-testid="gates-conditions-form">
          {problems.conditions && <Notice kind="error">{problems.conditions}</Notice>}
          {rows.map((r, i) => (
            <ConditionFields
              key={i} index={i} row={r} problems={problems as Problems} people={props.access.people} locale={props.locale} today={props.today}
              onChange={next => setRows(rows.map((x, j) => (j === i ? next : x)))} onRemove={() => setRows(rows.filter((_, j) => j !== i))}
            />
          ))}
          <Button icon="add" onClick={() => setRows([...rows, { text: '', ownerId: '' }])} data-testid="gates-condition-add">{gatesStrings.Gates_Condition_Add}</Button>
        </div>
      )}
    </GateFormFrame>
  );
}
