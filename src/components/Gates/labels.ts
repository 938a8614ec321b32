/** The Gates web part's names for codes, positions and refusals, in the user's language. */
import * as gatesStrings from 'GatesStrings';
import * as governanceStrings from 'GovernanceStrings';
import { formatString } from '../../domain/text';
import { lifecycleOf, stageOf, type IStagePosition } from '../../domain/governance';
import { LIFECYCLE_CODES, type ChecklistCategory, type GateDecision, type LifecycleCode } from '../../domain/governance/vocabulary';
import { isCode } from '../../domain/vocabulary';
import { GateRefusedError } from '../../services/gateRecords';

/** A stage's name (Starting up, Delivery, Alpha, …); the code itself when unknown. */
export function stageName(code: string): string {
  return gatesStrings[`Gates_Stage_${code}`] ?? code;
}

/** A position's name: the stage, and for a repeating stage its number ("Delivery: stage 2", "Delivery: release 1"). */
export function positionLabel(lifecycle: LifecycleCode | string, position: IStagePosition): string {
  const stage = isCode(LIFECYCLE_CODES, lifecycle) ? stageOf(lifecycleOf(lifecycle), position.stage) : undefined;
  if (stage?.repeats && position.deliveryStageNo !== undefined) {
    return formatString(gatesStrings[`Gates_Stage_Repeat_${stage.repeats}`], stageName(position.stage), position.deliveryStageNo);
  }
  return stageName(position.stage);
}

/** A lifecycle's name (PRINCE2, Agile, Hybrid). */
export function lifecycleName(code: string): string {
  return gatesStrings[`Gates_Lifecycle_${code}`] ?? code;
}

/** A checklist category's name; Handover is "Handover to operations". */
export function categoryLabel(category: ChecklistCategory): string {
  return gatesStrings[`Gates_Category_${category}`] ?? category;
}

/** A board decision's name (Go, Go with conditions, Recycle, Stop). */
export function decisionLabel(decision: GateDecision): string {
  return gatesStrings[`Gates_Decision_${decision}`] ?? decision;
}

/** The text of a governance domain problem (GovernanceStrings' Gate_Problem_<code>), `{0}` filled with `arg`. */
export function problemText(code: string, arg: string = ''): string {
  const template = governanceStrings[`Gate_Problem_${code}`];
  return template ? formatString(template, arg) : code;
}

/** The names of items, each quoted in the user's language and separated by commas ("“A”, “B”"). */
export function itemList(titles: ReadonlyArray<string>): string {
  return titles.map(t => formatString(gatesStrings.Gates_Quoted, t)).join(', ');
}

/**
 * What a refusal of the gate service says, in the user's language; undefined for any other error
 * (shown as a whole by errorText). A refused decision names its first problem.
 */
export function refusalText(error: unknown): string | undefined {
  if (!(error instanceof GateRefusedError)) return undefined;
  if (error.refusal === 'decisionRefused' || error.refusal === 'evidenceUrlInvalid') {
    const first = error.problems[0] as { code: string; items?: Array<{ title: string }> } | undefined;
    return first ? problemText(first.code, itemList((first.items ?? []).map(i => i.title))) : undefined;
  }
  if (error.refusal === 'noGate' || error.refusal === 'waiverReasonRequired') return problemText(error.refusal);
  return gatesStrings[`Gates_Refused_${error.refusal}`];
}
