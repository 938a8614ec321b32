/**
 * How the strategy board scores requests: ScoringModels (weighted, AHP, WSJF), their weighted
 * ScoringCriteria, and the Scores of the board members for one request.
 */
import { ScoresList, ScoringCriteriaList, ScoringModelsList, StrategicObjectivesList } from '../../../src/schema';
import type { IDemoUser } from '../../directory';
import { choiceCodes } from '../choices';
import { ref, user, type ISeedRow } from '../model';
import type { Rng } from '../prng';
import { AHP_MATRIX, SCORING_MODELS } from '../reference';
import { SCORING_MODEL_TEXTS } from '../referenceTexts';
import { row } from '../rows';
import { clamp, round2 } from '../shared';
import { SCORE_COMMENTS, type Lang } from '../text';
import { SCALE_ANCHORS, WSJF_ANCHORS } from '../vocabulary';
import { objectiveIndex } from './objectives';

const M = ScoringModelsList.fields;
const C = ScoringCriteriaList.fields;
const S = ScoresList.fields;
const modelStatus = choiceCodes(ScoringModelsList.choices.ModelStatus);
const scoringMethod = choiceCodes(ScoringModelsList.choices.ScoringMethod);
const criterionDirection = choiceCodes(ScoringCriteriaList.choices.CriterionDirection);
const scoreState = choiceCodes(ScoresList.choices.ScoreState);
const criterionRole = choiceCodes(ScoringCriteriaList.choices.CriterionRole);
/** The WSJF model's criteria, in SCORING_MODELS order: business value, time criticality, RR|OE, job size. */
const WSJF_ROLE_ORDER: ReadonlyArray<string> = ['BusinessValue', 'TimeCriticality', 'RiskReduction', 'JobSize'];

/** A criterion of a model, by its row. */
export interface ICriterion {
  idx: number;
  weight: number;
  direction: string;
}

/** Scoring models and criteria, with each model's criteria and the active and retired model. */
export interface IScoring {
  models: ISeedRow[];
  criteria: ISeedRow[];
  /** Criteria per model (by the model's position in SCORING_MODELS, which is also its row). */
  criteriaOfModel: ICriterion[][];
  /** The model used for requests submitted from 2026 on. */
  activeModel: number;
  /** The model of earlier requests. */
  retiredModel: number;
}

/** The rows of ScoringModels and ScoringCriteria, titled and described in `lang`. */
export function scoringRows(lang: Lang = 'en'): IScoring {
  const models: ISeedRow[] = [];
  const criteria: ISeedRow[] = [];
  const criteriaOfModel: ICriterion[][] = [];
  SCORING_MODELS.forEach((m, mi) => {
    const texts = SCORING_MODEL_TEXTS[lang][mi];
    const idx = models.push(row(ScoringModelsList, {
      [M.Title]: texts.title, [M.ModelKey]: `SM-${String(models.length + 1).padStart(4, '0')}`, [M.ModelVersion]: 1,
      // The weighted and the AHP model scored rounds, which locked them; the WSJF model is new.
      [M.VersionLocked]: m.method !== scoringMethod('Wsjf'),
      [M.ModelStatus]: modelStatus(m.status), [M.ScoringMethod]: scoringMethod(m.method), [M.StartDate]: m.start, [M.Summary]: texts.summary,
      [M.AhpMatrixJson]: m.method === scoringMethod('Ahp') ? { json: AHP_MATRIX.map(r => r.map(x => Math.round(x * 1000) / 1000)) } : null
    })) - 1;
    criteriaOfModel.push(
      m.criteria.map((c, ci) => ({
        idx: criteria.push(row(ScoringCriteriaList, {
          [C.Title]: texts.criteria[ci][0], [C.ScoringModel]: ref(ScoringModelsList, idx), [C.Weight]: c.weight, [C.CriterionDirection]: criterionDirection(c.direction),
          [C.CriterionRole]: m.method === scoringMethod('Wsjf') ? criterionRole(WSJF_ROLE_ORDER[ci]) : criterionRole('None'),
          [C.ScaleMin]: m.method === scoringMethod('Wsjf') ? 1 : 0, [C.ScaleMax]: m.method === scoringMethod('Wsjf') ? 20 : 10,
          [C.ScaleLevelsJson]: { json: (m.method === scoringMethod('Wsjf') ? WSJF_ANCHORS : SCALE_ANCHORS)[lang].map(([value, description]) => ({ value, description })) },
          [C.StrategicObjective]: c.objective ? ref(StrategicObjectivesList, objectiveIndex(c.objective)) : null, [C.SortOrder]: (ci + 1) * 10, [C.Summary]: texts.criteria[ci][1]
        })) - 1,
        weight: c.weight,
        direction: c.direction
      }))
    );
  });
  return {
    models,
    criteria,
    criteriaOfModel,
    activeModel: SCORING_MODELS.findIndex(m => m.status === modelStatus('Active')),
    retiredModel: SCORING_MODELS.findIndex(m => m.status === modelStatus('Retired'))
  };
}

/** What a request's scores depend on. */
export interface IScoredRequest {
  title: string;
  lang: Lang;
  /** The request's model (row). */
  model: number;
  /** Only some board members have scored a request that is still ready for scoring. */
  partial: boolean;
  /** How good the request is, 0–10 (its decision follows from it). */
  quality: number;
}

/** A request's scores (rows without their request and round numbers, which the caller sets; authored by their board member) and its total (0–100). */
export function boardScores(rng: Rng, request: IScoredRequest, board: ReadonlyArray<IDemoUser>, scoring: IScoring): { rows: ISeedRow[]; total: number } {
  const crit = scoring.criteriaOfModel[request.model];
  const scorers = request.partial ? board.slice(0, rng.int(1, board.length)) : board;
  const byCriterion = crit.map(() => [] as number[]);
  const rows: ISeedRow[] = [];
  const cost = criterionDirection('Cost');
  for (const member of scorers) {
    crit.forEach((c, ci) => {
      const raw = c.direction === cost ? 10 - request.quality + rng.normal(0, 1.2) : request.quality + rng.normal(0, 1.4);
      const value = clamp(Math.round(raw * 2) / 2, 0, 10);
      byCriterion[ci].push(c.direction === cost ? 10 - value : value);
      rows.push(row(ScoresList, {
        [S.Title]: `${request.title.slice(0, 120)} – ${member.displayName}`,
        [S.Criterion]: ref(ScoringCriteriaList, c.idx),
        [S.ScoreState]: scoreState('Submitted'),
        [S.BoardMember]: user(member.userPrincipalName),
        [S.ScoreValue]: value,
        [S.ScoringModel]: ref(ScoringModelsList, request.model),
        [S.ScoreComment]: rng.chance(0.15) ? rng.pick(SCORE_COMMENTS[request.lang]) : null
      }, { author: member.userPrincipalName }));
    });
  }
  const wsum = crit.reduce((s, c) => s + c.weight, 0);
  const total = round2((crit.reduce((s, c, ci) => s + (c.weight * byCriterion[ci].reduce((a, x) => a + x, 0)) / byCriterion[ci].length, 0) / wsum) * 10);
  return { rows, total };
}
