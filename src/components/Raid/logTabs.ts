// The RAID log's later tabs (Decisions, Changes, Lessons): one lazily loaded chunk ('raid-logs'),
// so that the web part's first view (the Risks tab) carries only what it shows.
export { DecisionsTab } from './DecisionsTab';
export { ChangesTab } from './ChangesTab';
export { LessonsTab } from './LessonsTab';
