import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { CheckboxGroup, DateField, LookupField, ProgressBar, RadioGroup, Tabs, TextField, parseDayText, type ILookupItem } from '.';

const LABELS = { open: 'Calendar: Start', loading: 'Loading…', goToToday: 'Go to today', prevMonth: 'Previous month', nextMonth: 'Next month', prevYear: 'Previous year', nextYear: 'Next year', close: 'Close' };

describe('Tabs', () => {
  function Harness(props: { onSelect?: (key: string) => void }): React.ReactElement {
    const [key, setKey] = React.useState('a');
    return (
      <Tabs label="Views" tabs={[{ key: 'a', text: 'First' }, { key: 'b', text: 'Second' }, { key: 'c', text: 'Third' }]} selectedKey={key} onSelect={k => { props.onSelect?.(k); setKey(k); }}>
        <p>Panel {key}</p>
      </Tabs>
    );
  }

  it('moves focus with the arrow keys (wrapping), Home and End, and shows a panel only on Enter, Space or a click', () => {
    const onSelect = jest.fn();
    render(<Harness onSelect={onSelect} />);
    const tabs = within(screen.getByRole('tablist', { name: 'Views' })).getAllByRole('tab');
    expect(tabs.map(t => t.tabIndex)).toEqual([0, -1, -1]);
    act(() => tabs[0].focus());
    fireEvent.keyDown(tabs[0], { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tabs[1]);
    fireEvent.keyDown(tabs[1], { key: 'End' });
    expect(document.activeElement).toBe(tabs[2]);
    fireEvent.keyDown(tabs[2], { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tabs[0]);
    fireEvent.keyDown(tabs[0], { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(tabs[2]);
    fireEvent.keyDown(tabs[2], { key: 'Home' });
    expect(document.activeElement).toBe(tabs[0]);
    // Moving focus does not change the panel (manual activation).
    expect(onSelect).not.toHaveBeenCalled();
    expect(screen.getByRole('tabpanel').textContent).toBe('Panel a');
    fireEvent.click(tabs[1]);
    expect(onSelect).toHaveBeenCalledWith('b');
    const panel = screen.getByRole('tabpanel', { name: 'Second' });
    expect(panel.textContent).toBe('Panel b');
    expect(tabs[1].getAttribute('aria-selected')).toBe('true');
    expect(tabs[1].getAttribute('aria-controls')).toBe(panel.id);
    expect(tabs.map(t => t.tabIndex)).toEqual([-1, 0, -1]);
  });
});

describe('TextField', () => {
  it('ties its error and description to the input and marks it invalid only while there is an error', () => {
    const { rerender } = render(<TextField label="Business unit" required={true} value="" onChange={() => undefined} description="Your department" errorMessage="Business unit is required." />);
    const input = screen.getByRole('textbox', { name: /Business unit/ });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ').map(id => document.getElementById(id)?.textContent);
    expect(described).toEqual(['Business unit is required.', 'Your department']);
    expect((input as HTMLInputElement).required).toBe(true);
    rerender(<TextField label="Business unit" required={true} value="x" onChange={() => undefined} description="Your department" />);
    expect(input.getAttribute('aria-invalid')).toBe('false');
    expect(input.getAttribute('aria-describedby')).toBe(`${input.id}-desc`);
    expect(screen.queryByText('Business unit is required.')).toBeNull();
  });

  it('is a textarea of the rows asked for when multi-line, and reports each change', () => {
    const onChange = jest.fn();
    render(<TextField label="Goals" multiline={true} rows={4} value="" onChange={onChange} />);
    const area = screen.getByRole('textbox', { name: 'Goals' }) as HTMLTextAreaElement;
    expect([area.tagName, area.rows]).toEqual(['TEXTAREA', 4]);
    fireEvent.change(area, { target: { value: 'Faster answers' } });
    expect(onChange).toHaveBeenCalledWith('Faster answers');
  });
});

describe('RadioGroup and CheckboxGroup', () => {
  it('names a radio group by its legend and ties its error to it', () => {
    const onChange = jest.fn();
    render(<RadioGroup label="Processes personal data" required={true} options={[{ key: 'yes', text: 'Yes' }, { key: 'no', text: 'No' }]} selectedKey={undefined} onChange={onChange} errorMessage="Answer Yes or No." />);
    const group = screen.getByRole('radiogroup', { name: 'Processes personal data' });
    expect(group.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(group.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Answer Yes or No.');
    fireEvent.click(within(group).getByRole('radio', { name: 'No' }));
    expect(onChange).toHaveBeenCalledWith('no');
  });

  it('adds a checked option after the others and removes an unchecked one', () => {
    const onChange = jest.fn();
    render(<CheckboxGroup label="Objectives" options={[{ key: '1', text: 'SO-1' }, { key: '2', text: 'SO-2' }]} selectedKeys={['2']} onChange={onChange} errorMessage="Choose one." />);
    const group = screen.getByRole('group', { name: 'Objectives' });
    expect(document.getElementById(group.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Choose one.');
    fireEvent.click(within(group).getByRole('checkbox', { name: 'SO-1' }));
    expect(onChange).toHaveBeenLastCalledWith(['2', '1']);
    fireEvent.click(within(group).getByRole('checkbox', { name: 'SO-2' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
  });
});

describe('ProgressBar', () => {
  it('is a named progressbar with a value when the share done is known, and without one otherwise', () => {
    const { rerender } = render(<ProgressBar label="Submitting" description="Uploading a.pdf (1 of 2)" percentComplete={0.5} />);
    const bar = screen.getByRole('progressbar', { name: 'Submitting' });
    expect(bar.getAttribute('aria-valuenow')).toBe('50');
    expect(document.getElementById(bar.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Uploading a.pdf (1 of 2)');
    rerender(<ProgressBar label="Submitting" />);
    expect(bar.getAttribute('aria-valuenow')).toBeNull();
  });
});

describe('parseDayText', () => {
  it('reads the order of the locale: month first in en-us, day first in de-de, and ISO in both', () => {
    expect(['3/1/2027', '03/01/2027', '2027-03-01', '12/31/2027'].map(t => parseDayText(t, 'en-us'))).toEqual(['2027-03-01', '2027-03-01', '2027-03-01', '2027-12-31']);
    expect(['1.3.2027', '01.03.2027', '2027-03-01', '31.12.2027'].map(t => parseDayText(t, 'de-de'))).toEqual(['2027-03-01', '2027-03-01', '2027-03-01', '2027-12-31']);
    expect(['31/12/2027', '13/1/2027'].map(t => parseDayText(t, 'en-us'))).toEqual([undefined, undefined]);
    expect(['31.02.2027', '1.3.27', 'März 2027', ''].map(t => parseDayText(t, 'de-de'))).toEqual([undefined, undefined, undefined, undefined]);
    expect([parseDayText('1-3-2027', 'nl-nl'), parseDayText('1/3/2027', 'fr-fr')]).toEqual(['2027-03-01', '2027-03-01']);
  });
});

describe('DateField', () => {
  function Harness(props: { locale: string; initial?: string; min?: string; onChange?: (d: string | undefined) => void }): React.ReactElement {
    const [day, setDay] = React.useState<string | undefined>(props.initial);
    return (
      <DateField label="Start" locale={props.locale} value={day} onChange={d => { props.onChange?.(d); setDay(d); }} invalidMessage="Enter a date such as 03/01/2027." min={props.min} outOfBoundsMessage="Too early." calendar={LABELS} />
    );
  }
  const type = (input: HTMLElement, text: string): void => {
    act(() => input.focus());
    fireEvent.change(input, { target: { value: text } });
    fireEvent.blur(input);
  };

  it('reads a typed day in the user\'s locale and shows it the locale\'s way (English and German)', () => {
    const onChange = jest.fn();
    const { unmount } = render(<Harness locale="en-us" onChange={onChange} />);
    const en = screen.getByRole('combobox', { name: 'Start' }) as HTMLInputElement;
    type(en, '3/1/2027');
    expect(onChange).toHaveBeenLastCalledWith('2027-03-01');
    expect(en.value).toBe('03/01/2027');
    unmount();
    render(<Harness locale="de-de" onChange={onChange} />);
    const de = screen.getByRole('combobox', { name: 'Start' }) as HTMLInputElement;
    type(de, '3.1.2027');
    expect(onChange).toHaveBeenLastCalledWith('2027-01-03');
    expect(de.value).toBe('03.01.2027');
  });

  it('shows the expected format in the user\'s locale as the field\'s description before any error (trial finding: no hint until an error)', () => {
    const year = new Date().getFullYear();
    const { unmount } = render(<Harness locale="en-us" />);
    const en = screen.getByRole('combobox', { name: 'Start' });
    expect(document.getElementById(en.getAttribute('aria-describedby') ?? '')?.textContent).toBe(`For example, 12/31/${year}`);
    unmount();
    render(<Harness locale="de-de" />);
    const de = screen.getByRole('combobox', { name: 'Start' });
    expect(document.getElementById(de.getAttribute('aria-describedby') ?? '')?.textContent).toContain(`31.12.${year}`);
  });

  it('refuses text that is not a date with its message, keeping the text to correct (trial finding: it was erased); an emptied field clears the day', () => {
    const onChange = jest.fn();
    render(<Harness locale="de-de" initial="2027-03-01" onChange={onChange} />);
    const input = screen.getByRole('combobox', { name: 'Start' }) as HTMLInputElement;
    expect(input.value).toBe('01.03.2027');
    type(input, '31.02.2027');
    expect(onChange).not.toHaveBeenCalled();
    expect(input.value).toBe('31.02.2027');
    expect(screen.getByRole('alert').textContent).toBe('Enter a date such as 03/01/2027.');
    expect(input.getAttribute('aria-describedby')).toBe(screen.getByRole('alert').id);
    type(input, '');
    expect(onChange).toHaveBeenLastCalledWith(undefined);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses a day before min as invalid and keeps what was typed', () => {
    const onChange = jest.fn();
    render(<Harness locale="en-us" min="2027-01-01" onChange={onChange} />);
    const input = screen.getByRole('combobox', { name: 'Start' }) as HTMLInputElement;
    type(input, '12/31/2026');
    expect(onChange).not.toHaveBeenCalled();
    expect([input.value, input.getAttribute('aria-invalid'), screen.getByRole('alert').textContent]).toEqual(['12/31/2026', 'true', 'Too early.']);
  });

  it('opens the calendar dialog from the keyboard and closes it with Escape, back in the input', async () => {
    render(<Harness locale="en-us" initial="2027-03-01" />);
    const input = screen.getByRole('combobox', { name: 'Start' });
    act(() => input.focus());
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-expanded')).toBe('true');
    // The calendar is a lazy chunk (Fluent's Calendar): on a busy machine its first import takes more
    // than findByRole's default second, so wait for it as long as a slow first load may take.
    const dialog = await screen.findByRole('dialog', { name: 'Start' }, { timeout: 10000 });
    expect(input.getAttribute('aria-controls')).toBe(dialog.id);
    // The heading is the month in the locale's short form, as the month picker's buttons are (it fits the calendar's header).
    await waitFor(() => expect(within(dialog).getAllByText('Mar 2027').length).toBeGreaterThan(0));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(input);
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('LookupField', () => {
  const PEOPLE: ILookupItem[] = [{ key: 'p', text: 'Pieter Bakker', secondaryText: 'Director' }, { key: 'a', text: 'Anna Schmidt' }];
  const labels = { suggestions: 'Suggested people', loading: 'Searching…', noResults: 'No people found', remove: (i: ILookupItem) => `Remove ${i.text}` };

  function Harness(props: { search: (t: string) => Promise<ILookupItem[]> }): React.ReactElement {
    const [value, setValue] = React.useState<ILookupItem | undefined>();
    return <LookupField label="Sponsor" value={value} onChange={setValue} search={props.search} labels={labels} delayMs={0} errorMessage={value ? undefined : 'Sponsor is required.'} />;
  }

  it('suggests as the user types; Down, Up and Enter choose one; its remove button brings the search back', async () => {
    const search = jest.fn((t: string) => Promise.resolve(PEOPLE.filter(p => p.text.toLowerCase().indexOf(t.toLowerCase()) >= 0 || t === '*')));
    render(<Harness search={search} />);
    const input = screen.getByRole('combobox', { name: /Sponsor/ });
    expect(document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Sponsor is required.');
    act(() => input.focus());
    fireEvent.change(input, { target: { value: '*' } });
    const list = await screen.findByRole('listbox', { name: 'Suggested people' });
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(2));
    expect(input.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    const active = document.getElementById(input.getAttribute('aria-activedescendant') ?? '');
    expect(active?.textContent).toBe('Pieter BakkerDirector');
    fireEvent.keyDown(input, { key: 'Enter' });
    const remove = await screen.findByRole('button', { name: 'Remove Pieter Bakker' });
    expect(document.activeElement).toBe(remove);
    expect(search).toHaveBeenCalledWith('*');
    fireEvent.click(remove);
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: /Sponsor/ }));
  });

  it('says when nothing was found, and Escape closes the list, then clears the text', async () => {
    render(<Harness search={() => Promise.resolve([])} />);
    const input = screen.getByRole('combobox', { name: /Sponsor/ }) as HTMLInputElement;
    act(() => input.focus());
    fireEvent.change(input, { target: { value: 'zz' } });
    expect(await screen.findByText('No people found')).toBeTruthy();
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.value).toBe('zz');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('');
  });
});
