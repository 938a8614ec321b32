import { earnedValue, rollUpEarnedValue, rollUpEarnedValueBy } from './index';

describe('earned value roll-up (programme and portfolio)', () => {
  const small = { pv: 100, ev: 50, ac: 100, bac: 200 }; // SPI 0.5, CPI 0.5
  const large = { pv: 900, ev: 900, ac: 900, bac: 1800 }; // SPI 1, CPI 1

  it('sums, then divides: the large project weighs more than the mean of ratios would let it', () => {
    const r = rollUpEarnedValue([small, large]);
    expect(r.totals).toEqual({ pv: 1000, ev: 950, ac: 1000, bac: 2000 });
    expect(r.spi.value).toBe(0.95);
    expect(r.cpi.value).toBe(0.95);
    const meanOfRatios = ((earnedValue(small).spi as number) + (earnedValue(large).spi as number)) / 2;
    expect(meanOfRatios).toBe(0.75);
    expect(r.spi.value).not.toBe(meanOfRatios);
    expect([r.projects, r.spiProjects, r.cpiProjects]).toEqual([2, 2, 2]);
  });

  it('counts a project in SPI or CPI only when it has both of that index\'s inputs', () => {
    const noActuals = { pv: 100, ev: 100, bac: 100 };
    const noPlan = { ev: 10, ac: 40 };
    const r = rollUpEarnedValue([small, noActuals, noPlan, { pv: -5, ev: 5, ac: 5 }]);
    expect(r.spi.value).toBe((50 + 100) / (100 + 100)); // the negative PV is invalid: that project is left out of SPI
    expect(r.cpi.value).toBe((50 + 10 + 5) / (100 + 40 + 5));
    expect([r.spiProjects, r.cpiProjects]).toEqual([2, 3]);
    expect(r.totals).toEqual({ pv: 200, ev: 165, ac: 145, bac: 300 });
  });

  it('gives the reason instead of an index for nothing to roll up or a zero sum', () => {
    expect(rollUpEarnedValue([]).spi).toEqual({ value: null, reason: 'missingInput', inputs: ['pv', 'ev'] });
    expect(rollUpEarnedValue([{ ev: 1 }]).cpi).toEqual({ value: null, reason: 'missingInput', inputs: ['ev', 'ac'] });
    expect(rollUpEarnedValue([{ pv: 0, ev: 0, ac: 0 }]).spi).toEqual({ value: null, reason: 'divisionByZero', divisor: 'pv' });
    expect(rollUpEarnedValue([{ pv: 0, ev: 0, ac: 0 }]).cpi).toEqual({ value: null, reason: 'divisionByZero', divisor: 'ac' });
  });

  it('rolls up per programme, groups in order of appearance', () => {
    const rows = [
      { programme: 'B', ...small },
      { programme: 'A', ...large },
      { programme: 'B', ...large }
    ];
    const groups = rollUpEarnedValueBy(rows, r => r.programme);
    expect(groups.map(g => [g.key, g.projects, g.spi.value])).toEqual([['B', 2, 0.95], ['A', 1, 1]]);
  });

  it('rolls 5,000 projects up in one pass', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ pv: 1000, ev: i % 2 === 0 ? 900 : 1000, ac: 1000, bac: 2000 }));
    const r = rollUpEarnedValue(many);
    expect(r.spi.value).toBe(0.95);
    expect(r.totals.bac).toBe(10000000);
  });
});
