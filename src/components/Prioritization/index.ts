export { Prioritization } from './Prioritization';
export type { IPrioritizationProps } from './IPrioritizationProps';
