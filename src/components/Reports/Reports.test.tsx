import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { IPortfolioReportData } from '../../domain/reports';
import type { IDashboardService, IStoredReport, IStoreReportInput } from '../../services/DashboardService';
import type { IPortfolioService } from '../../services/PortfolioService';
import { defaultView } from '../../domain/portfolio';
import { LOCALES, useTestLocale } from '../../../tools/jest/locale';
import { projectData } from './documents/test-utils/reportFixtures';
import { PortfolioReports } from './PortfolioReports';
import { cappedList, ProjectReportContent } from './ProjectReportPrint';
import { ReportJobStatus } from './ReportJobStatus';
import { reportLabels } from './reportLabels';
import { useReportJob, type IBuildControl, type IMadeReport } from './useReportJob';

/** A promise and its resolve/reject, to hold a step of a build until the test lets it go. */
function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

const STORED: IStoredReport = { id: 7, kind: 'PortfolioReport', fileName: 'Portfolio report – Board – 2026-11-15.pptx', url: '/sites/pmo/Reports/x.pptx', date: '2026-11-15', viewName: 'Board', storedBy: 'Olivia Bennett', storedAt: '2026-11-15T10:00:00Z' };

function dashboard(getReportData: IDashboardService['getReportData'], canStore: boolean = true): Pick<IDashboardService, 'getReportData' | 'storeReport' | 'listReports' | 'canStoreReports'> & { stored: IStoreReportInput[] } {
  const stored: IStoreReportInput[] = [];
  return {
    stored,
    getReportData,
    canStoreReports: jest.fn(async () => canStore),
    storeReport: jest.fn(async (_content: Blob | ArrayBuffer, input: IStoreReportInput) => { stored.push(input); return STORED; }),
    listReports: jest.fn(async () => (stored.length ? [STORED] : []))
  };
}

const portfolio = (): Pick<IPortfolioService, 'loadViews'> => ({
  loadViews: async () => [
    { id: 4, scope: 'shared', mine: false, etag: '"1"', view: { ...defaultView('Board'), filters: { statuses: ['Active'] } } },
    { id: 2, scope: 'personal', mine: true, etag: '"1"', view: defaultView('Mine') }
  ]
});

const empty = (title: string): IPortfolioReportData => ({ title, generatedAt: '2026-11-15T10:00:00Z', generatedOn: '2026-11-15', scope: '', kpis: [], overview: [], projects: [], appendix: { risksAndIssues: [], decisions: [], leftOut: 0, highRiskScore: 15 } });

describe('the multi-project report\'s panel', () => {
  beforeEach(() => useTestLocale('en-us'));

  it('makes the report for a saved view, grouped under shared and personal views, and says when it holds no project', async () => {
    const svc = dashboard(jest.fn(async (_source, options) => empty(options.title)));
    render(<PortfolioReports dashboard={svc} portfolio={portfolio()} filter={{ programmeIds: [1] }} filterText="Programme: Digital" locale="en-us" />);
    const source = await screen.findByLabelText('Report on');
    await waitFor(() => expect(within(source).getAllByRole('option').map(o => o.textContent)).toEqual(['The dashboard\'s filter: Programme: Digital', 'Board', 'Mine']));
    expect(within(source).getAllByRole('group').map(g => g.getAttribute('label'))).toEqual(['Shared views', 'My views']);
    fireEvent.change(source, { target: { value: 'view:shared:4' } });
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Download the PowerPoint deck' })); });
    expect(svc.getReportData).toHaveBeenCalledWith({ kind: 'view', viewId: 4, scope: 'shared' }, expect.objectContaining({ title: '{0}', scope: 'Saved view of the Portfolio: Board', locale: 'en-us' }));
    expect((await screen.findByTestId('report-notice')).textContent).toBe('The filter or view holds no project: there is nothing to report.');
    fireEvent.change(source, { target: { value: 'filter' } });
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Download the Excel workbook' })); });
    expect(svc.getReportData).toHaveBeenLastCalledWith({ kind: 'filter', filters: { programmeIds: [1] } }, expect.objectContaining({ title: 'Programme: Digital', scope: 'Dashboard filter: Programme: Digital' }));
  });

  it('shows the report being read and cancels it: no file is made', async () => {
    const read = deferred<IPortfolioReportData>();
    const svc = dashboard(jest.fn(() => read.promise));
    const created = jest.fn();
    const realCreate = URL.createObjectURL;
    URL.createObjectURL = created;
    try {
      render(<PortfolioReports dashboard={svc} filter={{}} filterText="All projects" locale="en-us" />);
      fireEvent.click(await screen.findByRole('button', { name: 'Download the PowerPoint deck' }));
      const bar = await screen.findByRole('progressbar', { name: 'Making the report' });
      expect(bar.getAttribute('aria-valuetext')).toBe('Reading the projects…');
      expect((screen.getByRole('button', { name: 'Download the PowerPoint deck' }) as HTMLButtonElement).disabled).toBe(true);
      fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
      await act(async () => { read.resolve(empty('All projects')); await read.promise; });
      expect(screen.getByTestId('report-notice').textContent).toBe('The report was cancelled: no file was made.');
      expect(screen.queryByRole('progressbar')).toBeNull();
      expect(created).not.toHaveBeenCalled();
    } finally {
      URL.createObjectURL = realCreate;
    }
  });

  it('lists the stored reports with their date, kind, subject and who stored them', async () => {
    const svc = dashboard(jest.fn());
    svc.listReports = jest.fn(async () => [STORED, { ...STORED, id: 8, kind: 'ProjectReport', viewName: undefined, projectId: 3, projectTitle: 'ERP upgrade', fileName: 'Status report – ERP upgrade – 2026-11-14.pptx', date: '2026-11-14' }] as IStoredReport[]);
    render(<PortfolioReports dashboard={svc} filter={{}} filterText="All projects" locale="en-us" origin="https://contoso.sharepoint.com" />);
    const rows = await screen.findAllByTestId('stored-report');
    expect(rows.map(r => Array.from(r.children).map(c => c.textContent))).toEqual([
      ['Nov 15, 2026', 'Multi-project report (PowerPoint)', 'Portfolio report – Board – 2026-11-15.pptx', 'Board', 'Olivia Bennett', expect.stringMatching(/^11\/15\/2026, \d\d:\d\d/)],
      ['Nov 14, 2026', 'Status report (PowerPoint)', 'Status report – ERP upgrade – 2026-11-14.pptx', 'ERP upgrade', 'Olivia Bennett', expect.any(String)]
    ]);
    expect(within(rows[0]).getByRole('link').getAttribute('href')).toBe('https://contoso.sharepoint.com/sites/pmo/Reports/x.pptx');
  });
});

/** A panel of one job, whose build the test drives through `make`. */
function JobHarness(props: { make: (control: IBuildControl) => Promise<IMadeReport>; store: (content: ArrayBuffer, input: IStoreReportInput) => Promise<IStoredReport>; canStore?: boolean }): React.ReactElement {
  const job = useReportJob(props.store, 'en-us');
  return (
    <>
      <button type="button" onClick={() => void job.run(props.make)}>Make</button>
      <ReportJobStatus job={job} locale="en-us" canStore={props.canStore ?? true} />
    </>
  );
}

describe('a report job', () => {
  beforeEach(() => useTestLocale('en-us'));

  it('shows the projects done of total, downloads the file made and stores it with its date on request', async () => {
    const gate = deferred<void>();
    const file = { fileName: 'Portfolio report – Board – 2026-11-15.pptx', mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', content: new ArrayBuffer(8) };
    const make = async (control: IBuildControl): Promise<IMadeReport> => {
      control.onProgress(3, 10);
      await gate.promise;
      control.onProgress(10, 10);
      return { file, kind: 'PortfolioReport', date: '2026-11-15', viewName: 'Board' };
    };
    const store = jest.fn(async () => STORED);
    const clicks: string[] = [];
    const realCreate = URL.createObjectURL;
    URL.createObjectURL = () => 'blob:report';
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { clicks.push(`${this.download}@${this.href}`); });
    try {
      render(<JobHarness make={make} store={store} />);
      fireEvent.click(screen.getByRole('button', { name: 'Make' }));
      const bar = await screen.findByRole('progressbar', { name: 'Making the report' });
      expect([bar.getAttribute('aria-valuenow'), bar.getAttribute('aria-valuetext')]).toEqual(['30', '3 of 10 projects']);
      await act(async () => { gate.resolve(); await gate.promise; });
      await screen.findByText(`“${file.fileName}” has been downloaded.`);
      expect(clicks).toEqual([`${file.fileName}@blob:report`]);
      const storeButton = screen.getByRole('button', { name: 'Store in the Reports library (report of Nov 15, 2026)' });
      await act(async () => { fireEvent.click(storeButton); });
      expect(store).toHaveBeenCalledWith(file.content, { kind: 'PortfolioReport', fileName: file.fileName, date: '2026-11-15', projectId: undefined, viewName: 'Board' });
      expect(screen.getByTestId('report-notice').textContent).toBe('“Portfolio report – Board – 2026-11-15.pptx” is stored in the Reports library with the date Nov 15, 2026.');
      expect(screen.queryByRole('button', { name: /^Store in the Reports library/ })).toBeNull();
    } finally {
      click.mockRestore();
      URL.createObjectURL = realCreate;
    }
  });

  it('keeps the keyboard on the work: Cancel while the report is made, then the outcome; no store offered to who may not store', async () => {
    const gate = deferred<void>();
    const file = { fileName: 'Portfolio report – 2026-11-15.xlsx', mimeType: 'application/octet-stream', content: new ArrayBuffer(8) };
    const realCreate = URL.createObjectURL;
    URL.createObjectURL = () => 'blob:report';
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    try {
      render(<JobHarness make={async () => { await gate.promise; return { file, kind: 'PortfolioReport', date: '2026-11-15' }; }} store={jest.fn()} canStore={false} />);
      const make = screen.getByRole('button', { name: 'Make' });
      make.focus();
      fireEvent.click(make);
      await screen.findByRole('progressbar');
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
      await act(async () => { gate.resolve(); await gate.promise; });
      const notice = await screen.findByTestId('report-notice');
      expect(document.activeElement?.contains(notice)).toBe(true);
      expect(screen.queryByRole('button', { name: /^Store in the Reports library/ })).toBeNull();
    } finally {
      click.mockRestore();
      URL.createObjectURL = realCreate;
    }
  });

  it('tells a failure in words and makes no file', async () => {
    render(<JobHarness make={async () => { throw Object.assign(new Error('Throttled'), { status: 429 }); }} store={jest.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Make' }));
    expect((await screen.findByTestId('report-notice')).textContent).toMatch(/^The report could not be made\. SharePoint is busy/);
  });
});

describe('the report labels', () => {
  it.each(LOCALES)('are all there in %s (no label falls back to its code)', locale => {
    useTestLocale(locale);
    const labels = reportLabels();
    const texts: Array<[string, string]> = [];
    const walk = (prefix: string, value: unknown): void => {
      if (typeof value === 'string') texts.push([prefix, value]);
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(`${prefix}.${k}`, v);
    };
    walk('labels', labels);
    expect(texts.length).toBeGreaterThan(90);
    for (const [key, text] of texts) {
      expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
      const leaf = key.split('.').pop() as string;
      if (!/^(evm|templates|rag)$/.test(key.split('.')[1]) && leaf.length > 3) expect({ key, text }).not.toEqual({ key, text: leaf });
    }
    expect(labels.stage('Delivery')).toBe({ 'en-us': 'Delivery', 'de-de': 'Durchführung', 'fr-fr': 'Réalisation', 'nl-nl': 'Uitvoering', 'it-it': 'Realizzazione' }[locale]);
    expect(labels.priority('Critical')).toBe({ 'en-us': 'Critical', 'de-de': 'Kritisch', 'fr-fr': 'Critique', 'nl-nl': 'Kritiek', 'it-it': 'Critica' }[locale]);
    useTestLocale('en-us');
  });
});

describe('the printable status report', () => {
  beforeEach(() => useTestLocale('en-us'));

  it('caps each list as the slide does, with "+n more"', () => {
    expect(cappedList([1, 2, 3], 5)).toEqual({ shown: [1, 2, 3], more: 0 });
    expect(cappedList([1, 2, 3, 4, 5, 6, 7], 5)).toEqual({ shown: [1, 2, 3, 4], more: 3 });
  });

  it('shows the slide\'s content: RAG per dimension in words, earned value, milestones, risks and issues, decisions', () => {
    const p = projectData(2, { milestones: Array.from({ length: 7 }, (_, i) => ({ title: `Milestone ${i + 1}`, baseline: '2027-01-15', state: 'onTrack' as const })) });
    render(<ProjectReportContent project={p} locale="en-gb" />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(p.title);
    const rag = screen.getByTestId('print-rag');
    // Every dimension of the status report, named as the Project page names them, with its comment.
    expect(within(rag).getAllByRole('row').slice(1).map(r => [r.children[0].textContent, r.children[1].textContent, r.children[2].textContent])).toEqual([
      ['Overall', 'Red', 'Overall Red for project 2.'], ['Schedule', 'Red', 'Vendor late by two weeks.'], ['Cost', 'Green', ''], ['Scope', 'Green', ''], ['Quality', 'Green', ''],
      ['Risks', 'Amber', 'Supplier risk rising.'], ['Resources', 'Amber', 'Two testers leave in May.']
    ]);
    expect(within(screen.getByTestId('print-achievements')).getByText('Design approved; pilot users trained.')).toBeTruthy();
    expect(screen.getByTestId('print-next-steps').textContent).toContain('Prepare the go-live decision.');
    expect(within(screen.getByTestId('print-ev')).getAllByRole('columnheader').map(h => h.textContent)).toEqual(['BAC', 'PV', 'EV', 'AC', 'SPI', 'CPI', 'EAC', 'VAC']);
    expect(within(screen.getByTestId('print-milestones')).getAllByRole('row')).toHaveLength(1 + 4);
    expect(within(screen.getByTestId('print-milestones')).getByText('+3 more')).toBeTruthy();
    expect(within(screen.getByTestId('print-risks')).getByText('Key supplier insolvency')).toBeTruthy();
    expect(within(screen.getByTestId('print-decisions')).getByText('Approve change request CR-12')).toBeTruthy();
  });

  it('says "none" with the word of each list\'s noun and groups every amount (Italian)', () => {
    useTestLocale('it-it');
    const p = projectData(2, { decisions: [], risksAndIssues: [], earnedValue: { bac: 170000, vac: -8853 } });
    render(<ProjectReportContent project={p} locale="it-it" />);
    expect(within(screen.getByTestId('print-decisions')).getByText('Nessuna')).toBeTruthy();
    expect(within(screen.getByTestId('print-risks')).getByText('Nessuno')).toBeTruthy();
    expect(within(screen.getByTestId('print-ev')).getAllByRole('row')[1].textContent).toContain('\u22128.853');
    expect(within(screen.getByTestId('print-rag')).getAllByRole('row')[6].children[0].textContent).toBe('Rischi');
  });

  it('shows a closed project\'s RAG as "No current status", never its last colour', () => {
    render(<ProjectReportContent project={projectData(3, { status: 'Closed' })} locale="en-us" />);
    expect(within(screen.getByTestId('print-rag')).getAllByText('No current status')).toHaveLength(7);
  });
});
