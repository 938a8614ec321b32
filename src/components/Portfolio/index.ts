export { Portfolio } from './Portfolio';
export type { IPortfolioProps, IPortfolioTeamsContext, WorkbookWriter } from './IPortfolioProps';
export { toPortfolioTeamsContext, type ITeamsAppContextLike } from './teamsContext';
