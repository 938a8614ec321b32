export { NoAccess } from './NoAccess';
export type { INoAccessProps } from './NoAccess';
export { PmoSiteUnreachable, type IPmoSiteUnreachableProps } from './PmoSiteUnreachable';
