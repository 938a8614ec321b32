import * as React from 'react';
import { render, screen, fireEvent } from '@testing-library/react';
import { ErrorBoundary } from './ErrorBoundary';

describe('ErrorBoundary', () => {
  it('shows a rendering error as an error message and renders the content again on retry', async () => {
    let fail = true;
    const Content = (): React.ReactElement => {
      if (fail) throw new Error('The view could not be drawn');
      return <p>Content is back</p>;
    };
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined); // React logs caught render errors
    render(<ErrorBoundary><Content /></ErrorBoundary>);
    expect(await screen.findByText(/The view could not be drawn/)).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Content is back')).toBeTruthy();
    spy.mockRestore();
  });
});
