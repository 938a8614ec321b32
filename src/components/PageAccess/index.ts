export { NoAccess } from './NoAccess';
export type { INoAccessProps } from './NoAccess';
