import { boardMilestoneOrder, clipText, formatReportAmount, formatReportEvm, officeSafeText, REPORT_AMOUNT_FORMAT, REPORT_EVM_COLUMNS, REPORT_EVM_INDICES, paginate, ragDistribution, reportEarnedValue, reportFileName, reportMilestone, reportMilestoneState, safeFileName, textLines, type IReportMilestone } from './index';
import { formatString } from '../text';
import { numberSymbols } from '../numbers';
import { loadLocale, LOCALES } from '../../../tools/jest/locale';

describe('officeSafeText', () => {
  it('keeps text that looks like a formula as written (the Excel writer makes it a text cell)', () => {
    for (const t of ['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', '\t=1+1', 'Straße “Ü” 😀']) expect(officeSafeText(t)).toBe(t);
  });

  it('leaves out characters XML 1.0 cannot carry and writes line breaks as LF', () => {
    expect(officeSafeText('a\u0000b\u0007c\u000Bd\u000Ce\u001Ff\uFFFEg\uFFFFh')).toBe('abcdefgh');
    expect(officeSafeText('lone \uD800 high, lone \uDC00 low, pair \uD83D\uDE00')).toBe('lone  high, lone  low, pair 😀');
    expect(officeSafeText('one\r\ntwo\rthree\nfour')).toBe('one\ntwo\nthree\nfour');
    expect(officeSafeText('\r=1+1')).toBe('\n=1+1');
    expect(officeSafeText(undefined)).toBe('');
  });
});

describe('clipText and file names', () => {
  it('clips at a number of characters with an ellipsis, and leaves text that fits', () => {
    expect(clipText('Design approved', 15)).toBe('Design approved');
    expect(clipText('Design approved', 10)).toBe('Design ap…');
    expect(clipText('Design approved', 8)).toBe('Design…');
    expect(clipText('😀😀😀', 2)).toBe('😀…');
  });

  it('names a report by its kind, subject and day, safe for SharePoint', () => {
    expect(reportFileName('Status report', 'ERP upgrade', '2027-03-31', 'pptx')).toBe('Status report – ERP upgrade – 2027-03-31.pptx');
    expect(reportFileName('Portfolio report', 'Q1: "board"/view #2', '2027-03-31', 'xlsx')).toBe('Portfolio report – Q1 board-view 2 – 2027-03-31.xlsx');
    expect(reportFileName('Portfolio report', '  ', '2027-03-31', 'xlsx')).toBe('Portfolio report – 2027-03-31.xlsx');
    expect(safeFileName(' ..a\u0001b.. ')).toBe('a-b');
    expect(safeFileName('R&D/IT 2026:Q4 50%? #1')).toBe('R&D-IT 2026-Q4 50 1');
  });

  it.each(LOCALES)('turns each filter label "Label: value" into "Label value", never a stray hyphen (%s)', locale => {
    const strings = loadLocale(locale);
    const base = strings.Report_File_portfolioReport;
    for (const key of ['Dashboard_FilterText_Programme', 'Dashboard_FilterText_Department', 'Dashboard_FilterText_Objective']) {
      const template = strings[key];
      const label = template.replace(/\s*:\s*\{0\}$/, '');
      expect(label).not.toBe(template);
      const name = reportFileName(base, formatString(template, 'Finance'), '2026-11-30', 'pptx');
      expect(name).toBe(`${base} – ${label} Finance – 2026-11-30.pptx`);
      expect(name).not.toMatch(/[-:]\s|\s[-:]\s?F/);
    }
  });
});

describe('reportMilestoneState', () => {
  const at = '2027-03-31';
  it.each([
    [{ title: 'm', status: 'Cancelled', baselineDate: '2027-01-01' }, 'cancelled'],
    [{ title: 'm', baselineDate: '2027-01-15', actualDate: '2027-01-15' }, 'achieved'],
    [{ title: 'm', baselineDate: '2027-01-15', actualDate: '2027-01-16' }, 'achievedLate'],
    [{ title: 'm', status: 'Achieved' }, 'achieved'],
    [{ title: 'm', baselineDate: '2027-03-30' }, 'late'],
    [{ title: 'm', baselineDate: '2027-03-31' }, 'onTrack'],
    [{ title: 'm', baselineDate: '2027-03-31', forecastDate: '2027-04-02' }, 'slipping'],
    [{ title: 'm', baselineDate: '2027-05-01', forecastDate: '2027-04-20' }, 'onTrack'],
    [{ title: 'm', forecastDate: '2027-03-01' }, 'late'],
    [{ title: 'm', forecastDate: '2027-05-01' }, 'onTrack'],
    [{ title: 'm', baselineDate: 'soon' }, 'unknown']
  ])('%o at the status date is %s', (m, state) => {
    expect(reportMilestoneState(m, at)).toBe(state);
  });

  it('gives the report milestone its valid days and state', () => {
    expect(reportMilestone({ title: 'Go-live', baselineDate: '2027-06-30', forecastDate: 'tbd', actualDate: undefined }, at)).toEqual({ title: 'Go-live', baseline: '2027-06-30', forecast: undefined, actual: undefined, state: 'onTrack' });
  });
});

describe('reportEarnedValue', () => {
  it('gives the inputs and the PMBOK figures (worked example: PV 200, EV 180, AC 210, BAC 500)', () => {
    const ev = reportEarnedValue({ pv: 200, ev: 180, ac: 210, bac: 500 });
    expect(ev).toMatchObject({ pv: 200, ev: 180, ac: 210, bac: 500, sv: -20, cv: -30 });
    expect(ev?.spi).toBeCloseTo(0.9, 10);
    expect(ev?.cpi).toBeCloseTo(180 / 210, 10);
    expect(ev?.eac).toBeCloseTo(500 / (180 / 210), 6);
    expect(ev?.vac).toBeCloseTo(500 - 500 / (180 / 210), 6);
  });

  it('leaves out what is not available, and gives nothing without inputs', () => {
    expect(reportEarnedValue({ pv: 0, ev: 0, ac: 0, bac: 100 })).toEqual({ pv: 0, ev: 0, ac: 0, bac: 100, sv: 0, cv: 0 });
    expect(reportEarnedValue({ pv: -5, ev: 10 })).toEqual({ ev: 10 });
    expect(reportEarnedValue({})).toBeUndefined();
  });
});

describe('ragDistribution', () => {
  it('counts running projects by overall RAG, leaves ended ones out and counts the unreported', () => {
    expect(ragDistribution([
      { status: 'Active', rag: { overall: 'Red' } }, { status: 'Active', rag: { overall: 'Red' } }, { status: 'OnHold', rag: { overall: 'Green' } },
      { status: 'Active', rag: {} }, { status: 'Closed', rag: { overall: 'Amber' } }, { status: 'Cancelled', rag: {} }, { rag: { overall: 'Amber' } }
    ])).toEqual({ counts: { Green: 1, Amber: 1, Red: 2 }, notReported: 1 });
  });
});

describe('paginate', () => {
  it('fills pages up to the row limit', () => {
    expect(paginate([1, 2, 3, 4, 5], { rows: 2, lines: 10 })).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('starts a new page before the lines would exceed the limit; a row too long alone gets a page', () => {
    const lines: Record<string, number> = { a: 1, b: 3, c: 2, d: 9, e: 1 };
    expect(paginate(['a', 'b', 'c', 'd', 'e'], { rows: 10, lines: 5 }, x => lines[x])).toEqual([['a', 'b'], ['c'], ['d'], ['e']]);
  });

  it('gives one empty page for no items', () => {
    expect(paginate([], { rows: 15, lines: 17 })).toEqual([[]]);
  });

  it('estimates the lines a text takes in a column', () => {
    expect(textLines(undefined, 20)).toBe(1);
    expect(textLines('x'.repeat(20), 20)).toBe(1);
    expect(textLines('x'.repeat(21), 20)).toBe(2);
    expect(textLines('one\ntwo\n' + 'x'.repeat(45), 20)).toBe(5);
  });
});

describe('report amounts: one formatter with thousands separators in every locale', () => {
  // Project 13's figures at its status date: BAC 170,000 and a VAC of −8,853 (Italian wrote "−8853").
  const ev = reportEarnedValue({ pv: 120000, ev: 101500, ac: 106800, bac: 170000 }) ?? {};

  it.each(LOCALES)('writes every earned-value amount with the locale\'s thousands separator (%s)', locale => {
    const group = numberSymbols(locale).group;
    const amounts = REPORT_EVM_COLUMNS.filter(k => REPORT_EVM_INDICES.indexOf(k) < 0);
    expect(amounts.length).toBe(9);
    for (const key of amounts) {
      const value = ev[key];
      expect(value).toBeDefined();
      const text = formatReportEvm(key, value, locale);
      const whole = Math.abs(Math.round(value as number));
      if (whole >= 1000) expect(text).toContain(group);
      expect(text.replace(/[^0-9]/g, '')).toBe(String(whole));
      expect(text.startsWith('\u2212')).toBe((value as number) <= -0.5);
    }
    for (const key of REPORT_EVM_INDICES) expect(formatReportEvm(key, ev[key], locale)).toMatch(/^\d[.,]\d\d$/);
  });

  it('groups from 1,000 upwards, also where Intl does not (Italian), with U+2212 and never −0', () => {
    expect(formatReportAmount(-8853, 'it-it')).toBe('\u22128.853');
    expect(formatReportAmount(170000, 'it-it')).toBe('170.000');
    expect(formatReportAmount(-8853, 'en-us')).toBe('\u22128,853');
    expect(formatReportAmount(1234567.6, 'de-de')).toBe('1.234.568');
    expect(formatReportAmount(-8853, 'fr-fr')).toBe(`\u22128${numberSymbols('fr-fr').group}853`);
    expect([formatReportAmount(999, 'it-it'), formatReportAmount(-0.4, 'en-us'), formatReportAmount(Number.NaN, 'en-us')]).toEqual(['999', '0', '']);
    expect(REPORT_AMOUNT_FORMAT).toBe('#,##0');
  });
});

describe('boardMilestoneOrder', () => {
  const m = (title: string, state: IReportMilestone['state'], days: Partial<IReportMilestone> = {}): IReportMilestone => ({ title, state, ...days });

  it('puts late first, then upcoming by forecast, then the most recently reached, cancelled last (project 13)', () => {
    const milestones = [
      m('Kick-off', 'achieved', { baseline: '2022-03-01', actual: '2022-03-01' }),
      m('Design', 'achieved', { baseline: '2022-09-01', actual: '2022-09-10' }),
      m('Tender', 'achievedLate', { baseline: '2023-05-01', actual: '2023-06-01' }),
      m('Pilot', 'achieved', { baseline: '2024-04-01', actual: '2024-03-28' }),
      m('Go-live', 'slipping', { baseline: '2026-12-09', forecast: '2027-01-20' }),
      m('Project closed', 'onTrack', { baseline: '2027-03-01', forecast: '2027-03-01' }),
      m('Migration', 'late', { baseline: '2026-10-01', forecast: '2027-02-01' }),
      m('Old plan', 'cancelled', { baseline: '2025-01-01' })
    ];
    expect(boardMilestoneOrder(milestones).map(x => x.title)).toEqual(['Migration', 'Go-live', 'Project closed', 'Pilot', 'Tender', 'Design', 'Kick-off', 'Old plan']);
  });

  it('orders upcoming ones by forecast, not baseline, and keeps equal ones in their order', () => {
    const up = [m('B', 'onTrack', { baseline: '2027-01-01', forecast: '2027-05-01' }), m('A', 'slipping', { baseline: '2027-02-01', forecast: '2027-03-01' }), m('C', 'unknown'), m('D', 'unknown')];
    expect(boardMilestoneOrder(up).map(x => x.title)).toEqual(['A', 'B', 'C', 'D']);
  });
});
