/** The set-up's progress output: a bar in place in a terminal, plain lines in a log file. */
import { progressReporter, type IProgressEvent } from './progress';

function run(isTTY: boolean, events: IProgressEvent[]): string {
  let out = '';
  const r = progressReporter({ isTTY, write: (t: string) => { out += t; } });
  for (const e of events) r.report(e);
  r.end();
  return out;
}

/** A set-up like npm start's: provisioning step by step, then two lists seeded in batches. */
function setupEvents(): IProgressEvent[] {
  const events: IProgressEvent[] = [];
  for (let i = 0; i <= 40; i++) events.push({ phase: 'provision', step: `list ${i}`, done: i, total: 40 });
  for (const [list, total] of [['Projects', 600], ['StatusReports', 10800]] as Array<[string, number]>) {
    for (let done = 0; done <= total; done += 100) events.push({ phase: 'seed', step: list, done, total });
  }
  return events;
}

describe('progressReporter', () => {
  it('writes plain lines to a log file: no carriage return, one line per step start and quarter, and the end of each list', () => {
    const out = run(false, setupEvents());
    expect(out).not.toMatch(/\r/);
    const lines = out.trimEnd().split('\n');
    expect(lines.length).toBeLessThan(80);
    expect(lines).toContain('seed Projects: 0/600');
    expect(lines).toContain('seed Projects: 600/600');
    expect(lines).toContain('seed StatusReports: 10800/10800');
    expect(lines.filter(l => l.startsWith('seed StatusReports')).length).toBeLessThanOrEqual(6);
    expect(lines.every(l => l.length < 120)).toBe(true);
  });

  it('redraws one bar in place in a terminal and ends it with a line break', () => {
    const out = run(true, setupEvents());
    expect(out.split('\n')).toHaveLength(2);
    expect(out.endsWith('\n')).toBe(true);
    expect(out.split('\r').pop()).toMatch(/^seed {6}\[#{30}\] 10800\/10800 StatusReports/);
  });
});
