/**
 * The single-project status report: ONE slide with every dimension of the status report (its RAG
 * and the project manager's comment), the achievements and next steps, earned value, milestones
 * (in the board's order: late, upcoming, most recently reached), top risks and issues, and
 * decisions needed, each list as a native table. The same slide is each project's slide of the
 * multi-project report.
 *
 * The slide has a fixed size, so each list is capped (`PROJECT_SLIDE_LIMITS`): a longer list shows
 * its first items and a last row "+n more"; comments, texts and titles are clipped to the lines
 * their place holds (the printable page and the Excel report have the whole text).
 */
import type PptxGenJS from 'pptxgenjs';
import { formatDateOnly } from '../../../../domain/dates';
import { hasEnded } from '../../../../domain/portfolio';
import { clipText, REPORT_EVM_FIGURES, type IProjectReportData, type IReportDecision, type IReportDimension, type IReportMilestone, type IReportRaidItem, type ReportList } from '../../../../domain/reports';
import { formatString } from '../../../../domain/text';
import { addHeading, addLine, addTable, addTitle, cell, evmText, headerRow, noteRow, ragCell, scoreOrPriority, shortDay, type ISlideContext } from './parts';
import { charsPerLine, COLOURS, CONTENT_TOP, CONTENT_WIDTH, MARGIN, TYPE } from './theme';

type Slide = PptxGenJS.Slide;
type TableRow = PptxGenJS.TableRow;

/** How many rows each list of the one slide shows (the last one says "+n more" when there are more). */
export const PROJECT_SLIDE_LIMITS = { dimensions: 8, milestones: 5, risksAndIssues: 5, decisions: 3 } as const;

const GAP: number = 0.333;
const HALF: number = (CONTENT_WIDTH - GAP) / 2;
const LEFT: number = MARGIN;
const RIGHT: number = MARGIN + HALF + GAP;
/**
 * Where the sections start (inches): the upper ones below the line under the title, the lower ones
 * below them; on the left the RAG table (up to 8 dimensions), then achievements and next steps
 * side by side, then the decisions (their table ends above the footer at 7.05 in: 5.45 + heading
 * + header and 3 rows of 0.3 in).
 */
const ROWS_Y = { upper: CONTENT_TOP + 0.2, middle: 2.5, texts: 4.45, decisions: 5.45, lower: 4.75 } as const;
/** The achievements' and next steps' text: lines (small type) and the height they take (inches). */
const TEXT_LINES: number = 4;
const TEXT_HEIGHT: number = 0.68;
const HEADING_HEIGHT: number = 0.34;

/** Column widths (inches); the first column of each table takes what the others leave of the half. */
const COLS = {
  rag: [1.15, 1.15, HALF - 2.3],
  decisions: [HALF - 2.6, 1.5, 1.1],
  milestones: [HALF - 4.0, 0.95, 0.95, 0.95, 1.15],
  risks: [0.8, HALF - 3.85, 0.85, 1.25, 0.95]
} as const;

/** A user text clipped to `lines` lines of a column `width` inches wide. */
const fit = (text: string | undefined, width: number, lines: number = 1): string => clipText(text ?? '', charsPerLine(width) * lines);

/** The first `limit` rows, or `limit − 1` of them and a "+n more" row when there are more; the list's "None" for none. */
function capped<T>(items: ReadonlyArray<T>, list: ReportList, limit: number, columns: number, toRow: (item: T) => TableRow, ctx: ISlideContext): TableRow[] {
  const words = ctx.labels.lists[list];
  if (items.length === 0) return [noteRow(words.none, columns, ctx)];
  if (items.length <= limit) return items.map(toRow);
  const shown = items.slice(0, limit - 1);
  return [...shown.map(toRow), noteRow(formatString(words.more, items.length - shown.length), columns, ctx)];
}

/** The line under the title: code, project manager, stage and status date, as far as known. */
export function projectSubtitle(p: IProjectReportData, ctx: ISlideContext): string {
  const t = ctx.labels.templates;
  const parts = [
    p.code ?? '',
    p.manager ? formatString(t.manager, p.manager) : '',
    p.stage ? formatString(t.stage, ctx.labels.stage(p.stage)) : '',
    formatString(t.statusDate, p.statusDate ? formatDateOnly(p.statusDate, ctx.locale) : ctx.labels.noRag)
  ];
  return parts.filter(s => s !== '').join('  ·  ');
}

/** A section: its heading and its table below it. */
function section(slide: Slide, heading: string, rows: TableRow[], x: number, y: number, colW: ReadonlyArray<number>, ctx: ISlideContext): void {
  addHeading(slide, heading, { x, y, w: HALF }, ctx);
  addTable(slide, rows, { x, y: y + HEADING_HEIGHT, w: HALF, colW: [...colW], name: heading }, ctx);
}

function ragRows(p: IProjectReportData, ctx: ISlideContext): TableRow[] {
  const { labels } = ctx;
  const ended = hasEnded(p.status);
  const toRow = (d: IReportDimension): TableRow => [
    cell(labels.dimension(d.dimension, d.title), ctx, { bold: d.dimension === 'overall' }), ragCell(d.rag, ctx, ended), cell(fit(d.comment, COLS.rag[2] * 1.15), ctx, { fontSize: TYPE.small })
  ];
  return [headerRow([labels.columns.dimension, labels.columns.rag, labels.columns.comment], ctx), ...capped(p.dimensions, 'dimensions', PROJECT_SLIDE_LIMITS.dimensions, 3, toRow, ctx)];
}

/** The achievements and the next steps side by side, each a heading and its text clipped to `TEXT_LINES` lines. */
function addTexts(slide: Slide, p: IProjectReportData, ctx: ISlideContext): void {
  const w = (HALF - GAP) / 2;
  const texts = [[ctx.labels.headings.achievements, p.achievements], [ctx.labels.headings.nextSteps, p.nextSteps]] as const;
  texts.forEach(([heading, body], i) => {
    const x = LEFT + i * (w + GAP);
    addHeading(slide, heading, { x, y: ROWS_Y.texts, w }, ctx);
    addLine(slide, body ? fit(body, w * 1.15, TEXT_LINES) : '–', { x, y: ROWS_Y.texts + HEADING_HEIGHT - 0.04, w, h: TEXT_HEIGHT }, ctx, { fontSize: TYPE.small, valign: 'top' });
  });
}

function decisionRows(decisions: ReadonlyArray<IReportDecision>, ctx: ISlideContext): TableRow[] {
  const c = ctx.labels.columns;
  const toRow = (d: IReportDecision): TableRow => [cell(fit(d.title, COLS.decisions[0]), ctx), cell(fit(d.owner, COLS.decisions[1]), ctx), cell(shortDay(d.due, ctx), ctx)];
  return [headerRow([c.decision, c.owner, c.due], ctx), ...capped(decisions, 'decisions', PROJECT_SLIDE_LIMITS.decisions, 3, toRow, ctx)];
}

function earnedValueRows(p: IProjectReportData, ctx: ISlideContext): TableRow[] {
  const ev = p.earnedValue;
  if (!ev) return [noteRow(ctx.labels.noEarnedValue, REPORT_EVM_FIGURES.length, ctx)];
  return [headerRow(REPORT_EVM_FIGURES.map(k => ctx.labels.evm[k]), ctx), REPORT_EVM_FIGURES.map(k => cell(evmText(k, ev[k], ctx), ctx, { align: 'right' }))];
}

function milestoneRows(milestones: ReadonlyArray<IReportMilestone>, ctx: ISlideContext): TableRow[] {
  const { labels } = ctx;
  const c = labels.columns;
  const toRow = (m: IReportMilestone): TableRow => [
    cell(fit(m.title, COLS.milestones[0]), ctx), cell(shortDay(m.baseline, ctx), ctx), cell(shortDay(m.forecast, ctx), ctx), cell(shortDay(m.actual, ctx), ctx), cell(labels.milestoneStates[m.state], ctx)
  ];
  return [headerRow([c.milestone, c.baseline, c.forecast, c.actual, c.state], ctx), ...capped(milestones, 'milestones', PROJECT_SLIDE_LIMITS.milestones, 5, toRow, ctx)];
}

function riskRows(items: ReadonlyArray<IReportRaidItem>, ctx: ISlideContext): TableRow[] {
  const { labels } = ctx;
  const c = labels.columns;
  const toRow = (r: IReportRaidItem): TableRow => [
    cell(labels.raidKinds[r.kind], ctx), cell(fit(r.title, COLS.risks[1]), ctx), cell(scoreOrPriority(r, ctx), ctx, { align: 'center' }), cell(fit(r.owner, COLS.risks[3]), ctx), cell(shortDay(r.due, ctx), ctx)
  ];
  return [headerRow([c.kind, c.item, c.scoreOrPriority, c.owner, c.due], ctx), ...capped(items, 'risksAndIssues', PROJECT_SLIDE_LIMITS.risksAndIssues, 5, toRow, ctx)];
}

/** Adds the project's slide: its title, the line under it, the five tables, and the achievements and next steps. */
export function addProjectSlide(slide: Slide, p: IProjectReportData, ctx: ISlideContext): void {
  const h = ctx.labels.headings;
  addTitle(slide, p.title, ctx);
  addLine(slide, projectSubtitle(p, ctx), { x: MARGIN, y: CONTENT_TOP - 0.2, w: CONTENT_WIDTH, h: 0.3 }, ctx, { fontSize: TYPE.small + 2, color: COLOURS.muted });
  section(slide, h.ragPerDimension, ragRows(p, ctx), LEFT, ROWS_Y.upper, COLS.rag, ctx);
  addTexts(slide, p, ctx);
  section(slide, h.decisions, decisionRows(p.decisions, ctx), LEFT, ROWS_Y.decisions, COLS.decisions, ctx);
  section(slide, h.earnedValue, earnedValueRows(p, ctx), RIGHT, ROWS_Y.upper, REPORT_EVM_FIGURES.map(() => HALF / REPORT_EVM_FIGURES.length), ctx);
  section(slide, h.milestones, milestoneRows(p.milestones, ctx), RIGHT, ROWS_Y.middle, COLS.milestones, ctx);
  section(slide, h.risksAndIssues, riskRows(p.risksAndIssues, ctx), RIGHT, ROWS_Y.lower, COLS.risks, ctx);
}
