export { Gates } from './Gates';
export type { IGatesProps } from './IGatesProps';
