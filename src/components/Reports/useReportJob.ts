import * as React from 'react';
import * as reportStrings from 'ReportStrings';
import { formatDateOnly, type IsoDay } from '../../domain/dates';
import { formatString } from '../../domain/text';
import type { IStoredReport, IStoreReportInput, ReportKind } from '../../services/DashboardService';
import type { NoticeKind } from '../controls';
import { errorText } from '../ErrorMessage/errorText';
import type { IReportFile } from './documents';
import { isCancelled, saveFile } from './saveFile';

/** What a report's build made: the file and what the Reports library stores with it. */
export interface IMadeReport {
  file: IReportFile;
  kind: ReportKind;
  /** The report's day (its data's day). */
  date: IsoDay;
  projectId?: number;
  viewName?: string;
}

/** Why a report is not made, told as it is (e.g. a view that holds no project). */
export class ReportNotMadeError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'ReportNotMadeError';
    Object.setPrototypeOf(this, ReportNotMadeError.prototype);
  }
}

/** What a build is given: the cancellation and where it reports its progress (projects done of total). */
export interface IBuildControl {
  signal: AbortSignal;
  onProgress: (done: number, total: number) => void;
}

/** Where a report job stands. */
export interface IReportJobState {
  /** Reading the data, building the file (with projects done of total), or not running. */
  phase: 'idle' | 'reading' | 'building';
  done: number;
  total: number;
  /** The last report made (it can be stored in the Reports library). */
  made?: IMadeReport;
  /** The stored report of `made`, once stored. */
  stored?: IStoredReport;
  storing: boolean;
  notice?: { kind: NoticeKind; text: string };
}

/** What {@link useReportJob} gives a report's panel. */
export interface IReportJob {
  state: IReportJobState;
  /** Makes a report (`make` reads the data and builds the file, honouring the signal) and downloads it. */
  run: (make: (control: IBuildControl) => Promise<IMadeReport>) => Promise<void>;
  /** Cancels the running build: no file is made. */
  cancel: () => void;
  /** Stores the last report made in the Reports library with its day. */
  store: () => Promise<void>;
}

/**
 * A report's life in a panel: made (progress of the projects done of total, Cancel), downloaded under
 * its name, and stored on request in the Reports library with its date (`storeReport`); every
 * outcome told in a notice.
 */
export function useReportJob(storeReport: (content: ArrayBuffer, input: IStoreReportInput) => Promise<IStoredReport>, locale: string, onStored?: (stored: IStoredReport) => void): IReportJob {
  const [state, setState] = React.useState<IReportJobState>({ phase: 'idle', done: 0, total: 0, storing: false });
  const controller = React.useRef<AbortController | undefined>(undefined);
  const mounted = React.useRef(true);
  React.useEffect(() => () => { mounted.current = false; controller.current?.abort(); }, []);
  const set = (patch: Partial<IReportJobState>): void => { if (mounted.current) setState(s => ({ ...s, ...patch })); };
  const run = async (make: (control: IBuildControl) => Promise<IMadeReport>): Promise<void> => {
    controller.current?.abort();
    const c = new AbortController();
    controller.current = c;
    set({ phase: 'reading', done: 0, total: 0, notice: undefined, made: undefined, stored: undefined });
    try {
      const made = await make({ signal: c.signal, onProgress: (done, total) => { if (controller.current === c) set({ phase: 'building', done, total }); } });
      c.signal.throwIfAborted();
      saveFile(made.file);
      set({ phase: 'idle', made, notice: { kind: 'success', text: formatString(reportStrings.Report_Downloaded, made.file.fileName) } });
    } catch (e) {
      if (controller.current !== c) return;
      let notice: IReportJobState['notice'] = { kind: 'error', text: formatString(reportStrings.Report_Failed, errorText(e)) };
      if (isCancelled(e)) notice = { kind: 'info', text: reportStrings.Report_Cancelled };
      else if (e instanceof ReportNotMadeError) notice = { kind: 'warning', text: e.message };
      set({ phase: 'idle', notice });
    }
  };
  const store = async (): Promise<void> => {
    const made = state.made;
    if (!made || state.storing) return;
    set({ storing: true, notice: undefined });
    try {
      const stored = await storeReport(made.file.content, { kind: made.kind, fileName: made.file.fileName, date: made.date, projectId: made.projectId, viewName: made.viewName });
      set({ storing: false, stored, notice: { kind: 'success', text: formatString(reportStrings.Report_Stored, stored.fileName, formatDateOnly(stored.date, locale)) } });
      onStored?.(stored);
    } catch (e) {
      set({ storing: false, notice: { kind: 'error', text: formatString(reportStrings.Report_StoreFailed, errorText(e)) } });
    }
  };
  return { state, run, cancel: () => controller.current?.abort(), store };
}

/**
 * Whether the user may store reports (`IDashboardService.canStoreReports`, read once): false until
 * known and when the check fails, so "Store in the Reports library" is offered only to those whom
 * SharePoint lets store.
 */
export function useCanStoreReports(check: () => Promise<boolean>): boolean {
  const [can, setCan] = React.useState(false);
  React.useEffect(() => {
    let live = true;
    check().then(v => { if (live) setCan(v); }, () => undefined);
    return () => { live = false; };
  }, []); // eslint-disable-line react-hooks/exhaustive-deps -- read once per mount
  return can;
}
