/**
 * A slice of `reliability.provisioning` in `npm test`: PMO Setup upgrading an existing v1 site is
 * killed (SIGKILL of the workbench and the run) three times at points a seeded PRNG picks, in flight
 * and after an answer; each time the workbench restarts on the same data folder and PMO Setup runs
 * again. Every run must end in the clean run's final state, and no item of the existing lists may be
 * lost. The clean run itself must be idempotent (a second run changes nothing). The full 20 runs stay
 * in the bench.
 */
import { provisioningFigures } from './provisioning';

jest.setTimeout(600_000);

describe('reliability.provisioning (three killed runs)', () => {
  it('ends every killed and rerun PMO Setup in the clean final state, losing no item', async () => {
    const f = await provisioningFigures({ runs: 3, seed: 7, size: { projects: 8, requests: 4, risks: 10, reports: 8 } });
    expect(f.clean.changes).toBeGreaterThan(100);
    expect(f.clean.secondRunChanges).toBe(0);
    expect(f.clean.items).toBe(30);
    const wrong = f.rows.filter(r => !r.same || r.lost.length > 0).map(r => `run ${r.run} (request ${r.kill.request}, ${r.kill.mode}): ${r.failure ?? r.differences.join(', ')}; lost ${r.lost.join(', ')}`);
    expect(wrong).toEqual([]);
    expect(f.rows.every(r => r.killed)).toBe(true);
    expect(f.lines).toEqual(['reliability.provisioning.same_state: 3', 'reliability.provisioning.items_lost: 0']);
  });
});
