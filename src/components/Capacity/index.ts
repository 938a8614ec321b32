export { Capacity } from './Capacity';
export type { ICapacityProps } from './ICapacityProps';
