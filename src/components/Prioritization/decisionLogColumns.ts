/**
 * The decision log's columns: one definition for the screen's table and the Excel file, so both
 * show the same columns in the same order (date, body, outcome, decision, request, project, round,
 * scenario, rationale, decided by). The round and the scenario are named by their titles.
 */
import * as strings from 'PmoHubStrings';
import * as prioStrings from 'PrioritizationStrings';
import { excelDateOf, formatDateOnly } from '../../domain/dates';
import type { IDecisionRecord } from '../../services/DecisionService';
import type { ExportCell } from '../../domain/portfolio';

/** A recorded outcome as the log shows it: the request's state it led to ("Approved"), or "Noted". */
export function outcomeText(outcome: IDecisionRecord['outcome']): string {
  return outcome === 'Noted' ? prioStrings.Prio_Outcome_Noted : strings[`Request_State_${outcome}`] ?? outcome;
}

/**
 * An item's number (request, project, round, scenario) as a text cell, "40": the Excel writer gives
 * every number cell the amounts' format with two decimals ("40.00"), and a number names an item here,
 * it is no quantity to add up. Nothing for an item the decision has none of.
 */
export function idCell(n: number | undefined): ExportCell {
  return n === undefined ? undefined : String(n);
}

/** One column of the decision log. */
export interface IDecisionLogColumn {
  key: string;
  /** Its heading (screen and file). */
  header: () => string;
  /**
   * Its cell in the file: every user text a string cell (written as text, never as a formula), a
   * day a date cell (a Date, which the Excel writer types as a date with a date format), an item's
   * number a text cell ({@link idCell}).
   */
  cell: (d: IDecisionRecord) => ExportCell;
  /** Its cell on screen, when it reads otherwise than the file's (the date in the user's locale). */
  text?: (d: IDecisionRecord, locale: string) => string;
  /** The row's name for a screen reader (`<th scope="row">`). */
  rowHeader?: boolean;
}

/** The decision log's columns, in order. */
export const DECISION_LOG_COLUMNS: ReadonlyArray<IDecisionLogColumn> = [
  { key: 'date', header: () => prioStrings.Prio_LogDate, cell: d => excelDateOf(d.date), text: (d, locale) => (d.date ? formatDateOnly(d.date, locale, 'numeric') : '') },
  { key: 'body', header: () => prioStrings.Prio_LogBody, cell: d => prioStrings[`Prio_Body_${d.body}`] ?? d.body },
  { key: 'outcome', header: () => prioStrings.Prio_LogOutcome, cell: d => outcomeText(d.outcome) },
  { key: 'title', header: () => prioStrings.Prio_LogTitle, cell: d => d.title, rowHeader: true },
  { key: 'request', header: () => prioStrings.Prio_LogRequest, cell: d => idCell(d.requestNumber) },
  { key: 'project', header: () => prioStrings.Prio_LogProject, cell: d => idCell(d.projectId) },
  // The round's title and the scenario's name (their number only where the reader cannot read them).
  { key: 'round', header: () => prioStrings.Prio_LogRound, cell: d => d.roundTitle ?? idCell(d.roundNumber) },
  { key: 'scenario', header: () => prioStrings.Prio_LogScenario, cell: d => d.scenarioTitle ?? idCell(d.scenarioNumber) },
  { key: 'rationale', header: () => prioStrings.Prio_Rationale, cell: d => d.rationale ?? '' },
  { key: 'decidedBy', header: () => prioStrings.Prio_LogDecidedBy, cell: d => d.decidedBy.map(p => p.name).join(', ') }
];

/** A column's cell on screen: its text, else the file's value as text (nothing for an empty one). */
export function screenCell(column: IDecisionLogColumn, d: IDecisionRecord, locale: string): string {
  if (column.text) return column.text(d, locale);
  const v = column.cell(d);
  return v === undefined ? '' : String(v);
}

/**
 * The rows of the decision log's export: a header, then one row per decision. Every user text is a
 * string cell (write-excel-file writes it as text, never as a formula, as the Portfolio export does).
 */
export function decisionLogTable(rows: ReadonlyArray<IDecisionRecord>): ExportCell[][] {
  return [DECISION_LOG_COLUMNS.map(c => c.header()), ...rows.map(d => DECISION_LOG_COLUMNS.map(c => c.cell(d)))];
}
