import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { IsoDay } from '../../../domain/dates';
import { Button } from '../Button';
import { TextField } from '../TextField';
import { DayField, FormFrame, useFocusReturn, useForm, type FieldProblems } from '.';

const TEXTS = { problems: 'Check these fields:', save: 'Save', cancel: 'Cancel', working: 'Saving…' };

interface IValues { title: string; due?: IsoDay }

function EntryForm(props: { send: (v: IValues) => Promise<string>; onDone: (m: string) => void; onClose: () => void; refused?: (e: unknown) => FieldProblems<'title' | 'due'> | undefined }): React.ReactElement {
  const form = useForm<'title' | 'due', IValues>({
    initial: () => ({ title: '' }), version: '', fields: ['title', 'due'], idPrefix: 'entry',
    check: v => { const p: FieldProblems<'title' | 'due'> = {}; if (!v.title.trim()) p.title = '“Title” is required.'; return p; },
    refused: props.refused ?? (() => undefined), texts: { conflict: 'Someone saved first.', gone: 'It was deleted.' },
    send: props.send, onDone: props.onDone, onReload: async () => undefined
  });
  return (
    <FormFrame idPrefix="entry" heading="Add an entry" texts={TEXTS} form={form} onCancel={props.onClose}>
      <TextField id="entry-title" label="Title" value={form.values.title} onChange={title => form.change({ title })} errorMessage={form.problems.title} />
      <DayField
        idPrefix="entry" field="due" label="Due date" value={form.values.due} onChange={due => form.change({ due }, true)} error={form.problems.due}
        onProblem={m => form.setTyped('due', m)} locale="en-us" today={'2027-03-01' as IsoDay} invalidTemplate="“{0}”: enter a date such as {1}."
      />
    </FormFrame>
  );
}

function Page(props: { send: (v: IValues) => Promise<string> }): React.ReactElement {
  const [open, setOpen] = React.useState(false);
  const [done, setDone] = React.useState('');
  const focus = useFocusReturn();
  const close = (): void => { setOpen(false); focus.closed(); };
  return (
    <>
      {done && <p>{done}</p>}
      {!open && <Button onClick={e => { setDone(''); focus.opening(e.currentTarget); setOpen(true); }} data-testid="add">Add an entry</Button>}
      {open && <EntryForm send={props.send} onDone={m => { close(); setDone(m); }} onClose={close} />}
    </>
  );
}

/** A pointer's click on Save as a browser makes it: the press moves the focus (the date field reads its text on leaving), then the click. */
async function pressSave(): Promise<void> {
  const save = screen.getByTestId('entry-save');
  act(() => save.focus());
  await act(async () => { fireEvent.click(save); });
}

describe('the governance form frame', () => {
  it('tells a refusal about a field the form does not show above the fields (trial finding: an approval refused for its cost said nothing)', async () => {
    const send = jest.fn(async (): Promise<string> => { throw new Error('refused'); });
    const refused = (): FieldProblems<'title' | 'due'> => ({ costImpact: '“Impact on cost”: a saving books no budget line.' } as FieldProblems<'title' | 'due'>);
    render(<EntryForm send={send} onDone={() => undefined} onClose={() => undefined} refused={refused} />);
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Archive' } });
    await pressSave();
    expect(send).toHaveBeenCalled();
    expect(screen.getByTestId('entry-refused').textContent).toBe('“Impact on cost”: a saving books no budget line.');
  });

  it('keeps the list of problems until the next Save, so that a date corrected on blur does not move Save (trial finding: the click was lost)', async () => {
    const send = jest.fn(async (v: IValues) => `Saved “${v.title}” due ${v.due ?? ''}.`);
    render(<Page send={send} />);
    fireEvent.click(screen.getByTestId('add'));
    const due = screen.getByLabelText('Due date');
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Archive' } });
    act(() => due.focus());
    fireEvent.change(due, { target: { value: '31/12/2026' } });
    await pressSave();
    expect(screen.getByTestId('entry-problems').textContent).toContain('“Due date”: enter a date such as');
    expect(send).not.toHaveBeenCalled();
    // Corrected: leaving the field (the pointer's press on Save) keeps the list and the field's message where they were.
    const before = screen.getByTestId('entry-problems').textContent;
    act(() => due.focus());
    fireEvent.change(due, { target: { value: '12/31/2026' } });
    act(() => screen.getByTestId('entry-save').focus());
    expect(screen.getByTestId('entry-problems').textContent).toBe(before);
    expect(due.getAttribute('aria-invalid')).toBe('true');
    await pressSave();
    expect(send).toHaveBeenCalledWith({ title: 'Archive', due: '2026-12-31' });
    expect(screen.getByText('Saved “Archive” due 2026-12-31.')).toBeTruthy();
  });

  it('focuses its heading when it opens and gives the focus back to the button that opened it on Cancel and on Save', async () => {
    render(<Page send={async v => `Saved “${v.title}”.`} />);
    fireEvent.click(screen.getByTestId('add'));
    expect(document.activeElement?.id).toBe('entry-heading');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(screen.getByTestId('add'));
    fireEvent.click(screen.getByTestId('add'));
    fireEvent.click(screen.getByTestId('entry-save'));
    // A problem: the first field takes the focus.
    expect(document.activeElement?.id).toBe('entry-title');
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Archive' } });
    await act(async () => { fireEvent.click(screen.getByTestId('entry-save')); });
    expect(screen.getByText('Saved “Archive”.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByTestId('add'));
  });
});
