// The Training web part's surfaces that load later, each from its own named chunk (one source file
// names each chunk: src/webparts/webPartImports.test.ts): the trainers' and PMO's Manage tab (rosters,
// attendance, completion rates, the forms of modules, paths and sessions) and the PMO's community form.
import { lazySurface } from '../Portfolio/lazySurface';
import type { ITrainingManageProps } from './manage/TrainingManage';
import type { ICommunityFormProps } from './manage/CommunityForm';

/** Rosters, attendance and completion rates, and the maintenance of modules, paths and sessions. */
export const TrainingManage = lazySurface<ITrainingManageProps>(() => import(/* webpackChunkName: 'training-manage' */ './manage/TrainingManage').then(m => m.TrainingManage));

/** The PMO's form of a community. */
export const CommunityForm = lazySurface<ICommunityFormProps>(() => import(/* webpackChunkName: 'training-community-form' */ './manage/CommunityForm').then(m => m.CommunityForm));
