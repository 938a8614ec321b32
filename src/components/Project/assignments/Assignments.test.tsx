import * as React from 'react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { ProjectAssignments, type IProjectAssignmentsProps } from './ProjectAssignments';
import { AssignmentsSection } from './AssignmentsSection';
import { gridMonths, gridOf, rowsOfGrid, withLine, withMonth, withoutLine } from './assignmentGrid';
import { moveProblems } from './MoveStart';
import { CapacityRefusedError, type IAssignmentRow } from '../../../services/CapacityService';
import { useTestLocale } from '../../../../tools/jest/locale';

const names = {
  roles: [{ id: 1, title: 'Developer', monthlyDays: 0 }, { id: 2, title: 'Analyst', monthlyDays: 20 }],
  people: [{ id: 10, title: 'Ana Alves', role: 1, fte: 1 }, { id: 11, title: 'Ben Brandt', role: 2, fte: 1 }]
};
const ROWS: IAssignmentRow[] = [
  { id: 101, roleId: 1, personId: 10, month: '2027-02', days: 10, state: 'Committed' },
  { id: 102, roleId: 1, personId: 10, month: '2027-03', days: 12.5, state: 'Committed' },
  { id: 103, roleId: 2, month: '2027-03', days: 4, state: 'Proposed' }
];

/** A capacity and project service double: the real services run against the emulator in their own tests. */
function services(rows: IAssignmentRow[] = ROWS): IProjectAssignmentsProps['capacity'] & { projects: NonNullable<IProjectAssignmentsProps['projects']>; sent: unknown[] } {
  let stored = rows.slice();
  const sent: unknown[] = [];
  return {
    sent,
    getProjectAssignments: async () => stored,
    getRolesAndPeople: async () => names,
    saveProjectAssignments: jest.fn(async (_id: number, r: ReadonlyArray<IAssignmentRow>) => {
      sent.push(['save', r]);
      if (r.some(x => x.personId === 11 && x.roleId === 1)) throw new CapacityRefusedError('personInvalid', `rows[${r.findIndex(x => x.personId === 11)}].personId`);
      stored = r.map((x, i) => ({ ...x, id: x.id ?? 200 + i }));
      return stored;
    }),
    previewShift: jest.fn(async () => ({ months: 2, rows: stored.length })),
    shiftProjectAssignments: jest.fn(async (_id: number, months: number) => { sent.push(['shift', months]); return stored.length; }),
    projects: { update: jest.fn(async () => undefined) }
  };
}

async function renderAssignments(s = services(), extra: Partial<IProjectAssignmentsProps> = {}): Promise<typeof s> {
  render(
    <ProjectAssignments
      capacity={s} projects={s.projects} projectId={12} startDate="2027-02-01" endDate="2027-04-30" etag={'"4"'} canEdit={true}
      locale="en-us" today="2027-01-15" reloadPage={async () => undefined} {...extra}
    />
  );
  await screen.findByTestId('assignments-table');
  return s;
}

beforeEach(() => useTestLocale('en-us'));

describe('the project\'s assignments (grid model)', () => {
  it('shows the project\'s months, widened to every month with a row, and reads the grid back into rows', () => {
    expect(gridMonths(ROWS, '2027-02-10', '2027-04-30', '2027-01-15')).toEqual(['2027-02', '2027-03', '2027-04']);
    expect(gridMonths([...ROWS, { roleId: 1, month: '2026-12', days: 1, state: 'Proposed' } as IAssignmentRow], '2027-02-10', undefined, '2027-01-15')[0]).toBe('2026-12');
    expect(gridMonths([], undefined, undefined, '2027-01-15')).toEqual(['2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06']);
    expect(gridMonths([], '2027-01-01', '2031-12-31', '2027-01-15')).toHaveLength(36);
    const grid = gridOf(ROWS, ['2027-02', '2027-03', '2027-04'], 'de-de');
    expect(grid.cells['1|10|Committed|2027-03']).toBe('12,5');
    const edited = { ...grid, cells: { ...grid.cells, '1|10|Committed|2027-02': '', '2||Proposed|2027-04': '3,5' } };
    expect(rowsOfGrid(edited, 'de-de', () => '').rows).toEqual([
      { id: 102, roleId: 1, personId: 10, month: '2027-03', days: 12.5, state: 'Committed' },
      { id: 103, roleId: 2, month: '2027-03', days: 4, state: 'Proposed' },
      { roleId: 2, month: '2027-04', days: 3.5, state: 'Proposed' }
    ]);
    const bad = { ...grid, cells: { ...grid.cells, '1|10|Committed|2027-02': '32', '2||Proposed|2027-03': '1,25' } };
    expect(rowsOfGrid(bad, 'de-de', (l, m) => `${l.roleId} ${m}`).problems).toEqual([
      { cell: '1|10|Committed|2027-02', label: '1 2027-02', kind: 'range' },
      { cell: '2||Proposed|2027-03', label: '2 2027-03', kind: 'invalid' }
    ]);
    const more = withMonth(withMonth(withLine(grid, 2, 11, 'Committed'), -1), 1);
    expect([more.lines.length, more.months[0], more.months[more.months.length - 1]]).toEqual([3, '2027-01', '2027-05']);
    expect(Object.keys(withoutLine(grid, '1|10|Committed').cells)).toEqual(['2||Proposed|2027-03']);
  });

  it('names what keeps a move of the start from being sent', () => {
    expect(moveProblems(undefined, undefined, '', '2027-02-01').map(p => p[1])).toEqual(['“New start” is required.', '“Reason for the change” is required.']);
    expect(moveProblems('2027-02-01', undefined, 'Later funding', '2027-02-01')).toEqual([['start', '“New start” is the current start. Enter another day.']]);
    expect(moveProblems('2027-04-01', undefined, 'Later funding', '2027-02-01')).toEqual([]);
  });
});

describe('the project\'s assignments on its page', () => {
  it('reads nothing until the section is opened (the page stays one round trip), then shows them; closing hides them', async () => {
    const s = services();
    const read = jest.spyOn(s, 'getProjectAssignments');
    render(<AssignmentsSection capacity={s} projectId={12} canEdit={false} locale="en-us" today="2027-01-15" reloadPage={async () => undefined} />);
    const toggle = screen.getByTestId('assignments-toggle');
    expect([toggle.textContent, toggle.getAttribute('aria-expanded')]).toEqual(['Show the assignments', 'false']);
    expect(read).not.toHaveBeenCalled();
    fireEvent.click(toggle);
    await screen.findByTestId('assignments-table');
    expect(read).toHaveBeenCalledWith(12);
    expect([toggle.textContent, toggle.getAttribute('aria-expanded')]).toEqual(['Hide the assignments', 'true']);
    fireEvent.click(toggle);
    expect(screen.queryByTestId('assignments-table')).toBeNull();
  });

  it('shows the lines (role, person, state) by month; readers get no editing', async () => {
    await renderAssignments(services(), { canEdit: false });
    const table = screen.getByTestId('assignments-table');
    expect(within(table).getAllByRole('rowheader').map(h => h.textContent)).toEqual(['Developer, Ana Alves, Committed', 'Analyst, no one named, Proposed']);
    expect(within(table).getAllByRole('row')[1].textContent).toContain('12.5');
    expect(screen.queryByTestId('assignments-edit')).toBeNull();
    expect(screen.queryByTestId('assignments-move')).toBeNull();
  });

  it('lets the manager edit the days, add a line and save; a cell that cannot be read is named and nothing is sent', async () => {
    const s = await renderAssignments();
    fireEvent.click(screen.getByTestId('assignments-edit'));
    const feb = screen.getByLabelText('Developer, Ana Alves, Committed, February 2027');
    fireEvent.change(feb, { target: { value: '40' } });
    await act(async () => { fireEvent.click(screen.getByTestId('assignments-save')); });
    expect(screen.getByTestId('assignments-problems').textContent).toContain('“Developer, Ana Alves, Committed, February 2027”: enter days from 0 to 31 with one decimal at most, such as 2.5.');
    expect(feb.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(feb);
    expect(s.sent).toEqual([]);
    fireEvent.change(feb, { target: { value: '8' } });
    fireEvent.click(screen.getByTestId('assignment-add-line'));
    expect(screen.getByText('Choose a role for the new line.')).toBeTruthy();
    fireEvent.change(screen.getByTestId('assignment-new-role'), { target: { value: '2' } });
    fireEvent.change(screen.getByTestId('assignment-new-person'), { target: { value: '11' } });
    fireEvent.click(screen.getByTestId('assignment-add-line'));
    expect(screen.getByTestId('assignment-added').textContent).toBe('Line added: Analyst, Ben Brandt, Committed.');
    fireEvent.change(screen.getByLabelText('Analyst, Ben Brandt, Committed, April 2027'), { target: { value: '5' } });
    await act(async () => { fireEvent.click(screen.getByTestId('assignments-save')); });
    expect(s.sent[0]).toEqual(['save', [
      { id: 101, roleId: 1, personId: 10, month: '2027-02', days: 8, state: 'Committed' },
      { id: 102, roleId: 1, personId: 10, month: '2027-03', days: 12.5, state: 'Committed' },
      { id: 103, roleId: 2, month: '2027-03', days: 4, state: 'Proposed' },
      { roleId: 2, personId: 11, month: '2027-04', days: 5, state: 'Committed' }
    ]]);
    await screen.findByText('The assignments have been saved.');
    expect(document.activeElement).toBe(screen.getByTestId('assignments-edit'));
  });

  it('tells the service\'s refusal naming the cell it is about', async () => {
    const s = await renderAssignments(services([{ id: 101, roleId: 1, personId: 11, month: '2027-02', days: 3, state: 'Committed' }]));
    fireEvent.click(screen.getByTestId('assignments-edit'));
    await act(async () => { fireEvent.click(screen.getByTestId('assignments-save')); });
    expect(screen.getByTestId('assignments-refused').textContent).toBe('“Developer, Ben Brandt, Committed, February 2027”: the person does not have this role.');
    expect(s.saveProjectAssignments).toHaveBeenCalledTimes(1);
  });

  it('moves the start after asking whether the assignments move too, saving with the ETag and the reason', async () => {
    const s = await renderAssignments();
    fireEvent.click(screen.getByTestId('assignments-move'));
    expect(screen.getByTestId('move-form').textContent).toContain('The project starts on');
    await act(async () => { fireEvent.click(screen.getByTestId('move-save')); });
    expect(screen.getByTestId('move-problems').textContent).toContain('“New start” is required.');
    const day = screen.getByLabelText(/^New start/);
    fireEvent.change(day, { target: { value: '4/1/2027' } });
    fireEvent.blur(day);
    fireEvent.change(screen.getByTestId('move-reason'), { target: { value: 'Funding arrives later' } });
    await act(async () => { fireEvent.click(screen.getByTestId('move-save')); });
    expect(s.previewShift).toHaveBeenCalledWith(12, '2027-02-01', '2027-04-01');
    expect(screen.getByTestId('move-confirm').textContent).toBe('Shift 3 assignments 2 months later as well?');
    expect(document.activeElement).toBe(screen.getByTestId('move-confirm'));
    expect(s.projects.update).not.toHaveBeenCalled();
    await act(async () => { fireEvent.click(screen.getByTestId('move-shift')); });
    expect(s.projects.update).toHaveBeenCalledWith(12, { startDate: '2027-04-01', reason: 'Funding arrives later' }, '"4"');
    expect(s.shiftProjectAssignments).toHaveBeenCalledWith(12, 2);
    expect((await screen.findByTestId('assignments-notice')).textContent).toMatch(/^The project now starts on .*; 3 assignments moved with it\.$/);
  });

  it('moves only the start when asked to', async () => {
    const s = await renderAssignments();
    fireEvent.click(screen.getByTestId('assignments-move'));
    const day = screen.getByLabelText(/^New start/);
    fireEvent.change(day, { target: { value: '1/1/2027' } });
    fireEvent.blur(day);
    fireEvent.change(screen.getByTestId('move-reason'), { target: { value: 'Earlier start agreed' } });
    await act(async () => { fireEvent.click(screen.getByTestId('move-save')); });
    await act(async () => { fireEvent.click(screen.getByTestId('move-start-only')); });
    expect(s.projects.update).toHaveBeenCalledWith(12, { startDate: '2027-01-01', reason: 'Earlier start agreed' }, '"4"');
    expect(s.shiftProjectAssignments).not.toHaveBeenCalled();
  });
});
