export { Project } from './Project';
export { projectIdFrom } from './projectId';
export type { IProjectProps, IProjectSlots } from './IProjectProps';
