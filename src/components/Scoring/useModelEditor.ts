import * as React from 'react';
import * as scoringStrings from 'ScoringStrings';
import {
  identityMatrix, modelConfirmations, validateModel, withJudgement, WSJF_SCALE,
  type CriterionRole, type ICriterion, type IModelConfirmation, type IModelContent, type IModelIssue, type ScoringMethod
} from '../../domain/scoring';
import { formatString } from '../../domain/text';
import { describeError } from '../../services/errors';
import { ScoringRefusedError, type IScoringService } from '../../services/ScoringService';
import { errorText } from '../ErrorMessage/errorText';
import { text } from './labels';

/** What the editor starts from: an existing model version, or a new model of a method. */
export type ModelEditorStart = { id: number } | { method: ScoringMethod };

/** A message above the editor; `conflict` offers to reload. */
export interface IEditorNotice {
  kind: 'success' | 'error' | 'warning';
  text: string;
  conflict?: boolean;
}

const WSJF_ROLES: ReadonlyArray<CriterionRole> = ['BusinessValue', 'TimeCriticality', 'RiskReduction', 'JobSize'];

/** A new criterion for a method (WSJF: on the modified Fibonacci scale, 1–20). */
export function newCriterion(method: ScoringMethod, role: CriterionRole = 'None'): ICriterion {
  const wsjf = method === 'Wsjf';
  return {
    id: 0, title: wsjf ? text(`Scoring_Role_${role}`) : '', weight: method === 'Ahp' ? 0 : wsjf ? 25 : 10, direction: role === 'JobSize' ? 'Cost' : 'Benefit',
    scaleMin: wsjf ? WSJF_SCALE[0] : 0, scaleMax: wsjf ? WSJF_SCALE[WSJF_SCALE.length - 1] : 5, levels: [], role
  };
}

/** A new model's content: WSJF starts with its four components, the others with two criteria. */
export function newModel(method: ScoringMethod): IModelContent {
  const criteria = method === 'Wsjf' ? WSJF_ROLES.map(r => newCriterion(method, r)) : [newCriterion(method), newCriterion(method)];
  return { title: '', method, status: 'Draft', criteria, ahpMatrix: method === 'Ahp' ? identityMatrix(criteria.length) : undefined };
}

/** The matrix without row and column `index`. */
function withoutCriterion(matrix: ReadonlyArray<ReadonlyArray<number>>, index: number): number[][] {
  return matrix.filter((_, i) => i !== index).map(row => row.filter((_, j) => j !== index));
}

/** The matrix with one more criterion, equal to every other. */
function withCriterion(matrix: ReadonlyArray<ReadonlyArray<number>>): number[][] {
  return [...matrix.map(row => [...row, 1]), Array.from({ length: matrix.length + 1 }, () => 1)];
}

/**
 * The messages still shown after an edit: each field that had one is validated again against the
 * current content (src/domain/scoring validateModel), so a corrected field loses its message and a
 * field still wrong shows the message that fits it now. Fields without a message get none until
 * the next save.
 */
export function revalidatedIssues(shown: ReadonlyArray<IModelIssue>, content: IModelContent): IModelIssue[] {
  if (!shown.length) return [];
  const fields = new Set(shown.map(i => i.field));
  return validateModel(content).filter(i => fields.has(i.field));
}

/**
 * The messages after criterion `index` (0-based) was removed: its own go, and those of the criteria
 * after it follow them to their new place ('criteria.3.weight' → 'criteria.2.weight'; AHP cells are
 * 1-based: 'ahpMatrix.4.2' → 'ahpMatrix.3.2').
 */
export function issuesWithoutCriterion(shown: ReadonlyArray<IModelIssue>, index: number): IModelIssue[] {
  const out: IModelIssue[] = [];
  for (const issue of shown) {
    const path = issue.field.split('.');
    if (path[0] === 'criteria' && path.length > 2) {
      const k = Number(path[1]);
      if (k === index) continue;
      const moved = k > index ? k - 1 : k;
      out.push({ ...issue, field: ['criteria', String(moved), ...path.slice(2)].join('.'), ...(issue.criterion !== undefined ? { criterion: moved } : {}) });
    } else if (path[0] === 'ahpMatrix' && path.length === 3) {
      const [a, b] = [Number(path[1]) - 1, Number(path[2]) - 1];
      if (a === index || b === index) continue;
      out.push({ ...issue, field: `ahpMatrix.${a > index ? a : a + 1}.${b > index ? b : b + 1}` });
    } else {
      out.push(issue);
    }
  }
  return out;
}

/** What {@link useModelEditor} gives the editor. */
export interface IModelEditorState {
  content: IModelContent | undefined;
  loadError: unknown;
  modelId?: number;
  version?: number;
  locked: boolean;
  /** The problems of the last save attempt, each naming its field. */
  issues: IModelIssue[];
  /** Grows at each save refused for issues: the editor then moves focus to the first invalid field. */
  invalidAttempt: number;
  /** What the PMO must confirm before the save goes ahead (an inconsistent AHP model as Active). */
  confirm?: IModelConfirmation[];
  notice?: IEditorNotice;
  busy: boolean;
  change: (next: Partial<IModelContent>) => void;
  setCriterion: (i: number, change: Partial<ICriterion>) => void;
  addCriterion: () => void;
  removeCriterion: (i: number) => void;
  setJudgement: (i: number, j: number, value: number) => void;
  /** Saves; `confirmed` after the PMO confirmed what `confirm` asked. */
  save: (confirmed?: boolean) => Promise<void>;
  /** Drops the question without saving (the PMO revises the model). */
  cancelConfirm: () => void;
  reloadEtag: () => Promise<void>;
}

/**
 * The model editor's state: loads a version and its ETag, edits title, status, criteria and the AHP
 * matrix, validates (src/domain/scoring validateModel, issues naming the field; modelConfirmations,
 * what a save as Active needs confirmed) and saves: a new model, an edit in place, or a new version
 * when a round has locked this one (the notice says so). A concurrent change (ETag, 412) keeps the
 * input and offers to reload the current ETag.
 */
export function useModelEditor(service: IScoringService, start: ModelEditorStart): IModelEditorState {
  const [content, setContent] = React.useState<IModelContent | undefined>('method' in start ? newModel(start.method) : undefined);
  const [loadError, setLoadError] = React.useState<unknown>(undefined);
  const [modelId, setModelId] = React.useState<number | undefined>('id' in start ? start.id : undefined);
  const [version, setVersion] = React.useState<number | undefined>(undefined);
  const [locked, setLocked] = React.useState(false);
  const [etag, setEtag] = React.useState<string | undefined>(undefined);
  const [issues, setIssues] = React.useState<IModelIssue[]>([]);
  const [invalidAttempt, setInvalidAttempt] = React.useState(0);
  const [confirm, setConfirm] = React.useState<IModelConfirmation[] | undefined>(undefined);
  const [notice, setNotice] = React.useState<IEditorNotice | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);

  React.useEffect(() => {
    if (!('id' in start)) return undefined;
    let active = true;
    Promise.all([service.getModel(start.id), service.modelEtag(start.id)]).then(([m, tag]) => {
      if (!active) return;
      setContent({ title: m.title, method: m.method, status: m.status, summary: m.summary, criteria: m.criteria, ahpMatrix: m.method === 'Ahp' ? m.ahpMatrix ?? identityMatrix(m.criteria.length) : undefined });
      setVersion(m.version);
      setLocked(m.locked);
      setEtag(tag);
    }, (e: unknown) => { if (active) setLoadError(e); });
    return () => { active = false; };
  }, [service, 'id' in start ? start.id : 0]); // eslint-disable-line react-hooks/exhaustive-deps -- loads once per model

  // A question asked about the content no longer holds once the content changes; the messages shown
  // are checked again, so none stays on a field the PMO corrected.
  React.useEffect(() => {
    setConfirm(undefined);
    if (content) setIssues(prev => (prev.length ? revalidatedIssues(prev, content) : prev));
  }, [content]);

  const change = (next: Partial<IModelContent>): void => setContent(c => (c ? { ...c, ...next } : c));
  const setCriterion = (i: number, ch: Partial<ICriterion>): void => setContent(c => (c ? { ...c, criteria: c.criteria.map((x, k) => (k === i ? { ...x, ...ch } : x)) } : c));
  const addCriterion = (): void => setContent(c => (c ? { ...c, criteria: [...c.criteria, newCriterion(c.method)], ahpMatrix: c.ahpMatrix ? withCriterion(c.ahpMatrix) : undefined } : c));
  const removeCriterion = (i: number): void => {
    setIssues(prev => issuesWithoutCriterion(prev, i));
    setContent(c => (c ? { ...c, criteria: c.criteria.filter((_, k) => k !== i), ahpMatrix: c.ahpMatrix ? withoutCriterion(c.ahpMatrix, i) : undefined } : c));
  };
  const setJudgement = (i: number, j: number, value: number): void => setContent(c => (c && c.ahpMatrix ? { ...c, ahpMatrix: withJudgement(c.ahpMatrix, i, j, value) } : c));

  const refuse = (found: IModelIssue[]): void => {
    setIssues(found);
    setConfirm(undefined);
    setNotice({ kind: 'error', text: scoringStrings.Scoring_Refusal_invalid });
    setInvalidAttempt(n => n + 1);
  };

  const save = async (confirmed: boolean = false): Promise<void> => {
    if (!content) return;
    const found = validateModel(content);
    if (found.length) { refuse(found); return; }
    setIssues([]);
    // An inconsistent AHP model saved as Active: the PMO confirms first (drafts save freely).
    const asks = modelConfirmations(content);
    if (asks.length && !confirmed) { setConfirm(asks); setNotice(undefined); return; }
    setConfirm(undefined);
    setBusy(true);
    setNotice(undefined);
    // Only a confirmed save says so: the service asks again otherwise.
    const options = confirmed ? [{ confirmed }] as const : [] as const;
    try {
      if (modelId === undefined) {
        const m = await service.createModel(content, ...options);
        setModelId(m.id); setVersion(m.version); setEtag(await service.modelEtag(m.id));
        setNotice({ kind: 'success', text: formatString(scoringStrings.Scoring_ModelCreated, m.title) });
      } else {
        const r = await service.saveModel(modelId, content, etag, ...options);
        setModelId(r.model.id); setVersion(r.model.version); setLocked(r.model.locked); setEtag(await service.modelEtag(r.model.id));
        setNotice({ kind: 'success', text: r.saved === 'newVersion' ? formatString(scoringStrings.Scoring_NewVersion, r.model.version, r.model.version - 1) : r.saved === 'unchanged' ? scoringStrings.Scoring_ModelUnchanged : scoringStrings.Scoring_ModelSaved });
      }
    } catch (e) {
      if (e instanceof ScoringRefusedError && e.refusal === 'needsConfirmation') setConfirm(e.confirmations);
      else if (e instanceof ScoringRefusedError && e.modelIssues.length) refuse(e.modelIssues);
      else if (e instanceof ScoringRefusedError) { setIssues([]); setNotice({ kind: 'error', text: text(`Scoring_Refusal_${e.refusal}`) }); }
      else if (describeError(e).kind === 'conflict') setNotice({ kind: 'warning', text: scoringStrings.Scoring_ModelConflict, conflict: true });
      else setNotice({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  /** After a conflict: takes the version's current ETag and keeps the input, so the next save applies it. */
  const reloadEtag = async (): Promise<void> => {
    if (modelId === undefined) return;
    try {
      const [m, tag] = await Promise.all([service.getModel(modelId), service.modelEtag(modelId)]);
      setEtag(tag); setLocked(m.locked); setVersion(m.version);
      setNotice({ kind: 'success', text: scoringStrings.Scoring_ModelReloaded });
    } catch (e) {
      setNotice({ kind: 'error', text: errorText(e) });
    }
  };

  return {
    content, loadError, modelId, version, locked, issues, invalidAttempt, confirm, notice, busy,
    change, setCriterion, addCriterion, removeCriterion, setJudgement, save, cancelConfirm: () => setConfirm(undefined), reloadEtag
  };
}
