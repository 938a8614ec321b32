/**
 * The look of PMO Hub's slides: the slide size, the positions the slides share, colours and type
 * sizes. Colours are fixed here (an Office file does not follow the page's theme); each RAG and KPI
 * colour is paired with a text colour of at least 4.5:1 contrast, and the colour always has its word
 * beside or on it.
 */
import type { KpiStatus } from '../../../../domain/kpi';
import type { Rag } from '../../../../domain/portfolio';

/** PowerPoint's wide layout: 13.333 × 7.5 inches (16:9). */
export const SLIDE = { layout: 'LAYOUT_WIDE', width: 13.333, height: 7.5 } as const;

/** The left and right margin and the usable width (inches). */
export const MARGIN: number = 0.4;
export const CONTENT_WIDTH: number = SLIDE.width - 2 * MARGIN;

/** The title's place, and the accent line under it (inches). */
export const TITLE_BOX = { x: MARGIN, y: 0.25, w: CONTENT_WIDTH, h: 0.65 } as const;
export const TITLE_RULE_Y: number = 0.95;

/** Where a slide's content starts below the title (inches). */
export const CONTENT_TOP: number = 1.2;

/** The font of every text (Office's UI font; PowerPoint substitutes where it is missing). */
export const FONT: string = 'Segoe UI';

/** Text colours and lines. */
export const COLOURS = {
  text: '201F1E',
  muted: '605E5C',
  accent: '0F6CBD',
  headerFill: 'F3F2F1',
  border: 'C8C6C4',
  white: 'FFFFFF'
} as const;

/** A fill and the text colour on it. */
export interface IColourPair {
  fill: string;
  text: string;
}

/** RAG fills with their text colour (white on green 5.4:1 and on red 6.1:1; dark text on amber 9.6:1). */
export const RAG_COLOURS: Readonly<Record<Rag, IColourPair>> = {
  Green: { fill: '107C10', text: 'FFFFFF' },
  Amber: { fill: 'FFB900', text: '201F1E' },
  Red: { fill: 'C50F1F', text: 'FFFFFF' }
};

/** No RAG (not reported, or none for an ended project). */
export const NO_RAG_COLOURS: IColourPair = { fill: 'EDEBE9', text: '201F1E' };

/** A KPI tile's status colour. */
export const KPI_COLOURS: Readonly<Record<KpiStatus, IColourPair>> = { green: RAG_COLOURS.Green, amber: RAG_COLOURS.Amber, red: RAG_COLOURS.Red, noData: NO_RAG_COLOURS };

/** Type sizes (points). */
export const TYPE = {
  title: 24,
  subtitle: 14,
  heading: 12,
  table: 10,
  small: 9,
  tileValue: 22
} as const;

/** A table row's height for one line of table text (inches). */
export const ROW_HEIGHT: number = 0.3;

/** About how many characters of table text (10 pt Segoe UI) a line of one inch holds, less the cell's margins. */
const CHARS_PER_INCH: number = 13;

/** About how many characters of table text a column `width` inches wide holds on one line. */
export function charsPerLine(width: number): number {
  return Math.max(4, Math.floor((width - 0.1) * CHARS_PER_INCH));
}
