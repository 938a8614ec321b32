import * as React from 'react';
import * as projectStrings from 'ProjectStrings';
import { formatDateOnly } from '../../../domain/dates';
import { formatString } from '../../../domain/text';
import type { NoticeKind } from '../../controls';
import type { IMilestoneEditorProps } from './MilestoneEditor';
import { useSaveRunner } from './useSaveRunner';
import {
  milestoneProblems, rebaselineProblems, refusalProblem, valuesOf,
  type IMilestoneValues, type IRebaselineValues, type MilestoneField, type MilestoneProblems
} from './milestoneForm';

const OWN_FIELDS: ReadonlyArray<MilestoneField> = ['title', 'baselineDate', 'forecastDate', 'actualDate', 'status'];
const REBASELINE_FIELDS: ReadonlyArray<MilestoneField> = ['newBaseline', 'reason'];

/** What the milestone editor shows and does (see {@link useMilestoneEditor}). */
export interface IMilestoneEditorState {
  values: IMilestoneValues;
  change: (v: Partial<IMilestoneValues>) => void;
  rebaseline: IRebaselineValues;
  changeRebaseline: (v: Partial<IRebaselineValues>) => void;
  /** Each field's problem (a message naming the field). */
  problems: MilestoneProblems;
  /** The problems in the fields' order, for the list above the form. */
  problemList: Array<[MilestoneField, string]>;
  /** A date field's typed text that is not a date (DateField's onProblem). */
  setProblem: (field: MilestoneField, message: string | undefined) => void;
  notice?: { kind: NoticeKind; text: string };
  busy: boolean;
  confirmDelete: boolean;
  setConfirmDelete: (v: boolean) => void;
  save: () => Promise<void>;
  remove: () => Promise<void>;
  applyRebaseline: () => Promise<void>;
}

/**
 * The milestone editor's state and actions. Problems found before sending (a blank name, a
 * re-baselining without its reason or date, a date that cannot be read) are shown at their fields
 * and listed, and the first field takes the focus; nothing is sent. A refusal of the service lands
 * on its field; a conflict (someone saved first: HTTP 412) says so and reloads the page, whose
 * milestone (with its new ETag) the editor then shows.
 */
export function useMilestoneEditor(props: IMilestoneEditorProps): IMilestoneEditorState {
  const { milestone, service } = props;
  const [values, setValues] = React.useState<IMilestoneValues>(() => valuesOf(milestone));
  const [rebaseline, setRebaseline] = React.useState<IRebaselineValues>({ reason: '' });
  const [problems, setProblems] = React.useState<MilestoneProblems>({});
  const [typed, setTyped] = React.useState<MilestoneProblems>({});
  const [confirmDelete, setConfirmDelete] = React.useState(false);
  const [focus, setFocus] = React.useState<{ field: MilestoneField } | undefined>(undefined);
  // The page read the milestone again (after a conflict): show what is stored now.
  React.useEffect(() => { setValues(valuesOf(milestone)); }, [milestone?.etag]); // eslint-disable-line react-hooks/exhaustive-deps -- a new ETag is a new version
  React.useEffect(() => { if (focus) document.getElementById(`ms-${focus.field}`)?.focus(); }, [focus]);

  const all: MilestoneProblems = { ...problems, ...typed };
  const problemList = [...OWN_FIELDS, ...REBASELINE_FIELDS].filter(f => all[f]).map(f => [f, all[f] as string] as [MilestoneField, string]);

  /** Shows the problems of `fields` (with the typed dates'); true when there are none. */
  const check = (found: MilestoneProblems, fields: ReadonlyArray<MilestoneField>): boolean => {
    setProblems(found);
    const first = fields.filter(f => found[f] ?? typed[f])[0];
    if (first) setFocus({ field: first });
    return first === undefined;
  };

  const runner = useSaveRunner({ conflict: projectStrings.Project_Ms_Conflict, gone: projectStrings.Project_Ms_Gone }, props.onDone, props.onReload);
  const run = (send: () => Promise<string>, rebaselining: boolean): Promise<void> => runner.run(send, e => {
    const refused = refusalProblem(e, rebaselining);
    if (refused) check(refused, rebaselining ? REBASELINE_FIELDS : OWN_FIELDS);
    return refused !== undefined;
  });

  const save = async (): Promise<void> => {
    if (!check(milestoneProblems(values), OWN_FIELDS)) return;
    const title = values.title.trim();
    await run(async () => {
      if (milestone) {
        await service.update(milestone.id, { title, forecastDate: values.forecastDate ?? '', actualDate: values.actualDate ?? '', status: values.status }, milestone.etag);
      } else {
        await service.create(props.projectId, { title, baselineDate: values.baselineDate, forecastDate: values.forecastDate });
      }
      return formatString(projectStrings.Project_Ms_Saved, title);
    }, false);
  };

  const remove = async (): Promise<void> => {
    if (!milestone) return;
    await run(async () => {
      await service.remove(milestone.id, milestone.etag);
      return formatString(projectStrings.Project_Ms_Deleted, milestone.title);
    }, false);
  };

  const applyRebaseline = async (): Promise<void> => {
    if (!milestone || !check(rebaselineProblems(rebaseline, milestone), REBASELINE_FIELDS)) return;
    const day = rebaseline.baselineDate as string;
    await run(async () => {
      await service.rebaseline(milestone.id, day, rebaseline.reason, milestone.etag);
      return formatString(projectStrings.Project_Ms_Rebaselined, milestone.title, formatDateOnly(day, props.locale));
    }, true);
  };

  const clear = (fields: string[]): void => setProblems(p => {
    const next = { ...p };
    for (const f of fields) delete next[f as MilestoneField];
    return next;
  });
  return {
    values, rebaseline, problems: all, problemList, notice: runner.notice, busy: runner.busy, confirmDelete, setConfirmDelete, save, remove, applyRebaseline,
    change: v => { setValues(old => ({ ...old, ...v })); clear(Object.keys(v)); },
    changeRebaseline: v => { setRebaseline(old => ({ ...old, ...v })); clear(Object.keys(v).map(k => (k === 'baselineDate' ? 'newBaseline' : k))); },
    setProblem: (field, message) => setTyped(t => ({ ...t, [field]: message }))
  };
}
