export { PmoSetup } from './PmoSetup';
export type { IPmoSetupProps } from './IPmoSetupProps';
