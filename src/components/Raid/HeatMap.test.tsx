import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { riskHeatMap } from '../../domain/governance';
import type { IRisk } from '../../services/RiskService';
import { HeatMap, moveCell, type ICellKey } from './HeatMap';
import { RiskRegister } from './RiskRegister';

const risk = (id: number, probability: number, impact: number, status: string, title: string): IRisk => ({
  id, probability, impact, status, title, score: probability * impact, etag: `"${id}"`
});

/** Project 8's register as the trial found it: six open risks, one occurred (P5 × I3), one closed. */
const RISKS: IRisk[] = [
  risk(1, 4, 5, 'Open', 'Key supplier insolvency'),
  risk(2, 3, 4, 'Mitigating', 'Scope creep'),
  risk(3, 2, 2, 'Open', 'Licence costs rise'),
  risk(4, 1, 5, 'Open', 'Data centre outage'),
  risk(5, 3, 3, 'Open', 'Key staff leave'),
  risk(6, 2, 4, 'Mitigating', 'Late approvals'),
  risk(7, 5, 3, 'Occurred', 'Data migration quality is poor'),
  risk(8, 1, 1, 'Closed', 'Office move')
];

/** The heat map wired as the Risks tab wires it: a selected cell filters. */
function Selectable(props: { onSelect?: (c: ICellKey | undefined) => void }): React.ReactElement {
  const [cell, setCell] = React.useState<ICellKey | undefined>(undefined);
  return <HeatMap heatMap={riskHeatMap(RISKS)} locale="en-us" selected={cell} onSelect={c => { setCell(c); props.onSelect?.(c); }} />;
}

const tabStops = (root: HTMLElement): HTMLElement[] => Array.from(root.querySelectorAll<HTMLElement>('button, [tabindex]')).filter(el => el.tabIndex >= 0);

describe('the heat map keyboard', () => {
  it('moves one cell per arrow key and stops at the edges; Home and End go along the row, with Ctrl to the corners', () => {
    const at = { probability: 3, impact: 3 };
    expect(moveCell('ArrowUp', at)).toEqual({ probability: 4, impact: 3 });
    expect(moveCell('ArrowDown', at)).toEqual({ probability: 2, impact: 3 });
    expect(moveCell('ArrowLeft', at)).toEqual({ probability: 3, impact: 2 });
    expect(moveCell('ArrowRight', at)).toEqual({ probability: 3, impact: 4 });
    expect(moveCell('ArrowUp', { probability: 5, impact: 1 })).toEqual({ probability: 5, impact: 1 });
    expect(moveCell('ArrowRight', { probability: 1, impact: 5 })).toEqual({ probability: 1, impact: 5 });
    expect(moveCell('Home', at)).toEqual({ probability: 3, impact: 1 });
    expect(moveCell('End', at)).toEqual({ probability: 3, impact: 5 });
    expect(moveCell('Home', at, true)).toEqual({ probability: 5, impact: 1 });
    expect(moveCell('End', at, true)).toEqual({ probability: 1, impact: 5 });
    expect(moveCell('Enter', at)).toBeUndefined();
  });

  it('is one tab stop; the arrow keys move the focus between the cells and Enter filters, the selection announced', () => {
    const chosen: Array<ICellKey | undefined> = [];
    render(<Selectable onSelect={c => chosen.push(c)} />);
    const map = screen.getByRole('grid', { name: 'Heat map of the open risks: probability by impact' });
    expect(tabStops(map)).toEqual([screen.getByTestId('raid-cell-5-1')]);
    expect(within(map).getAllByRole('columnheader')).toHaveLength(6);
    expect(within(map).getAllByRole('rowheader').map(h => h.textContent)).toEqual(['Probability 5', 'Probability 4', 'Probability 3', 'Probability 2', 'Probability 1']);
    screen.getByTestId('raid-cell-5-1').focus();
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(document.activeElement).toBe(screen.getByTestId('raid-cell-4-5'));
    expect(tabStops(map)).toEqual([screen.getByTestId('raid-cell-4-5')]);
    expect(chosen).toEqual([]); // moving does not filter
    fireEvent.click(document.activeElement as Element); // Enter and Space press a focused button
    expect(chosen).toEqual([{ probability: 4, impact: 5 }]);
    expect(screen.getByTestId('raid-cell-4-5').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('raid-heatmap-announce').textContent).toBe('Selected cell: Probability 4, impact 5, band High. Open risks: 1.');
    expect(map.getAttribute('aria-describedby')).toBe('raid-heatmap-keys');
    expect(document.getElementById('raid-heatmap-keys')?.textContent).toMatch(/^Move between the cells with the arrow keys, Home and End\./);
  });

  it('keeps the read-only portfolio map navigable: one tab stop on a cell, arrows move it', () => {
    render(<HeatMap heatMap={riskHeatMap(RISKS)} locale="en-us" />);
    const map = screen.getByRole('grid');
    expect(map.getAttribute('aria-readonly')).toBe('true');
    expect(within(map).queryAllByRole('button')).toHaveLength(0);
    const first = tabStops(map);
    expect(first).toHaveLength(1);
    expect(first[0].textContent).toContain('Probability 5, impact 1');
    first[0].focus();
    fireEvent.keyDown(first[0], { key: 'End', ctrlKey: true });
    expect(document.activeElement?.textContent).toContain('Probability 1, impact 5, band Medium. Open risks: 1.');
    expect(tabStops(map)).toEqual([document.activeElement]);
    expect(screen.queryByTestId('raid-heatmap-announce')).toBeNull();
  });
});

describe('the risk register and the heat map', () => {
  it('shows by default the risks the heat map counts; the others on request, their status in words', () => {
    const heatMap = riskHeatMap(RISKS);
    render(<RiskRegister risks={RISKS} locale="en-us" />);
    const rows = (): string[] => screen.getAllByTestId('raid-risk-row').map(r => within(r).getByRole('rowheader').textContent ?? '');
    expect(rows()).toHaveLength(heatMap.total + heatMap.unrated);
    expect(rows()).not.toContain('Data migration quality is poor');
    const others = screen.getByRole('checkbox', { name: 'Show closed and occurred risks (2)' });
    fireEvent.click(others);
    expect(rows()).toHaveLength(RISKS.length);
    const occurred = screen.getAllByTestId('raid-risk-row').filter(r => r.textContent?.includes('Data migration quality is poor'))[0];
    expect(occurred.textContent).toContain('Occurred');
    expect(screen.getAllByTestId('raid-risk-row').filter(r => r.textContent?.includes('Office move'))[0].textContent).toContain('Closed');
    fireEvent.click(others);
    expect(rows()).toHaveLength(6);
  });

  it('offers no such control when every risk is open, and says so when none is', () => {
    const { unmount } = render(<RiskRegister risks={RISKS.slice(0, 6)} locale="en-us" />);
    expect(screen.queryByTestId('raid-show-others')).toBeNull();
    unmount();
    render(<RiskRegister risks={RISKS.slice(6)} locale="en-us" />);
    expect(screen.getByTestId('raid-risks-none-open').textContent).toBe('No risk is open. The closed and occurred risks are hidden.');
    expect(screen.queryByTestId('raid-risks')).toBeNull();
  });
});
