export { Maturity } from './Maturity';
export type { IMaturityProps } from './IMaturityProps';
