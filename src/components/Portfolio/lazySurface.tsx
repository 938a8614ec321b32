import * as React from 'react';

/**
 * A secondary surface (a panel or a dialog) whose code lives in its own lazily loaded chunk, so
 * that the web part's initial JavaScript holds only what its first view shows.
 */
export interface ILazySurface<P> {
  /**
   * Renders the surface. Once its chunk has loaded it renders at once; before that it renders
   * nothing, loads the chunk and then shows the surface. A chunk that fails to load is thrown to
   * the nearest error boundary (which offers to try again).
   */
  Component: React.FunctionComponent<P>;
  /** Starts loading the chunk (once; a failed load is tried again next time). Resolves when it has loaded. */
  preload(): Promise<void>;
}

/**
 * A lazily loaded surface from a loader that imports the component's module with a named chunk
 * (webpackChunkName), e.g. `() => import('./FilterPane').then(m => m.FilterPane)`.
 * Unlike React.lazy it needs no Suspense boundary, and a preloaded surface renders synchronously.
 */
export function lazySurface<P extends object>(load: () => Promise<React.ComponentType<P>>): ILazySurface<P> {
  let loaded: React.ComponentType<P> | undefined;
  let pending: Promise<void> | undefined;
  const preload = (): Promise<void> => {
    if (!pending) {
      pending = load().then(
        c => { loaded = c; },
        (e: unknown) => { pending = undefined; throw e; }
      );
    }
    return pending;
  };
  function Surface(props: P): React.ReactElement | null {
    const [, setLoaded] = React.useState(loaded !== undefined);
    const [error, setError] = React.useState<unknown>(undefined);
    React.useEffect(() => {
      if (loaded) return undefined;
      let active = true;
      preload().then(() => { if (active) setLoaded(true); }, (e: unknown) => { if (active) setError(e); });
      return () => { active = false; };
    }, []);
    if (error !== undefined) throw error;
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : null;
  }
  return { Component: Surface, preload };
}
