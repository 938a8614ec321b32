/**
 * How the strategy board scores requests: ScoringModels (weighted, AHP, WSJF), their weighted
 * ScoringCriteria, and the Scores of the board members for one request.
 */
import { ScoresList, ScoringCriteriaList, ScoringModelsList, StrategicObjectivesList } from '../../../src/schema';
import { checkScores, CRITERION_ROLES, SCORING_METHODS, WSJF_SCALE, type ICriterion as IDomainCriterion, type IScoreEntry, type ScoringMethod } from '../../../src/domain/scoring';
import type { IDemoUser } from '../../directory';
import { choiceCodes } from '../choices';
import { ref, user, type ISeedRow } from '../model';
import type { Rng } from '../prng';
import { AHP_MATRIX, SCORING_MODELS } from '../reference';
import { LEVEL_TEXTS, LEVEL_VALUES, SCORING_MODEL_TEXTS, type LevelSet } from '../referenceTexts';
import { row } from '../rows';
import { clamp, round2 } from '../shared';
import { SCORE_COMMENTS, type Lang } from '../text';
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

/** A criterion of a model, by its row, with its scale (lowest and highest score). */
export interface ICriterion {
  idx: number;
  weight: number;
  direction: string;
  scaleMin: number;
  scaleMax: number;
}

/**
 * A criterion's anchored levels in `lang`: the descriptions of its level set (what its levels mean
 * for its meaning and direction) on the 0–10 scale's 0, 3, 5, 8, 10 or WSJF's 1, 3, 8, 20.
 * @throws Error when a level set has not one description per value (a gap in referenceTexts.ts).
 */
function levelsOf(lang: Lang, set: LevelSet, wsjf: boolean): Array<{ value: number; description: string }> {
  const values = LEVEL_VALUES[wsjf ? 'wsjf' : 'scale'];
  const texts = LEVEL_TEXTS[lang][set];
  if (texts.length !== values.length) throw new Error(`The level set ${set} (${lang}) has ${texts.length} descriptions for ${values.length} levels.`);
  return values.map((value, k) => ({ value, description: texts[k] }));
}

/** Scoring models and criteria, with each model's criteria and the active and retired model. */
export interface IScoring {
  models: ISeedRow[];
  criteria: ISeedRow[];
  /** Criteria per model (by the model's position in SCORING_MODELS, which is also its row). */
  criteriaOfModel: ICriterion[][];
  /** The scoring method of each model (by row). */
  methodOfModel: ScoringMethod[];
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
  const methodOfModel: ScoringMethod[] = [];
  SCORING_MODELS.forEach((m, mi) => {
    const wsjf = m.method === scoringMethod('Wsjf');
    const [scaleMin, scaleMax] = wsjf ? [WSJF_SCALE[0], WSJF_SCALE[WSJF_SCALE.length - 1]] : [0, 10];
    methodOfModel.push(SCORING_METHODS.filter(x => x === scoringMethod(m.method))[0]);
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
          [C.CriterionRole]: wsjf ? criterionRole(WSJF_ROLE_ORDER[ci]) : criterionRole('None'),
          [C.ScaleMin]: scaleMin, [C.ScaleMax]: scaleMax,
          [C.ScaleLevelsJson]: { json: levelsOf(lang, c.levels, wsjf) },
          [C.StrategicObjective]: c.objective ? ref(StrategicObjectivesList, objectiveIndex(c.objective)) : null, [C.SortOrder]: (ci + 1) * 10, [C.Summary]: texts.criteria[ci][1]
        })) - 1,
        weight: c.weight,
        direction: c.direction,
        scaleMin,
        scaleMax
      }))
    );
  });
  return {
    models,
    criteria,
    criteriaOfModel,
    methodOfModel,
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

/**
 * A board member's value for a criterion: the level of its scale nearest to `raw` (a whole number;
 * WSJF: the nearest of 1, 2, 3, 5, 8, 13, 20), within the scale.
 */
function levelNear(method: ScoringMethod, c: ICriterion, raw: number): number {
  const levels = method === 'Wsjf' ? WSJF_SCALE.slice() : Array.from({ length: c.scaleMax - c.scaleMin + 1 }, (_, i) => c.scaleMin + i);
  return levels.reduce((best, v) => (Math.abs(v - raw) < Math.abs(best - raw) ? v : best), levels[0]);
}

/** A model's criteria (by row) as the domain reads them: id = row + 1, title, weight, direction, scale and WSJF role. */
export function domainCriteria(scoring: IScoring, model: number): IDomainCriterion[] {
  return scoring.criteriaOfModel[model].map(c => {
    const values = scoring.criteria[c.idx].values;
    const role = CRITERION_ROLES.filter(r => r === values[C.CriterionRole])[0] ?? 'None';
    return { id: c.idx + 1, title: String(values[C.Title]), weight: c.weight, direction: c.direction === criterionDirection('Cost') ? 'Cost' : 'Benefit', scaleMin: c.scaleMin, scaleMax: c.scaleMax, levels: [], role };
  });
}

/**
 * Checks a member's scores of one request the way the service checks a member's save (src/domain/
 * scoring checkScores, the one rule: each value a level of its criterion's scale).
 * @param values One value per criterion of the model, in its order.
 * @throws Error naming the request, criterion and value when the seed made a value no member could save.
 */
function checkSeededScores(scoring: IScoring, model: number, title: string, values: ReadonlyArray<number>): void {
  const criteria = domainCriteria(scoring, model);
  const entries: IScoreEntry[] = criteria.map((c, ci) => ({ request: 1, criterion: c.id, value: values[ci] }));
  const issues = checkScores(scoring.methodOfModel[model], criteria, [1], entries, 'submit');
  if (issues.length) throw new Error(`Seeded scores of "${title}" that no member could save: ${issues.map(i => `${criteria.filter(c => c.id === i.criterion)[0]?.title}: ${i.code} (${String(entries.filter(e => e.criterion === i.criterion)[0]?.value)})`).join(', ')}`);
}

/**
 * A request's scores (rows without their request and round numbers, which the caller sets; authored
 * by their board member) and its total (0–100). Each value is a level of its criterion's scale and is
 * checked as a member's save is ({@link checkSeededScores}).
 */
export function boardScores(rng: Rng, request: IScoredRequest, board: ReadonlyArray<IDemoUser>, scoring: IScoring): { rows: ISeedRow[]; total: number } {
  const crit = scoring.criteriaOfModel[request.model];
  const method = scoring.methodOfModel[request.model];
  const scorers = request.partial ? board.slice(0, rng.int(1, board.length)) : board;
  const byCriterion = crit.map(() => [] as number[]);
  const rows: ISeedRow[] = [];
  const cost = criterionDirection('Cost');
  for (const member of scorers) {
    const values: number[] = [];
    crit.forEach((c, ci) => {
      const raw = c.direction === cost ? 10 - request.quality + rng.normal(0, 1.2) : request.quality + rng.normal(0, 1.4);
      const value = levelNear(method, c, c.scaleMin + (clamp(raw, 0, 10) / 10) * (c.scaleMax - c.scaleMin));
      values.push(value);
      // Normalised onto 0–10, the best end high (cost criteria inverted).
      const share = (10 * (value - c.scaleMin)) / (c.scaleMax - c.scaleMin);
      byCriterion[ci].push(c.direction === cost ? 10 - share : share);
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
    checkSeededScores(scoring, request.model, request.title, values);
  }
  const wsum = crit.reduce((s, c) => s + c.weight, 0);
  const total = round2((crit.reduce((s, c, ci) => s + (c.weight * byCriterion[ci].reduce((a, x) => a + x, 0)) / byCriterion[ci].length, 0) / wsum) * 10);
  return { rows, total };
}
