import { normalisedScore, weightedTotal, wsjf, wsjfOfMeans, WsjfScaleError, WSJF_SCALE } from './index';

describe('weighted sum', () => {
  it('normalises onto 0–1 and inverts cost criteria', () => {
    expect(normalisedScore(8, { scaleMin: 0, scaleMax: 10, direction: 'Benefit' })).toBeCloseTo(0.8);
    expect(normalisedScore(2, { scaleMin: 1, scaleMax: 5, direction: 'Benefit' })).toBeCloseTo(0.25);
    expect(normalisedScore(2, { scaleMin: 1, scaleMax: 5, direction: 'Cost' })).toBeCloseTo(0.75);
    expect(() => normalisedScore(11, { scaleMin: 0, scaleMax: 10, direction: 'Benefit' })).toThrow(/outside the scale 0–10/);
    expect(() => normalisedScore(1, { scaleMin: 5, scaleMax: 5, direction: 'Benefit' })).toThrow(/lower to a higher/);
  });

  it('worked example: weights 30/20/50 on 0–10, 0–10 and a 0–5 cost scale, scores 8, 5, 1 → 0.74', () => {
    const criteria = [
      { weight: 30, scaleMin: 0, scaleMax: 10, direction: 'Benefit' as const },
      { weight: 20, scaleMin: 0, scaleMax: 10, direction: 'Benefit' as const },
      { weight: 50, scaleMin: 0, scaleMax: 5, direction: 'Cost' as const }
    ];
    // (30 · 0.8 + 20 · 0.5 + 50 · (1 − 1/5)) / 100 = (24 + 10 + 40) / 100
    expect(weightedTotal(criteria, [8, 5, 1])).toBeCloseTo(0.74, 12);
    // weights in any unit: AHP fractions give the same total
    expect(weightedTotal(criteria.map(c => ({ ...c, weight: c.weight / 100 })), [8, 5, 1])).toBeCloseTo(0.74, 12);
    expect(() => weightedTotal(criteria, [8, 5])).toThrow(/2 scores for 3 criteria/);
    expect(() => weightedTotal(criteria.map(c => ({ ...c, weight: 0 })), [8, 5, 1])).toThrow(/weight above 0/);
  });
});

describe('WSJF (SAFe)', () => {
  it('is the cost of delay (business value + time criticality + RR|OE) over the job size', () => {
    expect(wsjf({ businessValue: 8, timeCriticality: 13, riskReduction: 5, jobSize: 8 })).toEqual({ costOfDelay: 26, wsjf: 3.25 });
    expect(wsjf({ businessValue: 20, timeCriticality: 20, riskReduction: 20, jobSize: 1 })).toEqual({ costOfDelay: 60, wsjf: 60 });
    expect(WSJF_SCALE).toEqual([1, 2, 3, 5, 8, 13, 20]);
  });

  it('refuses a value off the modified Fibonacci scale, naming the component', () => {
    const bad: Array<[Parameters<typeof wsjf>[0], string, number]> = [
      [{ businessValue: 4, timeCriticality: 1, riskReduction: 1, jobSize: 1 }, 'businessValue', 4],
      [{ businessValue: 1, timeCriticality: 21, riskReduction: 1, jobSize: 1 }, 'timeCriticality', 21],
      [{ businessValue: 1, timeCriticality: 1, riskReduction: 0, jobSize: 1 }, 'riskReduction', 0],
      [{ businessValue: 1, timeCriticality: 1, riskReduction: 1, jobSize: 2.5 }, 'jobSize', 2.5]
    ];
    for (const [c, component, value] of bad) {
      let err: unknown;
      try { wsjf(c); } catch (e) { err = e; }
      expect(err).toBeInstanceOf(WsjfScaleError);
      expect(err).toMatchObject({ component, value });
      expect((err as Error).message).toContain(`WSJF ${component} is ${value}`);
    }
  });

  it('orders Reinertsen\'s three jobs (the example SAFe\'s WSJF article builds on) so that the total cost of delay is lowest', () => {
    // Cost of delay 10, 3 and 1 per week, durations 1, 3 and 10 weeks (Reinertsen 2009, "The
    // Principles of Product Development Flow", chapter 7): WSJF 10, 1 and 0.1.
    const jobs = [
      { name: 'A', c: { businessValue: 5, timeCriticality: 3, riskReduction: 2, jobSize: 1 } },
      { name: 'B', c: { businessValue: 1, timeCriticality: 1, riskReduction: 1, jobSize: 3 } },
      { name: 'C', c: { businessValue: 0.5, timeCriticality: 0.25, riskReduction: 0.25, jobSize: 10 } }
    ];
    const scored = jobs.map(j => ({ ...j, r: wsjfOfMeans(j.c) }));
    expect(scored.map(j => j.r.wsjf)).toEqual([10, 1, 0.1]);
    const delayCost = (order: typeof scored): number => {
      let t = 0;
      return order.reduce((s, j) => { t += j.c.jobSize; return s + j.r.costOfDelay * t; }, 0);
    };
    const permutations = (xs: typeof scored): Array<typeof scored> => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map(p => [x, ...p])));
    const costs = permutations(scored).map(p => ({ order: p.map(j => j.name).join(''), cost: delayCost(p) }));
    const best = costs.reduce((a, b) => (b.cost < a.cost ? b : a));
    expect(best).toEqual({ order: 'ABC', cost: 36 });
    expect(scored.slice().sort((a, b) => b.r.wsjf - a.r.wsjf).map(j => j.name).join('')).toBe(best.order);
  });

  it('takes the board\'s means off the scale but refuses non-positive ones', () => {
    expect(wsjfOfMeans({ businessValue: 6.5, timeCriticality: 4, riskReduction: 2.5, jobSize: 6.5 }).wsjf).toBeCloseTo(2);
    expect(() => wsjfOfMeans({ businessValue: 1, timeCriticality: 1, riskReduction: 1, jobSize: 0 })).toThrow(/jobSize must be a number above 0/);
  });
});
