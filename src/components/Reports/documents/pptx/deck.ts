/**
 * The PowerPoint reports, built with pptxgenjs (MIT). LAZY: this module and pptxgenjs load only when
 * a report is built, from the `report-pptx` chunk (`../index.ts`), so that no web part's first view
 * carries them.
 *
 * - `projectReportPptx`: the single-project status report, ONE slide;
 * - `portfolioReportPptx`: the multi-project report: a title slide, the portfolio summary (KPI tiles,
 *   RAG distribution chart), the RAG overview, one slide per project, the appendix (risks and
 *   issues, decisions needed). `portfolioDeckPlan` gives its slide count: projects + fixed slides.
 *
 * Tables and the chart are PowerPoint's own objects (never pictures), so that the PMO can edit them.
 * Every slide has its title in the master's title placeholder; the chart has a text alternative.
 */
import PptxGenJS from 'pptxgenjs';
import { formatDateOnly, type IsoDay } from '../../../../domain/dates';
import { officeSafeText, reportFileName, type IPortfolioReportData, type IProjectReportData, type IReportLabels } from '../../../../domain/reports';
import { buildProgress, PPTX_MIME_TYPE, throwIfCancelled, type IReportBuildOptions, type IReportFile } from '../progress';
import { slideContext, type ISlideContext } from './parts';
import { addDecisionAppendixSlide, addOverviewSlide, addRiskAppendixSlide, addSummarySlide, addTitleSlide, portfolioDeckPlan } from './portfolioSlides';
import { addProjectSlide } from './projectSlide';
import { COLOURS, CONTENT_WIDTH, FONT, MARGIN, SLIDE, TITLE_BOX, TITLE_RULE_Y, TYPE } from './theme';

export { portfolioDeckPlan, type IPortfolioDeckPlan } from './portfolioSlides';

/** Options of the single-project report: the build's, and the day it is generated on (the file name carries it). */
export interface IProjectReportOptions extends IReportBuildOptions {
  /** The day of the report in the site's time zone, 'YYYY-MM-DD'. */
  generatedOn: IsoDay;
}

/** The masters: content slides, and the title slide. */
const MASTER = { content: 'PMO_HUB_CONTENT', title: 'PMO_HUB_TITLE' } as const;

/**
 * A new presentation in PowerPoint's wide layout with PMO Hub's two masters: a title placeholder
 * (with an accent line under it on content slides), `footer` and the slide number at the bottom.
 */
function newPresentation(title: string, footer: string): PptxGenJS {
  const pptx = new PptxGenJS();
  pptx.layout = SLIDE.layout;
  pptx.author = 'PMO Hub';
  pptx.company = '';
  pptx.title = officeSafeText(title);
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  const footerText = { text: { text: officeSafeText(footer), options: { x: MARGIN, y: SLIDE.height - 0.45, w: CONTENT_WIDTH - 1, h: 0.3, fontFace: FONT, fontSize: TYPE.small, color: COLOURS.muted } } };
  const slideNumber = { x: SLIDE.width - MARGIN - 0.6, y: SLIDE.height - 0.45, w: 0.6, h: 0.3, fontFace: FONT, fontSize: TYPE.small, color: COLOURS.muted };
  const titleOptions = { name: 'title', type: 'title' as const, fontFace: FONT, bold: true, color: COLOURS.text, valign: 'middle' as const, margin: 0 };
  pptx.defineSlideMaster({
    title: MASTER.content, background: { color: COLOURS.white }, slideNumber,
    objects: [
      { placeholder: { options: { ...TITLE_BOX, ...titleOptions, fontSize: TYPE.title }, text: '' } },
      { line: { x: MARGIN, y: TITLE_RULE_Y, w: CONTENT_WIDTH, h: 0, line: { color: COLOURS.accent, width: 1.5 } } },
      footerText
    ]
  });
  pptx.defineSlideMaster({
    title: MASTER.title, background: { color: COLOURS.white }, slideNumber,
    objects: [
      { placeholder: { options: { x: MARGIN + 0.6, y: 2.2, w: CONTENT_WIDTH - 1.2, h: 1.4, ...titleOptions, fontSize: 36, valign: 'bottom' as const }, text: '' } },
      { line: { x: MARGIN + 0.6, y: 3.7, w: 3, h: 0, line: { color: COLOURS.accent, width: 3 } } },
      footerText
    ]
  });
  return pptx;
}

/** pptxgenjs' own export step, under `write` (not in its typings). */
interface IPresentationExport {
  exportPresentation?(props: { compression: boolean }): Promise<unknown>;
}

/**
 * The presentation's bytes, compressed; nothing when the build was cancelled meanwhile (it throws).
 * pptxgenjs 4.0.1's `write` stores the parts uncompressed whenever it is given options (it takes the
 * options object for the output type): many times the size (slide XML compresses about tenfold).
 * Its export step compresses when asked without an output type, giving a Blob; `write` stays the
 * fallback should a later release drop that step.
 */
async function writePresentation(pptx: PptxGenJS, signal: AbortSignal | undefined): Promise<ArrayBuffer> {
  throwIfCancelled(signal);
  const exporter = pptx as unknown as IPresentationExport;
  const out = typeof exporter.exportPresentation === 'function' ? await exporter.exportPresentation({ compression: true }) : await pptx.write({ outputType: 'arraybuffer' });
  const content = out instanceof ArrayBuffer ? out : await (out as Blob).arrayBuffer();
  throwIfCancelled(signal);
  return content;
}

const footerOf = (name: string, day: IsoDay, ctx: ISlideContext): string => `${name}  ·  ${formatDateOnly(day, ctx.locale)}`;

/**
 * The single-project status report as a .pptx of ONE slide (see `addProjectSlide`). Progress
 * reports 1 of 1 when the slide is done. Rejects with the signal's reason (an AbortError) when
 * cancelled, returning no file.
 */
export async function projectReportPptx(project: IProjectReportData, labels: IReportLabels, options: IProjectReportOptions): Promise<IReportFile> {
  throwIfCancelled(options.signal);
  const ctx = slideContext(labels, options.locale);
  const pptx = newPresentation(project.title, footerOf(labels.headings.projectReport, options.generatedOn, ctx));
  addProjectSlide(pptx.addSlide({ masterName: MASTER.content }), project, ctx);
  await buildProgress(options, 1).step();
  const content = await writePresentation(pptx, options.signal);
  return { fileName: reportFileName(labels.files.projectReport, project.title, options.generatedOn, 'pptx'), mimeType: PPTX_MIME_TYPE, content };
}

/**
 * The multi-project report as a .pptx: title slide, summary slide(s), RAG overview slide(s), one
 * slide per project in the data's order, appendix slides (`portfolioDeckPlan`). Progress reports
 * projects done of total after each project's slide. Rejects with the signal's reason (an
 * AbortError) when cancelled, returning no file.
 */
export async function portfolioReportPptx(data: IPortfolioReportData, labels: IReportLabels, options: IReportBuildOptions): Promise<IReportFile> {
  throwIfCancelled(options.signal);
  const ctx = slideContext(labels, options.locale);
  const plan = portfolioDeckPlan(data, labels);
  const pptx = newPresentation(data.title, footerOf(data.title, data.generatedOn, ctx));
  const content = (): PptxGenJS.Slide => pptx.addSlide({ masterName: MASTER.content });
  addTitleSlide(pptx.addSlide({ masterName: MASTER.title }), data, ctx, options.timeZone);
  plan.kpiPages.forEach((tiles, page) => addSummarySlide(content(), tiles, page, data, ctx));
  plan.overviewPages.forEach((rows, page) => addOverviewSlide(content(), rows, page, ctx));
  const progress = buildProgress(options, data.projects.length);
  for (const project of data.projects) {
    addProjectSlide(content(), project, ctx);
    await progress.step();
  }
  plan.riskPages.forEach((items, page) => addRiskAppendixSlide(content(), items, page, data.appendix, ctx));
  plan.decisionPages.forEach((items, page) => addDecisionAppendixSlide(content(), items, page, ctx));
  const bytes = await writePresentation(pptx, options.signal);
  return { fileName: reportFileName(labels.files.portfolioReport, data.title, data.generatedOn, 'pptx'), mimeType: PPTX_MIME_TYPE, content: bytes };
}
