export { Raid } from './Raid';
export type { IRaidProps } from './IRaidProps';
