export { Scoring } from './Scoring';
export type { IScoringProps, ScoringTab } from './IScoringProps';
