/**
 * The parts slides are made of: native tables (header row, text cells, RAG cells), slide titles and
 * text lines. Every user text passes `officeSafeText`; every text carries the user's language.
 */
import type PptxGenJS from 'pptxgenjs';
import { formatDateOnly, type IsoDay } from '../../../../domain/dates';
import type { Rag } from '../../../../domain/portfolio';
import { formatReportEvm, officeSafeText, type IReportLabels, type IReportRaidItem, type ReportEvmKey } from '../../../../domain/reports';
import { COLOURS, FONT, NO_RAG_COLOURS, RAG_COLOURS, ROW_HEIGHT, TYPE, type IColourPair } from './theme';

type Slide = PptxGenJS.Slide;
type TableCell = PptxGenJS.TableCell;
type TableRow = PptxGenJS.TableRow;
type TableCellProps = PptxGenJS.TableCellProps;

/** What every part needs: the labels and the locale. */
export interface ISlideContext {
  labels: IReportLabels;
  /** The user's locale, e.g. 'de-de'. */
  locale: string;
  /** The same as a language tag PowerPoint reads, e.g. 'de-DE'. */
  lang: string;
}

/** The context of a build: `locale` as given, and as PowerPoint's language tag ('de-de' → 'de-DE'). */
export function slideContext(labels: IReportLabels, locale: string): ISlideContext {
  const [language, region] = locale.split('-');
  return { labels, locale, lang: region ? `${language.toLowerCase()}-${region.toUpperCase()}` : language.toLowerCase() };
}

/** A day in the tables' short form, as the locale writes it ("31/03/2027", "31.03.2027"; '' for none). */
export function shortDay(day: IsoDay | undefined, ctx: ISlideContext): string {
  return formatDateOnly(day, ctx.locale, 'numeric');
}

/** A risk's score or an issue's priority, as the report shows it. */
export function scoreOrPriority(item: IReportRaidItem, ctx: ISlideContext): string {
  if (item.kind === 'risk') return item.score === undefined ? '' : new Intl.NumberFormat(ctx.locale, { maximumFractionDigits: 0 }).format(item.score);
  return item.priority ? ctx.labels.priority(item.priority) : '';
}

/** An earned-value figure as the reports write it (`formatReportEvm`): an index with two decimals, an amount whole with thousands separators. */
export function evmText(key: ReportEvmKey, value: number | undefined, ctx: ISlideContext): string {
  return formatReportEvm(key, value, ctx.locale);
}

/** A table cell of text (user text made safe), in the table's type and the user's language. */
export function cell(text: string | undefined, ctx: ISlideContext, options: TableCellProps = {}): TableCell {
  return { text: officeSafeText(text), options: { lang: ctx.lang, ...options } };
}

/** A cell in a colour pair (a RAG or a KPI status), bold, its word on the colour. */
export function colourCell(text: string, colours: IColourPair, ctx: ISlideContext): TableCell {
  return cell(text, ctx, { fill: { color: colours.fill }, color: colours.text, bold: true, align: 'center' });
}

/**
 * A RAG cell: the RAG's word on its colour; "Not reported" without one; "No current status" for a
 * closed or cancelled project (`ended`), whatever its last report said.
 */
export function ragCell(rag: Rag | undefined, ctx: ISlideContext, ended: boolean = false): TableCell {
  if (ended) return colourCell(ctx.labels.noCurrentRag, NO_RAG_COLOURS, ctx);
  return rag ? colourCell(ctx.labels.rag[rag], RAG_COLOURS[rag], ctx) : colourCell(ctx.labels.noRag, NO_RAG_COLOURS, ctx);
}

/** A table's header row: bold titles on the header fill (PowerPoint repeats it when a user splits the table). */
export function headerRow(titles: ReadonlyArray<string>, ctx: ISlideContext): TableRow {
  return titles.map(t => cell(t, ctx, { bold: true, fill: { color: COLOURS.headerFill } }));
}

/** A row of one cell across `columns` columns saying `text` (an empty table's "None", a capped list's "+3 more"). */
export function noteRow(text: string, columns: number, ctx: ISlideContext): TableRow {
  return [cell(text, ctx, { colspan: columns, italic: true, color: COLOURS.muted })];
}

/** Where a table goes and how wide its columns are (inches). */
export interface ITablePlace {
  x: number;
  y: number;
  w: number;
  /** Column widths; they add up to `w`. */
  colW: number[];
  /** The object's name in PowerPoint's selection pane (the table's heading). */
  name: string;
}

/** A rule under each row: horizontal lines only, as reports set tables (and a fraction of the XML four borders per cell take). */
const ROW_RULE: [PptxGenJS.BorderProps, PptxGenJS.BorderProps, PptxGenJS.BorderProps, PptxGenJS.BorderProps] = [
  { type: 'none' }, { type: 'none' }, { type: 'solid', pt: 0.75, color: COLOURS.border }, { type: 'none' }
];

/**
 * Adds a native table (never auto-paged: the builders page long tables themselves). Its text takes
 * the presentation's body font (the theme's, `FONT`): naming the font in every cell would triple
 * the slide's XML.
 */
export function addTable(slide: Slide, rows: TableRow[], place: ITablePlace, ctx: ISlideContext): void {
  slide.addTable(rows, {
    x: place.x, y: place.y, w: place.w, colW: place.colW, rowH: ROW_HEIGHT,
    fontSize: TYPE.table, color: COLOURS.text, valign: 'middle', border: ROW_RULE,
    objectName: officeSafeText(place.name), lang: ctx.lang
  });
}

/** The slide's title, in the master's title placeholder (so that screen readers and the outline name the slide). */
export function addTitle(slide: Slide, text: string, ctx: ISlideContext): void {
  slide.addText(officeSafeText(text), { placeholder: 'title', lang: ctx.lang });
}

/** A line of text (a subtitle, a section heading). */
export function addLine(slide: Slide, text: string, place: { x: number; y: number; w: number; h?: number }, ctx: ISlideContext, options: PptxGenJS.TextPropsOptions = {}): void {
  slide.addText(officeSafeText(text), {
    x: place.x, y: place.y, w: place.w, h: place.h ?? 0.32, margin: 0,
    fontFace: FONT, fontSize: TYPE.heading, color: COLOURS.text, valign: 'middle', lang: ctx.lang, ...options
  });
}

/** A section heading above a table. */
export function addHeading(slide: Slide, text: string, place: { x: number; y: number; w: number }, ctx: ISlideContext): void {
  addLine(slide, text, place, ctx, { bold: true, color: COLOURS.accent });
}
