export { Training, moduleFromSearch, TRAINING_MODULE_PARAM } from './Training';
export type { ITrainingProps } from './ITrainingProps';
