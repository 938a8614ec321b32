/**
 * reliability.xss: the corpus's shape, the detector catching what runs (so a slice at 0 means
 * something), and a slice of the figure in `npm test`: ten payloads, one of each kind that runs in a
 * different way, written into the text and URL columns of the lists the Project, RAID and Training
 * pages show, rendered as the site owner with every tab — nothing runs and no unsafe address is in
 * the DOM, while every page shows payloads as text.
 */
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../e2e/browser';
import { xssFigures } from './xss';
import { detectorContext, unsafeAddresses } from './xssPages';
import { FIRST_PAYLOAD_ID, XSS_PAYLOADS, detectorCall, payloadIdsIn, type XssGroup } from './xssPayloads';
import { xssLists } from './xssWrite';

jest.setTimeout(300_000);

const GROUPS: XssGroup[] = ['script', 'event', 'js-url', 'data-url', 'vbscript-url', 'case-space-entity', 'svg-mathml', 'css', 'frame-object', 'attribute-breakout', 'template-markdown', 'mutation'];

describe('reliability.xss corpus', () => {
  it('holds at least 100 payloads in every group, each with its own id, calling the detector with it', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(100);
    expect(XSS_PAYLOADS.map(p => p.id)).toEqual(XSS_PAYLOADS.map((_p, i) => FIRST_PAYLOAD_ID + i));
    expect(Array.from(new Set(XSS_PAYLOADS.map(p => p.group))).sort()).toEqual([...GROUPS].sort());
    expect(new Set(XSS_PAYLOADS.map(p => p.text)).size).toBe(XSS_PAYLOADS.length);
    expect(XSS_PAYLOADS.filter(p => payloadIdsIn(p.text).join() !== String(p.id)).map(p => p.text)).toEqual([]);
    // Each runs the detector with its own id (or is a vbscript: address, which Chromium never runs).
    expect(XSS_PAYLOADS.filter(p => !/vbscript/i.test(p.text) && !/atob\(|base64,/.test(p.text) && !p.text.replace(/&#(x?)([0-9a-f]+);/gi, (_m, x: string, n: string) => String.fromCharCode(parseInt(n, x ? 16 : 10))).replace(/%5f/gi, '_').includes(detectorCall(p.id))).map(p => p.text)).toEqual([]);
  });
});

describe('reliability.xss detector', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser?.close(); });

  it('hears a payload that runs, in the page and in a frame, and finds javascript: and data: addresses in the body', async () => {
    const d = await detectorContext(browser);
    const page = await d.context.newPage();
    const [img, frame, link, data] = [XSS_PAYLOADS[12], XSS_PAYLOADS.filter(p => p.group === 'frame-object')[1], XSS_PAYLOADS.filter(p => p.group === 'js-url')[15], XSS_PAYLOADS.filter(p => p.group === 'data-url')[4]];
    await page.setContent(`<html><head><link rel="icon" href="data:,"></head><body>${img.text}${frame.text}${link.text}${data.text}<a href="https://example.com">ok</a><a href="mailto:a@b.c">ok</a></body></html>`);
    await page.waitForTimeout(500);
    expect(d.take().sort()).toEqual([img.id, frame.id].sort());
    const unsafe = await unsafeAddresses(page);
    expect(unsafe.filter(u => /^iframe srcdoc=/.test(u))).toHaveLength(1);
    expect(unsafe.filter(u => /^a href=/.test(u)).map(u => payloadIdsIn(u))).toEqual([[link.id], [data.id]]);
    await d.context.close();
  });
});

describe('reliability.xss slice (10 payloads × 3 pages)', () => {
  it('runs no payload and shows no unsafe address on the Project, RAID and Training pages, which show the payloads as text', async () => {
    const kinds: XssGroup[] = ['script', 'event', 'js-url', 'data-url', 'svg-mathml', 'css', 'frame-object', 'attribute-breakout', 'template-markdown', 'mutation'];
    const corpus = kinds.map(k => XSS_PAYLOADS.filter(p => p.group === k)[1]);
    const lists = xssLists().filter(l => ['Projects', 'Risks', 'Issues', 'ChangeRequests', 'TrainingModules', 'Communities', 'TrainingSessions'].indexOf(l.key) >= 0);
    const f = await xssFigures({ corpus, lists, visits: v => v.role === 'pmoOwner' && /^(Project\?projectId=\d+|Raid\?projectId=\d+|Training\?module=\d+)$/.test(v.label) });
    expect(f.visits.map(v => v.label.replace(/=\d+/, '=N'))).toEqual(['Project?projectId=N', 'Raid?projectId=N', 'Training?module=N']);
    expect(f.written.refused).toEqual([]);
    expect(f.unsafe).toEqual([]);
    expect(f.visits.map(v => `${v.label.replace(/=\d+/, '=N')}: ${v.fired.join(',')}`)).toEqual(f.visits.map(v => `${v.label.replace(/=\d+/, '=N')}: `));
    // The payloads reached every page (shown as text), and each page had tabs to open.
    expect(f.visits.filter(v => v.shown.length === 0 || v.views < 2).map(v => v.label)).toEqual([]);
    expect(f.lines).toEqual(['reliability.xss.payloads: 10', 'reliability.xss.executed: 0']);
  });
});
