/**
 * Progress of the workbench's set-up (provisioning, seeding) on a stream: in a terminal, one bar
 * that updates in place (`\r`); elsewhere (a log file, a pipe), plain lines — one when a step
 * starts and one when it ends, never a carriage return — so that a log stays readable.
 */

/** One progress event: `done` of `total` units of `step` within `phase`. */
export interface IProgressEvent {
  phase: string;
  step: string;
  done: number;
  total: number;
}

/** Where the lines go: `process.stdout` or a test's buffer. */
export interface IProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** A bar `[####......] 12/40 step`, `width` characters wide. */
export function progressBar(e: IProgressEvent, width: number = 30): string {
  const filled = e.total > 0 ? Math.min(width, Math.round((e.done / e.total) * width)) : 0;
  return `${e.phase.padEnd(9)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${e.done}/${e.total} ${e.step}`;
}

/**
 * Returns the progress callback for `stream`, and `end()`, which finishes the output (the bar's
 * line break in a terminal). In a terminal the bar is redrawn in place; otherwise a line is written
 * when a step starts (`phase step: 0/total`) and when it ends (`done/total`), and at most one line
 * per `everyPercent` in between (the end is the 100 % line).
 */
export function progressReporter(stream: IProgressStream, everyPercent: number = 25): { report(e: IProgressEvent): void; end(): void } {
  if (stream.isTTY) {
    let width = 0;
    return {
      report: e => {
        const line = progressBar({ ...e, step: e.step.slice(0, 40) });
        stream.write(`\r${line.padEnd(width)}`);
        width = Math.max(width, line.length);
      },
      end: () => { if (width > 0) stream.write('\n'); }
    };
  }
  let current = '';
  let lastShare = -1;
  return {
    report: e => {
      const key = `${e.phase}\u0000${e.step}`;
      const share = e.total > 0 ? Math.floor((e.done / e.total) * 100 / everyPercent) : 0;
      if (key === current && share === lastShare) return;
      current = key;
      lastShare = share;
      stream.write(`${e.phase} ${e.step}: ${e.done}/${e.total}\n`);
    },
    end: () => undefined
  };
}
