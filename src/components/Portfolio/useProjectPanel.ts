import * as React from 'react';
import type { IPortfolioService, IProjectDetail } from '../../services/PortfolioService';
import { errorText } from '../ErrorMessage/errorText';

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
  /** The typed budget is not a number of 0 or more. */
  budgetInvalid: boolean;
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
  /** Saves stage, status and budget with the detail's ETag; on success reloads the panel and calls `onSaved`. */
  save: () => void;
}

/** The project panel's logic: reads the project's detail (again after a save or a retry) and edits it. */
export function useProjectPanel(service: IPortfolioService, projectId: number, onSaved: () => void): [ProjectPanelState, IProjectEditForm, IProjectPanelActions] {
  const [state, setState] = React.useState<ProjectPanelState>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const [editing, setEditing] = React.useState(false);
  const [stage, setStage] = React.useState('');
  const [status, setStatus] = React.useState('');
  const [budget, setBudget] = React.useState('');
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
        setBudget(detail.row.budget === undefined ? '' : String(detail.row.budget));
      },
      (e: unknown) => { if (active) setState({ status: 'error', message: errorText(e) }); }
    );
    return () => { active = false; };
  }, [service, projectId, attempt]);

  const budgetValue = budget.trim() === '' ? undefined : Number(budget.replace(/\s/g, '').replace(',', '.'));
  const budgetInvalid = budgetValue !== undefined && (!isFinite(budgetValue) || budgetValue < 0);

  const save = (): void => {
    if (state.status !== 'ready' || budgetInvalid) return;
    setBusy(true);
    setSaveError(undefined);
    service.updateProject(projectId, { stage, status, budget: budgetValue }, state.detail.etag).then(
      () => {
        setBusy(false);
        setEditing(false);
        setSaved(true);
        setAttempt(a => a + 1);
        onSaved();
      },
      (e: unknown) => { setBusy(false); setSaveError(errorText(e)); }
    );
  };

  const form: IProjectEditForm = { editing, stage, status, budget, budgetValue, budgetInvalid, saveError, saved, busy };
  const actions: IProjectPanelActions = {
    retry: () => setAttempt(a => a + 1),
    edit: () => { setEditing(true); setSaved(false); },
    cancel: () => { setEditing(false); setSaveError(undefined); },
    setStage,
    setStatus,
    setBudget,
    save
  };
  return [state, form, actions];
}
