export { ProjectRequest } from './ProjectRequest';
export type { IProjectRequestProps, ProjectRequestView } from './IProjectRequestProps';
