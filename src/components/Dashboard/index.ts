export { Dashboard } from './Dashboard';
export type { IDashboardProps } from './IDashboardProps';
