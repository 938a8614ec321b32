import * as React from 'react';
import type { IPortfolioService, IProjectDetail } from '../../services/PortfolioService';
import { errorText } from '../ErrorMessage/errorText';
import * as strings from 'PmoHubStrings';
import { formatAmountFor, readAmount } from '../../domain/numbers';
import { amountProblemText } from '../controls/amountText';

/** The project panel's data: loading, the error in words, or the project's detail. */
export type ProjectPanelState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; detail: IProjectDetail };

/** The edit form's fields (as typed) and its state. */
export interface IProjectEditForm {
  editing: boolean;
  stage: string;
  status: string;
  /** The budget as typed. */
  budget: string;
  /** The typed budget as a number; undefined when empty. */
  budgetValue?: number;
  /** The typed budget is not an amount of 0 or more in the user's locale. */
  budgetInvalid: boolean;
  /** Why, naming the field: "“Budget”: enter an amount such as 1,234,567.89." */
  budgetError?: string;
  /** Why the budget changes (needed when it does; kept in the project's history). */
  reason: string;
  /** The typed budget differs from the project's: a reason is needed. */
  reasonNeeded: boolean;
  /** The reason is missing although needed (shown at the field after a save attempt). */
  reasonError?: string;
  /** The server's refusal of the last save, in words. */
  saveError?: string;
  /** The last save succeeded (until the next edit). */
  saved: boolean;
  busy: boolean;
}

/** What the panel can do. */
export interface IProjectPanelActions {
  retry: () => void;
  edit: () => void;
  cancel: () => void;
  setStage: (stage: string) => void;
  setStatus: (status: string) => void;
  setBudget: (budget: string) => void;
  setReason: (reason: string) => void;
  /** Saves stage, status and budget with the detail's ETag; on success reloads the panel and calls `onSaved`. */
  save: () => void;
}

/** The project panel's logic: reads the project's detail (again after a save or a retry) and edits it. */
export function useProjectPanel(service: IPortfolioService, projectId: number, locale: string, onSaved: () => void): [ProjectPanelState, IProjectEditForm, IProjectPanelActions] {
  const [state, setState] = React.useState<ProjectPanelState>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const [editing, setEditing] = React.useState(false);
  const [stage, setStage] = React.useState('');
  const [status, setStatus] = React.useState('');
  const [budget, setBudget] = React.useState('');
  const [reason, setReason] = React.useState('');
  const [reasonError, setReasonError] = React.useState<string | undefined>(undefined);
  const [saveError, setSaveError] = React.useState<string | undefined>(undefined);
  const [saved, setSaved] = React.useState(false);
  const [busy, setBusy] = React.useState(false);

  React.useEffect(() => {
    let active = true;
    setState({ status: 'loading' });
    service.getProjectDetail(projectId).then(
      detail => {
        if (!active) return;
        setState({ status: 'ready', detail });
        setStage(detail.row.stage ?? '');
        setStatus(detail.row.status ?? '');
        setBudget(detail.row.budget === undefined ? '' : formatAmountFor(detail.row.budget, locale));
      },
      (e: unknown) => { if (active) setState({ status: 'error', message: errorText(e) }); }
    );
    return () => { active = false; };
  }, [service, projectId, attempt, locale]);

  // Read as the user's locale writes amounts (domain/numbers): "250.000" is 250,000 in German.
  const reading = readAmount(budget, locale);
  const budgetValue = reading.ok ? reading.value : undefined;
  const budgetError = !reading.ok ? amountProblemText(reading.problem, strings.Portfolio_Col_budget, locale)
    : budgetValue !== undefined && budgetValue < 0 ? strings.Portfolio_BudgetInvalid : undefined;
  const budgetInvalid = budgetError !== undefined;

  const reasonNeeded = state.status === 'ready' && budgetValue !== undefined && budgetValue !== state.detail.row.budget;

  const save = (): void => {
    if (state.status !== 'ready' || budgetInvalid) return;
    if (reasonNeeded && !reason.trim()) {
      setReasonError(strings.Portfolio_ChangeReasonRequired);
      return;
    }
    setBusy(true);
    setSaveError(undefined);
    setReasonError(undefined);
    service.updateProject(projectId, { stage, status, budget: budgetValue, reason: reasonNeeded ? reason.trim() : undefined }, state.detail.etag).then(
      () => {
        setBusy(false);
        setEditing(false);
        setSaved(true);
        setReason('');
        setAttempt(a => a + 1);
        onSaved();
      },
      (e: unknown) => { setBusy(false); setSaveError(errorText(e)); }
    );
  };

  const form: IProjectEditForm = { editing, stage, status, budget, budgetValue, budgetInvalid, budgetError, reason, reasonNeeded, reasonError, saveError, saved, busy };
  const actions: IProjectPanelActions = {
    retry: () => setAttempt(a => a + 1),
    edit: () => { setEditing(true); setSaved(false); },
    cancel: () => { setEditing(false); setSaveError(undefined); },
    setStage,
    setStatus,
    setBudget,
    setReason: (v: string) => { setReason(v); setReasonError(undefined); },
    save
  };
  return [state, form, actions];
}
