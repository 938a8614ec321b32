import * as React from 'react';
import * as projectStrings from 'ProjectStrings';
import { describeError } from '../../../services/errors';
import { ReportRefusedError, type IStatusReportService } from '../../../services/StatusReportService';
import type { IStatusReport } from '../../../services/controllingRows';
import type { IReportData, IReportRules } from '../../../services/reportRules';
import { errorText } from '../../ErrorMessage/errorText';
import { dimensionName, inputName, text } from '../labels';
import { checkForm, formValuesOf, justificationProblem, liveReport, type IFormContext, type IFormFieldNames, type IFormProblem, type IReportFormValues } from './formModel';
import type { IPreparedReport } from '../../../services/reportRules';

/** A message above the form's buttons. */
export interface IFormNotice {
  kind: 'success' | 'warning' | 'error';
  text: string;
}

/** The form's state and actions (see {@link useReportForm}). */
export interface IReportFormState {
  draft: IStatusReport;
  values: IReportFormValues;
  /** The report as the typed values make it: live suggestions, chosen RAGs, overrides (see {@link liveReport}). */
  live: IPreparedReport;
  /** Replaces some values (and marks the form changed). */
  change: (update: (values: IReportFormValues) => IReportFormValues) => void;
  problems: IFormProblem[];
  notice?: IFormNotice;
  busy: boolean;
  /** Whether values changed since the draft was read or saved. */
  dirty: boolean;
  /** Saves the draft; resolves to the saved draft, or undefined when nothing was saved (problems, a conflict, an error). */
  save: () => Promise<IStatusReport | undefined>;
  /** Saves pending changes, then publishes the draft; calls `onPublished` with the published report. */
  publish: () => Promise<void>;
  /** The field names problems use. */
  names: IFormFieldNames;
}

/** The field names as the form shows them: dimensions by the PMO's titles, inputs by their long names. */
export function fieldNames(rules: Pick<IReportRules, 'dimensions'>): IFormFieldNames {
  return {
    dimension: d => dimensionName(d, rules),
    input: k => `${text(`Project_InputLong_${k}`)} (${inputName(k)})`,
    percentComplete: projectStrings.Project_PercentComplete
  };
}

/**
 * The status report form's logic: the values of the draft, a save that checks everything first
 * (nothing is sent while a problem remains) and sends the draft's ETag; a stale ETag (someone saved
 * first) says so and reloads the draft; the service's refusal of an unjustified override becomes the
 * problem at that dimension's justification. Publishing saves pending changes first.
 */
export function useReportForm(service: IStatusReportService, initial: IStatusReport, rules: IReportRules, data: IReportData, locale: string, onPublished: (report: IStatusReport) => void): IReportFormState {
  const [draft, setDraft] = React.useState(initial);
  const [values, setValues] = React.useState(() => formValuesOf(initial, locale));
  const [dirty, setDirty] = React.useState(false);
  const [problems, setProblems] = React.useState<IFormProblem[]>([]);
  const [notice, setNotice] = React.useState<IFormNotice | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  const names = React.useMemo(() => fieldNames(rules), [rules]);
  const context: IFormContext = { draft, rules, data, names, locale };
  const live = React.useMemo(() => liveReport(context, values), [draft, rules, data, names, locale, values]); // eslint-disable-line react-hooks/exhaustive-deps -- context is made of these
  // Publishing closes the form (the page shows the report): nothing is set on it afterwards.
  const mounted = React.useRef(true);
  React.useEffect(() => () => { mounted.current = false; }, []);

  const take = (next: IStatusReport): void => {
    setDraft(next);
    setValues(formValuesOf(next, locale));
    setDirty(false);
  };

  const failed = async (e: unknown): Promise<void> => {
    if (e instanceof ReportRefusedError && e.refusal === 'justificationRequired') {
      setProblems(e.issues.map(i => justificationProblem(live, i.dimension, names)));
    } else if (describeError(e).kind === 'conflict') {
      const current = await service.getDraft(draft.projectId).catch(() => undefined);
      if (current) take(current);
      setNotice({ kind: 'warning', text: current ? projectStrings.Project_Conflict : projectStrings.Project_ConflictGone });
    } else {
      setNotice({ kind: 'error', text: errorText(e) });
    }
  };

  const saveNow = async (forPublish: boolean): Promise<IStatusReport | undefined> => {
    const checked = checkForm(context, values, forPublish);
    setProblems(checked.problems);
    if (!checked.changes) return undefined;
    try {
      const saved = await service.saveDraft(draft.id, checked.changes, draft.etag);
      take(saved);
      return saved;
    } catch (e) {
      await failed(e);
      return undefined;
    }
  };

  const run = async <T>(work: () => Promise<T>): Promise<T> => {
    setBusy(true);
    setNotice(undefined);
    try {
      return await work();
    } finally {
      if (mounted.current) setBusy(false);
    }
  };

  return {
    draft, values, live, problems, notice, busy, dirty, names,
    change: update => { setValues(v => update(v)); setDirty(true); },
    save: () => run(async () => {
      const saved = await saveNow(false);
      if (saved) setNotice({ kind: 'success', text: projectStrings.Project_Saved });
      return saved;
    }),
    publish: () => run(async () => {
      const current = dirty || live.issues.length ? await saveNow(true) : draft;
      if (!current) return;
      try {
        const result = await service.publish(current.id, current.etag);
        onPublished(result.report);
      } catch (e) {
        await failed(e);
      }
    })
  };
}
