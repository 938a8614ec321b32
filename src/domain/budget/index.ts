/**
 * Budget lines (pure): variances of planned, forecast and actual amounts per fiscal year, cost type
 * and category (`variances`), and the monthly burn series for the burn chart (`burn`).
 * Import from here (`../domain/budget`).
 */
export { budgetTotals, budgetVariances, type BudgetGrouping, type IBudgetGroupVariance, type IBudgetLineAmounts, type IBudgetVariance } from './variances';
export { burnSeries, monthOf, nextMonth, type IBurnPoint, type IMonthAmount } from './burn';
