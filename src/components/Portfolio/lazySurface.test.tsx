import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { lazySurface } from './lazySurface';
import { ErrorBoundary } from '../ErrorBoundary';

function Greeting(props: { name: string }): React.ReactElement {
  return <p>Hello {props.name}</p>;
}

/** A loader whose promise the test settles, counting its calls. */
function controlledLoader(): { load: jest.Mock<Promise<React.ComponentType<{ name: string }>>>; resolve: () => void; reject: (e: Error) => void } {
  let resolve: () => void = () => undefined;
  let reject: (e: Error) => void = () => undefined;
  const load = jest.fn(() => new Promise<React.ComponentType<{ name: string }>>((res, rej) => {
    resolve = () => res(Greeting);
    reject = rej;
  }));
  return { load, resolve: () => resolve(), reject: e => reject(e) };
}

describe('lazySurface', () => {
  it('renders nothing until its chunk has loaded, then the surface, and loads the chunk once', async () => {
    const loader = controlledLoader();
    const Lazy = lazySurface(loader.load);
    const { rerender } = render(<Lazy.Component name="Anna" />);
    expect(screen.queryByText('Hello Anna')).toBeNull();
    await act(async () => { loader.resolve(); await Promise.resolve(); });
    expect(screen.getByText('Hello Anna')).toBeTruthy();
    rerender(<Lazy.Component name="Hugo" />);
    expect(screen.getByText('Hello Hugo')).toBeTruthy();
    expect(loader.load).toHaveBeenCalledTimes(1);
  });

  it('renders a preloaded surface at once, in the same render', async () => {
    const loader = controlledLoader();
    const Lazy = lazySurface(loader.load);
    const preloaded = Lazy.preload();
    loader.resolve();
    await preloaded;
    render(<Lazy.Component name="Anna" />);
    expect(screen.getByText('Hello Anna')).toBeTruthy();
    expect(loader.load).toHaveBeenCalledTimes(1);
  });

  it('shows a chunk that failed to load as an error, and loads it again on "Try again"', async () => {
    const loader = controlledLoader();
    const Lazy = lazySurface(loader.load);
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<ErrorBoundary><Lazy.Component name="Anna" /></ErrorBoundary>);
    await act(async () => { loader.reject(new Error('Loading chunk portfolio-filters failed.')); await Promise.resolve(); });
    expect(screen.getByText(/Loading chunk portfolio-filters failed\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(loader.load).toHaveBeenCalledTimes(2);
    await act(async () => { loader.resolve(); await Promise.resolve(); });
    expect(screen.getByText('Hello Anna')).toBeTruthy();
    error.mockRestore();
  });
});
