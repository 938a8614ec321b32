/**
 * What every report builder takes besides its data and labels (locale, progress, cancellation) and
 * what it returns; the progress of a long build. No document library is imported here: this module
 * is part of the documents' entry, which a web part may load up front.
 */

/** Options of a report build. */
export interface IReportBuildOptions {
  /** The user's locale (e.g. 'de-de'): days and numbers are formatted in it, and the slides' text is marked as written in it. */
  locale: string;
  /** The site's time zone (IANA name) for the generation time on the title slide; the runtime's when absent. */
  timeZone?: string;
  /** Called with 0 of total when the build starts, then after each project: projects done of total (the last call has done = total). */
  onProgress?: (done: number, total: number) => void;
  /**
   * Cancels the build: the build stops at the next project and rejects with the signal's reason
   * (a DOMException named 'AbortError' unless the caller aborted with its own reason). No file is returned.
   */
  signal?: AbortSignal;
}

/** A generated report: the caller downloads it or stores it in the Reports library. */
export interface IReportFile {
  /** The file name, with the report's day and the extension (see `reportFileName` of src/domain/reports). */
  fileName: string;
  /** The file's media type. */
  mimeType: string;
  /** The file's bytes. */
  content: ArrayBuffer;
}

/** Media type of a PowerPoint presentation. */
export const PPTX_MIME_TYPE: string = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** Media type of an Excel workbook. */
export const XLSX_MIME_TYPE: string = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** How long a build may run before it lets the page paint the progress and handle a click on Cancel (ms). */
const YIELD_AFTER_MS: number = 16;

/** Throws the signal's reason (an AbortError) when the build was cancelled. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  signal?.throwIfAborted();
}

/** The progress of a build over `total` projects. */
export interface IBuildProgress {
  /** Counts one project done, reports it, gives the page its turn when the build has run a while, and throws when cancelled. */
  step(): Promise<void>;
}

/** A progress over `total` projects reporting to `options.onProgress` (0 of total at once) and honouring `options.signal`. */
export function buildProgress(options: IReportBuildOptions, total: number): IBuildProgress {
  let done = 0;
  options.onProgress?.(0, total);
  let since = Date.now();
  return {
    async step(): Promise<void> {
      done++;
      options.onProgress?.(done, total);
      if (Date.now() - since >= YIELD_AFTER_MS) {
        await new Promise<void>(resolve => setTimeout(resolve, 0));
        since = Date.now();
      }
      throwIfCancelled(options.signal);
    }
  };
}
