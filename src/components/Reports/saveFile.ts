import type { IReportFile } from './documents';

/** Offers a generated report for download under its name (an object URL clicked through a temporary link, released after a while). */
export function saveFile(file: IReportFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Whether an error is the cancellation of a build (AbortController.abort()). */
export function isCancelled(e: unknown): boolean {
  return (e as { name?: string } | undefined)?.name === 'AbortError';
}
