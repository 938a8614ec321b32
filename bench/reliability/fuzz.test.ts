/**
 * A slice of reliability.fuzz in `npm test`: a few hundred generated hostile submissions through
 * every form (its own check, then its service against the emulator), with the goals of the bench:
 * no crash, no partial write, no silent change, every refusal naming its field in English and
 * German. Also checks the generator itself: the same seed gives the same cases, and the cases hold
 * what the figure claims to try.
 */
import { FUZZ_FORMS } from './fuzzForms';
import { fuzzFigures, fuzzContext, isCrash, makeCase } from './fuzz';
import { CONTROL_CHARS, EMOJI, FORMULAS, RTL, prng } from './fuzzValues';
import { startReliabilitySite, type IReliabilitySite } from './site';

jest.setTimeout(300_000);

let site: IReliabilitySite;

beforeAll(async () => {
  site = await startReliabilitySite(4);
});

afterAll(async () => {
  await site?.stop();
});

describe('reliability.fuzz (a slice: 25 cases per form)', () => {
  it('finds no crash, partial write, silent change or unnamed error in any form', async () => {
    const cases = FUZZ_FORMS.length * 25;
    const figures = await fuzzFigures(site, cases);
    const findings = figures.rows.flatMap(r => r.findings.map(f => `${r.form}: ${f}`));
    expect(findings).toEqual([]);
    expect(figures.rows.map(r => r.form)).toEqual(FUZZ_FORMS.map(f => f.name));
    // Every form both accepted and refused cases: the slice reached the services, not only the checks.
    for (const r of figures.rows) expect([r.form, r.accepted > 0, r.refusedByForm + r.refusedByService > 0]).toEqual([r.form, true, true]);
    expect(figures.lines).toEqual([
      `reliability.fuzz.cases: ${cases}`, 'reliability.fuzz.crashes: 0', 'reliability.fuzz.partial_writes: 0', 'reliability.fuzz.silent_changes: 0', 'reliability.fuzz.unnamed_errors: 0'
    ]);
  });
});

describe('the fuzz itself', () => {
  it('generates the same cases from the same seed, with every kind of hostile text among them', async () => {
    const c = await fuzzContext(site);
    const run = (): string[] => {
      const rnd = prng(16);
      const out: string[] = [];
      for (let n = 0; n < 3000; n++) out.push(JSON.stringify(makeCase(rnd, FUZZ_FORMS[n % FUZZ_FORMS.length], c).values));
      return out;
    };
    const a = run();
    expect(run()).toEqual(a);
    const all = a.join('\n');
    const has = (xs: ReadonlyArray<string>): boolean => xs.some(x => all.indexOf(JSON.stringify(x).slice(1, -1)) >= 0);
    expect([has(CONTROL_CHARS), has(EMOJI), has(RTL), has(FORMULAS), all.indexOf('x'.repeat(256)) >= 0, all.indexOf('1899-12-31') >= 0, all.indexOf('"-1"') >= 0, all.indexOf('1e308') >= 0])
      .toEqual([true, true, true, true, true, true, true, true]);
  });

  it('counts a programming error or an HTTP 500 as a crash, and a refusal the form knows as none', () => {
    expect(isCrash(new TypeError("Cannot read properties of undefined (reading 'trim')"), false)).toBe(true);
    expect(isCrash(new RangeError('Invalid time value'), true)).toBe(true);
    expect(isCrash(Object.assign(new Error('Error making HttpClient request in queryable [500] Internal Server Error'), { status: 500 }), false)).toBe(true);
    expect(isCrash(Object.assign(new Error('Error making HttpClient request in queryable [400] Bad Request'), { status: 400 }), false)).toBe(false);
    expect(isCrash(new Error('Risk refused: titleRequired (title)'), true)).toBe(false);
    expect(isCrash(new Error('Risk refused: titleRequired (title)'), false)).toBe(true);
  });
});
