/**
 * A slice of reliability.faults in `npm test`: a few write journeys (a request submitted, a status
 * report drafted and published, a milestone created, moved and re-baselined, a gate review drafted,
 * requested and decided, a maturity assessment answered and submitted) run three times each while
 * the workbench answers 20 % of the requests 429 and 5 % 503. Every run completes, nothing is
 * written twice, nothing is left half-written. And the measure can fail: journeys that write twice
 * or stop half-way are counted as such.
 */
import { faultFigures } from './faults';
import { PROJECT_JOURNEYS } from './faultJourneys';
import { PMO_JOURNEYS } from './faultJourneysPmo';
import { journey, type IFaultJourney } from './faultJourneyKit';
import { startReliabilitySite, type IReliabilitySite } from './site';

jest.setTimeout(300_000);

let site: IReliabilitySite;

beforeAll(async () => {
  site = await startReliabilitySite(3);
});

afterAll(async () => {
  await site?.stop();
});

const named = (names: ReadonlyArray<string>): ReturnType<typeof PROJECT_JOURNEYS.slice> => [...PROJECT_JOURNEYS, ...PMO_JOURNEYS].filter(j => names.indexOf(j.name) >= 0);

describe('reliability.faults (five journeys, three runs each)', () => {
  it('completes every run under 20 % 429 and 5 % 503, with no duplicate and no partial write', async () => {
    const journeys = named(['request: submit', 'status report: draft and publish', 'milestone: create, update, re-baseline', 'gate review: draft, request, decide', 'maturity: answers and submit']);
    expect(journeys).toHaveLength(5);
    const figures = await faultFigures(site, 3, journeys);
    expect(figures.rows.flatMap(r => r.failures.map(f => `${r.journey}: ${f}`))).toEqual([]);
    // Faults were injected into every journey's runs.
    expect(figures.rows.every(r => r.injected > 0)).toBe(true);
    expect(figures.lines).toEqual(['reliability.faults.completed_pct: 100', 'reliability.faults.duplicates: 0', 'reliability.faults.partial_writes: 0']);
  });

  it('counts what goes wrong: a run that throws after part of its writes, and a write made twice', async () => {
    // Two journeys that misbehave on purpose in the faulted runs 1 and 2 (not in the reference runs 0 and 3): one adds a second issue, one throws after its first.
    const twice: IFaultJourney = journey('issue twice', 'Project', 'manager', async (s, c, i) => {
      await s.raidLog.createIssue(c.projectId, { title: `Twice #${i}` });
      if (i >= 1 && i <= 2) await s.raidLog.createIssue(c.projectId, { title: `Twice again #${i}` });
    });
    const half: IFaultJourney = journey('issue and risk', 'Project', 'manager', async (s, c, i) => {
      await s.raidLog.createIssue(c.projectId, { title: `Half #${i}` });
      if (i >= 1 && i <= 2) throw new Error('stopped half-way');
      await s.risks.create(c.projectId, { title: `Half #${i}`, probability: 2, impact: 2 });
    });
    const figures = await faultFigures(site, 2, [twice, half]);
    expect(figures.rows.map(r => [r.journey, r.completed, r.duplicates, r.partial])).toEqual([['issue twice', 2, 2, 0], ['issue and risk', 0, 0, 2]]);
    expect(figures.lines).toEqual(['reliability.faults.completed_pct: 50', 'reliability.faults.duplicates: 2', 'reliability.faults.partial_writes: 2']);
  });
});
