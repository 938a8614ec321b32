export { Benefits } from './Benefits';
export type { IBenefitsProps } from './IBenefitsProps';
