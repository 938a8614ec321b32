/**
 * The scoring vocabulary: the language-neutral codes that the scoring lists' choice columns store
 * (ScoringModels, ScoringCriteria, ScoringRounds, Scores, Decisions) and the scoring rules reason
 * about. The schema (src/schema/fields.ts) takes its `choices` from here, in the order given; the
 * web parts show the codes through src/loc (`Choice_<Field>_<Code>`). Pure: imports nothing.
 */

/** How a model turns criterion scores into a total (ScoringModels.ScoringMethod). */
export type ScoringMethod = 'Weighted' | 'Ahp' | 'Wsjf';
/** Every scoring method. */
export const SCORING_METHODS: ReadonlyArray<ScoringMethod> = ['Weighted', 'Ahp', 'Wsjf'];

/**
 * The state of one version of a model (ScoringModels.ModelStatus). `Superseded`: an earlier version
 * kept because a round locked it; it is never edited again, and no new round uses it.
 */
export type ModelStatus = 'Draft' | 'Active' | 'Retired' | 'Superseded';
/** Every model status; the first three are the v4 choices, `Superseded` was added with rounds. */
export const MODEL_STATUSES: ReadonlyArray<ModelStatus> = ['Draft', 'Active', 'Retired', 'Superseded'];

/** Whether a higher score is better (`Benefit`) or worse (`Cost`: cost, risk, effort). */
export type CriterionDirection = 'Benefit' | 'Cost';
/** Every criterion direction. */
export const CRITERION_DIRECTIONS: ReadonlyArray<CriterionDirection> = ['Benefit', 'Cost'];

/**
 * The part a criterion plays in a WSJF model (ScoringCriteria.CriterionRole): the three components
 * of the cost of delay and the job size. `None` for weighted and AHP models.
 */
export type CriterionRole = 'None' | 'BusinessValue' | 'TimeCriticality' | 'RiskReduction' | 'JobSize';
/** Every criterion role. */
export const CRITERION_ROLES: ReadonlyArray<CriterionRole> = ['None', 'BusinessValue', 'TimeCriticality', 'RiskReduction', 'JobSize'];

/** The state of a scoring round (ScoringRounds.RoundStatus). */
export type RoundStatus = 'Open' | 'Closed' | 'Cancelled';
/** Every round status. */
export const ROUND_STATUSES: ReadonlyArray<RoundStatus> = ['Open', 'Closed', 'Cancelled'];

/** The state of one score row (Scores.ScoreState). */
export type ScoreState = 'Draft' | 'Submitted';
/** Every score state. */
export const SCORE_STATES: ReadonlyArray<ScoreState> = ['Draft', 'Submitted'];

/** What a decision decided (Decisions.DecisionOutcome). */
export type DecisionOutcome = 'Approved' | 'Rejected' | 'Deferred' | 'Noted';
/** Every decision outcome. */
export const DECISION_OUTCOMES: ReadonlyArray<DecisionOutcome> = ['Approved', 'Rejected', 'Deferred', 'Noted'];

/**
 * Who decided (Decisions.DecisionBody). `Project`: a project-level decision the project manager logs
 * in the project's decision log (schema 7), not a board's.
 */
export type DecisionBody = 'StrategyBoard' | 'ProjectBoard' | 'Pmo' | 'Project';
/** Every decision body. */
export const DECISION_BODIES: ReadonlyArray<DecisionBody> = ['StrategyBoard', 'ProjectBoard', 'Pmo', 'Project'];
