export { Methodology } from './Methodology';
export type { IMethodologyProps } from './IMethodologyProps';
