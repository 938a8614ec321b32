/**
 * The PM maturity self-assessment (P3M3 v3, AXELOS 2015), pure: perspectives and levels, the level
 * rule, the organisation view's group sums (shown from MIN_GROUP_SIZE respondents), the qualification
 * plan, the radar's geometry and quarters.
 */
export { isMaturityLevel, isPerspective, MATURITY_LEVEL_NAMES, MATURITY_LEVELS, perPerspective, PERSPECTIVES, type MaturityLevel, type Perspective } from './vocabulary';
export { isCompleteResult, maturityResult, type IMaturityQuestion, type IMaturityResult } from './levels';
export { addContribution, emptyGroupAggregate, groupView, MIN_GROUP_SIZE, type GroupView, type IGroupAggregate } from './groups';
export { availabilityOf, qualificationPlan, type IPlanModule, type IPlanRecommendation, type IPlanSession, type IPlanStep, type IPlanTraining, type PlanAvailability } from './plan';
export { radarPoints } from './radar';
export { isQuarter, quarterLabel, quarterOf } from './quarter';
