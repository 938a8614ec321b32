/**
 * The multi-project report's own slides: the title slide, the portfolio summary (KPI tiles and the
 * RAG distribution as a native chart), the RAG overview (a native table over as many slides as it
 * needs) and the appendix for the board (open high risks and issues of high or critical priority,
 * with a note of what it includes and how many it leaves out, then decisions needed, each continued
 * as needed; the Excel report keeps every open risk and issue).
 * Each project's slide is `addProjectSlide`.
 *
 * Paging: the RAG overview takes at most `OVERVIEW_PAGE.rows` (15) projects a slide, fewer when long
 * titles wrap (at most `OVERVIEW_PAGE.lines` lines of table text); the appendix tables at most
 * `APPENDIX_PAGE.rows` (14) items a slide; the summary at most `KPI_TILES_PER_SLIDE` (12) tiles a
 * slide. `portfolioDeckPlan` says how many slides that makes.
 */
import type PptxGenJS from 'pptxgenjs';
import { formatDateTime } from '../../../../domain/dates';
import { hasEnded, RAG_DIMENSIONS, RAG_VALUES } from '../../../../domain/portfolio';
import {
  officeSafeText, paginate, ragDistribution, textLines,
  type IPageLimits, type IPortfolioReportData, type IReportAppendixDecision, type IReportAppendixRaidItem, type IReportKpiTile, type IReportLabels, type IReportOverviewRow
} from '../../../../domain/reports';
import { formatString } from '../../../../domain/text';
import { addLine, addTable, addTitle, cell, headerRow, noteRow, ragCell, scoreOrPriority, shortDay, type ISlideContext } from './parts';
import { charsPerLine, COLOURS, CONTENT_TOP, CONTENT_WIDTH, FONT, KPI_COLOURS, MARGIN, NO_RAG_COLOURS, RAG_COLOURS, TYPE } from './theme';

type Slide = PptxGenJS.Slide;
type TableRow = PptxGenJS.TableRow;

/** Limits of one RAG overview slide. */
export const OVERVIEW_PAGE: IPageLimits = { rows: 15, lines: 17 };
/** Limits of one appendix slide. */
export const APPENDIX_PAGE: IPageLimits = { rows: 14, lines: 17 };
/** KPI tiles per summary slide (three columns of four). */
export const KPI_TILES_PER_SLIDE: number = 12;

/** Column widths (inches) of the overview and appendix tables; each adds up to at most the content width. */
const COLS = {
  overview: [1.25, 3.1, 1.7, 1.15, 0.85, 0.85, 0.85, 0.85, 0.85, 1.05],
  risks: [2.6, 0.9, 4.6, 1.1, 2.0, 1.3],
  decisions: [3.0, 6.2, 2.0, 1.3]
} as const;

/** The slides of a multi-project report besides the projects' own, page by page. */
export interface IPortfolioDeckPlan {
  kpiPages: IReportKpiTile[][];
  overviewPages: IReportOverviewRow[][];
  riskPages: IReportAppendixRaidItem[][];
  decisionPages: IReportAppendixDecision[][];
  /** Slides besides the projects': title + summary + overview + appendix slides. */
  fixedSlides: number;
  /** Every slide: `fixedSlides` + one per project. */
  slides: number;
}

/** The lines a row takes: the most any of its texts takes in its column. */
const rowLines = (texts: ReadonlyArray<string | undefined>, widths: ReadonlyArray<number>): number =>
  Math.max(1, ...texts.map((t, i) => textLines(t, charsPerLine(widths[i]))));

/** The RAG words an overview row shows, one per dimension (as `ragCell` writes them). */
function ragWords(row: IReportOverviewRow, labels: IReportLabels): string[] {
  return RAG_DIMENSIONS.map(d => {
    const rag = row.rag[d];
    return hasEnded(row.status) ? labels.noCurrentRag : rag ? labels.rag[rag] : labels.noRag;
  });
}

/** How the report's slides are paged: at most so many rows and lines a slide (see the module's description). */
export function portfolioDeckPlan(data: IPortfolioReportData, labels: IReportLabels): IPortfolioDeckPlan {
  const o = COLS.overview;
  const kpiPages = paginate(data.kpis, { rows: KPI_TILES_PER_SLIDE, lines: KPI_TILES_PER_SLIDE });
  const overviewPages = paginate(data.overview, OVERVIEW_PAGE, r => rowLines([r.code, r.title, r.projectManager?.name, r.stage ? labels.stage(r.stage) : '', ...ragWords(r, labels)], o));
  const r = COLS.risks;
  const riskPages = paginate(data.appendix.risksAndIssues, APPENDIX_PAGE, i => rowLines([i.project, i.title, i.owner], [r[0], r[2], r[4]]));
  const d = COLS.decisions;
  const decisionPages = paginate(data.appendix.decisions, APPENDIX_PAGE, i => rowLines([i.project, i.title, i.owner], [d[0], d[1], d[2]]));
  const fixedSlides = 1 + kpiPages.length + overviewPages.length + riskPages.length + decisionPages.length;
  return { kpiPages, overviewPages, riskPages, decisionPages, fixedSlides, slides: fixedSlides + data.projects.length };
}

/** A slide's title, "(continued)" after its first page. */
const pageTitle = (title: string, page: number, ctx: ISlideContext): string => (page === 0 ? title : formatString(ctx.labels.templates.continued, title));

/** The title slide: the report's title, what it covers and when it was generated. */
export function addTitleSlide(slide: Slide, data: IPortfolioReportData, ctx: ISlideContext, timeZone: string | undefined): void {
  addTitle(slide, data.title, ctx);
  const place = { x: MARGIN + 0.6, w: CONTENT_WIDTH - 1.2 };
  addLine(slide, data.scope, { ...place, y: 3.9, h: 0.8 }, ctx, { fontSize: TYPE.subtitle + 2, valign: 'top' });
  addLine(slide, formatString(ctx.labels.templates.generatedAt, formatDateTime(data.generatedAt, ctx.locale, timeZone)), { ...place, y: 4.8 }, ctx, { fontSize: TYPE.subtitle, color: COLOURS.muted });
}

/**
 * One KPI tile: a frame in the status colour with the KPI's name, its value and its trend, and the
 * status word on the status colour (the colour never stands alone).
 */
function addTile(slide: Slide, tile: IReportKpiTile, box: { x: number; y: number; w: number; h: number }, ctx: ISlideContext): void {
  const colours = KPI_COLOURS[tile.status];
  const inner = { x: box.x + 0.12, w: box.w - 0.24 };
  const badge = { w: 0.95, h: 0.26 };
  slide.addShape('rect', { ...box, fill: { color: COLOURS.white }, line: { color: colours.fill, width: 1.5 }, objectName: officeSafeText(tile.name) });
  addLine(slide, tile.name, { x: inner.x, y: box.y + 0.1, w: inner.w - badge.w - 0.1, h: 0.42 }, ctx, { fontSize: TYPE.table, bold: true, valign: 'top' });
  addLine(slide, ctx.labels.kpiStatuses[tile.status], { x: box.x + box.w - 0.12 - badge.w, y: box.y + 0.1, ...badge }, ctx, {
    fontSize: TYPE.small, bold: true, align: 'center', color: colours.text, fill: { color: colours.fill }
  });
  addLine(slide, tile.value, { x: inner.x, y: box.y + 0.5, w: inner.w, h: 0.42 }, ctx, { fontSize: TYPE.tileValue, bold: true });
  addLine(slide, tile.trend, { x: inner.x, y: box.y + box.h - 0.34, w: inner.w, h: 0.26 }, ctx, { fontSize: TYPE.small, color: COLOURS.muted });
}

/** The RAG distribution of the overview as a native column chart, with its counts as the text alternative. */
function addDistributionChart(slide: Slide, data: IPortfolioReportData, place: { x: number; y: number; w: number; h: number }, ctx: ISlideContext): void {
  const { labels } = ctx;
  const dist = ragDistribution(data.overview);
  const names = [...RAG_VALUES.map(r => labels.rag[r]), labels.noRag];
  const values = [...RAG_VALUES.map(r => dist.counts[r]), dist.notReported];
  const counts = names.map((n, i) => formatString(labels.templates.chartCount, n, values[i])).join(', ');
  slide.addChart('bar', [{ name: officeSafeText(labels.headings.ragDistribution), labels: names.map(n => officeSafeText(n)), values }], {
    ...place, barDir: 'col', chartColors: [...RAG_VALUES.map(r => RAG_COLOURS[r].fill), NO_RAG_COLOURS.fill],
    showTitle: true, title: officeSafeText(labels.headings.ragDistribution), titleFontFace: FONT, titleFontSize: TYPE.heading, titleColor: COLOURS.text,
    showLegend: false, showValue: true, dataLabelFormatCode: '0', dataLabelPosition: 'outEnd', dataLabelColor: COLOURS.text, dataLabelFontFace: FONT,
    catAxisLabelFontFace: FONT, catAxisLabelFontSize: TYPE.small, catAxisLabelColor: COLOURS.text,
    valAxisLabelFontFace: FONT, valAxisLabelFontSize: TYPE.small, valAxisLabelFormatCode: '0', valAxisMinVal: 0, valGridLine: { style: 'none' },
    lang: ctx.lang, altText: officeSafeText(formatString(labels.templates.chartAlternative, counts)), objectName: officeSafeText(labels.headings.ragDistribution)
  });
}

/** A summary slide: up to 12 KPI tiles in three columns; the first one also has the RAG distribution chart. */
export function addSummarySlide(slide: Slide, tiles: ReadonlyArray<IReportKpiTile>, page: number, data: IPortfolioReportData, ctx: ISlideContext): void {
  addTitle(slide, pageTitle(ctx.labels.headings.portfolioSummary, page, ctx), ctx);
  const area = { x: MARGIN, y: CONTENT_TOP + 0.05, w: 8.4, h: 5.6 };
  const gap = 0.18;
  const w = (area.w - 2 * gap) / 3;
  const h = (area.h - 3 * gap) / 4;
  if (tiles.length === 0) addLine(slide, ctx.labels.lists.kpis.none, { x: area.x, y: area.y, w: area.w }, ctx, { italic: true, color: COLOURS.muted });
  tiles.forEach((tile, i) => addTile(slide, tile, { x: area.x + (i % 3) * (w + gap), y: area.y + Math.floor(i / 3) * (h + gap), w, h }, ctx));
  if (page === 0) addDistributionChart(slide, data, { x: area.x + area.w + 0.3, y: area.y, w: CONTENT_WIDTH - area.w - 0.3, h: 4.2 }, ctx);
}

/** A RAG overview slide: one row per project with its code, title, manager, stage, RAG per dimension and status date. */
export function addOverviewSlide(slide: Slide, rows: ReadonlyArray<IReportOverviewRow>, page: number, ctx: ISlideContext): void {
  const { labels } = ctx;
  const c = labels.columns;
  addTitle(slide, pageTitle(labels.headings.ragOverview, page, ctx), ctx);
  const header = headerRow([c.code, c.project, c.manager, c.stage, ...RAG_DIMENSIONS.map(d => labels.dimension(d)), c.statusDate], ctx);
  const body: TableRow[] = rows.map(r => [
    cell(r.code, ctx), cell(r.title, ctx, { bold: true }), cell(r.projectManager?.name, ctx), cell(r.stage ? labels.stage(r.stage) : '', ctx),
    ...RAG_DIMENSIONS.map(d => ragCell(r.rag[d], ctx, hasEnded(r.status))),
    cell(shortDay(r.lastReportDate, ctx), ctx)
  ]);
  const rowsOut = body.length > 0 ? body : [noteRow(labels.lists.projects.none, COLS.overview.length, ctx)];
  addTable(slide, [header, ...rowsOut], { x: MARGIN, y: CONTENT_TOP, w: sum(COLS.overview), colW: [...COLS.overview], name: labels.headings.ragOverview }, ctx);
}

const sum = (xs: ReadonlyArray<number>): number => xs.reduce((a, b) => a + b, 0);

/** The note under the risk appendix's title: what it includes (the register's high rule) and how many other open risks and issues it leaves out. */
export function appendixNote(appendix: IPortfolioReportData['appendix'], ctx: ISlideContext): string {
  const number = (n: number): string => new Intl.NumberFormat(ctx.locale, { maximumFractionDigits: 0 }).format(n);
  return formatString(ctx.labels.templates.appendixNote, number(appendix.highRiskScore), number(appendix.leftOut));
}

/**
 * An appendix slide of the risks and issues for the board across the projects (`appendix`: open
 * high risks, issues of high or critical priority), with the note of what it includes and leaves out.
 */
export function addRiskAppendixSlide(slide: Slide, items: ReadonlyArray<IReportAppendixRaidItem>, page: number, appendix: IPortfolioReportData['appendix'], ctx: ISlideContext): void {
  const { labels } = ctx;
  const c = labels.columns;
  addTitle(slide, pageTitle(labels.headings.appendixRisks, page, ctx), ctx);
  addLine(slide, appendixNote(appendix, ctx), { x: MARGIN, y: CONTENT_TOP - 0.2, w: CONTENT_WIDTH, h: 0.3 }, ctx, { fontSize: TYPE.small + 1, color: COLOURS.muted });
  const body: TableRow[] = items.map(i => [
    cell(i.project, ctx), cell(labels.raidKinds[i.kind], ctx), cell(i.title, ctx), cell(scoreOrPriority(i, ctx), ctx, { align: 'center' }), cell(i.owner, ctx), cell(shortDay(i.due, ctx), ctx)
  ]);
  const rows = body.length > 0 ? body : [noteRow(labels.lists.risksAndIssues.none, COLS.risks.length, ctx)];
  addTable(slide, [headerRow([c.project, c.kind, c.item, c.scoreOrPriority, c.owner, c.due], ctx), ...rows], { x: MARGIN, y: CONTENT_TOP + 0.15, w: sum(COLS.risks), colW: [...COLS.risks], name: labels.headings.appendixRisks }, ctx);
}

/** An appendix slide of the decisions needed across the projects. */
export function addDecisionAppendixSlide(slide: Slide, items: ReadonlyArray<IReportAppendixDecision>, page: number, ctx: ISlideContext): void {
  const { labels } = ctx;
  const c = labels.columns;
  addTitle(slide, pageTitle(labels.headings.appendixDecisions, page, ctx), ctx);
  const body: TableRow[] = items.map(i => [cell(i.project, ctx), cell(i.title, ctx), cell(i.owner, ctx), cell(shortDay(i.due, ctx), ctx)]);
  const rows = body.length > 0 ? body : [noteRow(labels.lists.decisions.none, COLS.decisions.length, ctx)];
  addTable(slide, [headerRow([c.project, c.decision, c.owner, c.due], ctx), ...rows], { x: MARGIN, y: CONTENT_TOP, w: sum(COLS.decisions), colW: [...COLS.decisions], name: labels.headings.appendixDecisions }, ctx);
}
