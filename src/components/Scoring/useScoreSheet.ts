import * as React from 'react';
import * as scoringStrings from 'ScoringStrings';
import { checkScores, type IModelVersion, type IScoreEntry, type IScoreIssue, type ScoreState } from '../../domain/scoring';
import { formatString } from '../../domain/text';
import { ScoringRefusedError, type IRoundRequestStatus, type IScoringRound, type IScoringService } from '../../services/ScoringService';
import { errorText } from '../ErrorMessage/errorText';
import { leftOutText, requestLabel, text } from './labels';

/** One cell of the score sheet: a value on the criterion's scale (or none yet) and a comment. */
export interface IScoreCell {
  value?: number;
  comment: string;
}

/**
 * What the score sheet loads: the round's locked model version, its requests (each with whether the
 * round can still score it, as the scoring service rules) and the state of the member's own scores.
 */
export interface IScoreSheetData {
  model: IModelVersion;
  requests: IRoundRequestStatus[];
  state: ScoreState;
}

/** The requests of the sheet the member can still score. */
export function scorableRequests(data: IScoreSheetData): IRoundRequestStatus[] {
  return data.requests.filter(r => r.scorable);
}

/** A message above the sheet. */
export interface ISheetNotice {
  kind: 'success' | 'error';
  text: string;
}

/** The key of a cell (request and criterion). */
export const cellKey = (request: number, criterion: number): string => `${request}:${criterion}`;

/** The id of a cell's radio group (validation moves focus there). */
export const cellId = (request: number, criterion: number): string => `pmo-score-${request}-${criterion}`;

/** Moves focus to the first radio button of a cell. */
export function focusCell(request: number, criterion: number): void {
  const group = document.getElementById(cellId(request, criterion));
  const input = group?.querySelector<HTMLInputElement>('input:checked') ?? group?.querySelector<HTMLInputElement>('input');
  input?.focus();
}

/** The entries to save: the scorable requests' cells (a request left out of the round takes no score). */
function entriesOf(cells: ReadonlyMap<string, IScoreCell>, data: IScoreSheetData): IScoreEntry[] {
  const out: IScoreEntry[] = [];
  for (const r of scorableRequests(data)) {
    for (const c of data.model.criteria) {
      const cell = cells.get(cellKey(r.id, c.id));
      if (cell && (cell.value !== undefined || cell.comment.trim())) out.push({ request: r.id, criterion: c.id, value: cell.value, comment: cell.comment.trim() || undefined });
    }
  }
  return out;
}

/**
 * The score sheet's state: loads the model, the requests' titles and the member's own scores (blind:
 * nobody else's), keeps the cells, saves a draft and submits. Validation (src/domain/scoring
 * checkScores) names request and criterion and moves focus to the first cell in question; after a
 * submission the sheet is read-only. Each save sends the versions (ETags) of the scores the sheet was
 * read with, or last saved: a sheet the member saved meanwhile in another tab or device is refused as a
 * conflict (the notice says so; the cells stay for a reload).
 */
export function useScoreSheet(service: IScoringService, round: IScoringRound): {
  data: IScoreSheetData | undefined; loadError: unknown; cells: ReadonlyMap<string, IScoreCell>; issues: IScoreIssue[]; notice?: ISheetNotice; busy: boolean;
  setCell: (request: number, criterion: number, change: Partial<IScoreCell>) => void; save: (mode: 'draft' | 'submit') => Promise<void>; reload: () => void;
} {
  const [data, setData] = React.useState<IScoreSheetData | undefined>(undefined);
  const [loadError, setLoadError] = React.useState<unknown>(undefined);
  const [cells, setCells] = React.useState<Map<string, IScoreCell>>(new Map());
  const [issues, setIssues] = React.useState<IScoreIssue[]>([]);
  const [notice, setNotice] = React.useState<ISheetNotice | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  const [attempt, setAttempt] = React.useState(0);
  // The member's score rows as read (their ETags): a save from a sheet another session saved meanwhile is refused as a conflict.
  const versions = React.useRef<Readonly<Record<string, string>> | undefined>(undefined);

  React.useEffect(() => {
    let active = true;
    setLoadError(undefined);
    Promise.all([service.getModel(round.modelId), service.getMyScores(round.id), service.getRoundRequests(round)]).then(([model, mine, requests]) => {
      if (!active) return;
      versions.current = mine.versions;
      setCells(new Map(mine.entries.map(e => [cellKey(e.request, e.criterion), { value: e.value, comment: e.comment ?? '' }] as const)));
      setData({ model, requests, state: mine.state });
    }, (e: unknown) => { if (active) setLoadError(e); });
    return () => { active = false; };
  }, [service, round, attempt]);

  const setCell = (request: number, criterion: number, change: Partial<IScoreCell>): void => {
    setCells(prev => {
      const next = new Map(prev);
      const key = cellKey(request, criterion);
      next.set(key, { ...(prev.get(key) ?? { comment: '' }), ...change });
      return next;
    });
  };

  const fail = (found: IScoreIssue[]): void => {
    setIssues(found);
    setNotice(undefined);
    if (found.length) window.setTimeout(() => focusCell(found[0].request, found[0].criterion), 0);
  };

  /** A request left "Ready for scoring" while the sheet was open: its statuses are read again (the input stays) and the notice names it. */
  const leftWhileOpen = async (refused: ScoringRefusedError, current: IScoreSheetData): Promise<void> => {
    const requests = await service.getRoundRequests(round);
    const named = Array.from(new Set(refused.scoreIssues.map(i => i.request))).map(id => {
      const r = requests.filter(x => x.id === id)[0];
      return formatString(scoringStrings.Scoring_LeftOutLine, requestLabel(id, r?.title), leftOutText(r?.leftOut));
    });
    setIssues([]);
    setData({ ...current, requests });
    setNotice({ kind: 'error', text: formatString(scoringStrings.Scoring_Refusal_notScorableNamed, named.join('; ')) });
  };

  const save = async (mode: 'draft' | 'submit'): Promise<void> => {
    if (!data) return;
    const entries = entriesOf(cells, data);
    const found = checkScores(data.model.method, data.model.criteria, scorableRequests(data).map(r => r.id), entries, mode);
    if (found.length) { fail(found); return; }
    setBusy(true);
    try {
      const seen = versions.current;
      const saved = mode === 'draft' ? await service.saveDraftScores(round.id, entries, seen) : await service.submitScores(round.id, entries, seen);
      versions.current = saved.versions;
      setIssues([]);
      setData({ ...data, state: saved.state });
      setNotice({ kind: 'success', text: mode === 'draft' ? scoringStrings.Scoring_DraftSaved : formatString(scoringStrings.Scoring_Submitted, round.title) });
    } catch (e) {
      if (e instanceof ScoringRefusedError && e.refusal === 'notScorable') await leftWhileOpen(e, data).catch(() => setNotice({ kind: 'error', text: scoringStrings.Scoring_Refusal_notScorable }));
      else if (e instanceof ScoringRefusedError && e.scoreIssues.length) fail(e.scoreIssues);
      else setNotice({ kind: 'error', text: e instanceof ScoringRefusedError ? text(`Scoring_Refusal_${e.refusal}`) : errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  return { data, loadError, cells, issues, notice, busy, setCell, save, reload: () => setAttempt(a => a + 1) };
}
