/**
 * The portfolio overview's rules, pure (no I/O), one module per topic:
 * - `rag`: RAG values, dimensions, severity;
 * - `row`: the row model of one project (and the stage and lifecycle codes it carries);
 * - `columns`: the grid's columns and the value of a column;
 * - `search`, `filters`, `sort`, `grouping`: what the grid shows and in which order;
 * - `rollup`: the programme roll-up;
 * - `views`: the saved-view model (validation and serialisation);
 * - `teams`: the Teams tab's default filter;
 * - `summary`: the denormalised "latest status" and "next milestone" a project carries;
 * - `exportTable`: the cells of the Excel export.
 * Import from here (`../domain/portfolio`), not from the topic modules.
 */
export { currentRag, ENDED_STATES, hasEnded, RAG_DIMENSIONS, RAG_FILTER_VALUES, RAG_VALUES, ragSeverity, toRag, worstRag, type Rag, type RagDimension, type RagFilterValue } from './rag';
export { LIFECYCLE_STATES, STAGES, type INextMilestone, type IPortfolioPerson, type IPortfolioRef, type IPortfolioRow } from './row';
export { columnValue, DEFAULT_COLUMNS, isRagColumn, PORTFOLIO_COLUMNS, ragColumn, REQUIRED_COLUMNS, withRequiredColumns, type PortfolioColumnKey } from './columns';
export { foldText, matchesSearch } from './search';
export { activeFilterCount, compactFilters, matchesFilters, type IPortfolioFilters } from './filters';
export { sortRows, textComparer, toggleSort, type ISortKey, type TextCompare } from './sort';
export { GROUP_BY_OPTIONS, groupRows, type IPortfolioGroup, type PortfolioGroupBy } from './grouping';
export { budgetSum, programmeRollup, type IProgrammeRollup } from './rollup';
export { applyView, defaultView, parseView, serializeView, validateView, VIEW_FORMAT_VERSION, VIEW_NAME_MAX, type IPortfolioView, type IViewProblem } from './views';
export { teamDefaultFilters, type IProgrammeLink, type ITeamScope } from './teams';
export { latestPublishedReport, nextMilestone, projectSummary, type IMilestoneInput, type IProjectSummary, type IStatusReportInput } from './summary';
export { exportCell, exportTable, type ExportCell, type IExportLabels } from './exportTable';
