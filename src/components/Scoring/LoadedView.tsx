import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { Notice, Spinner } from '../controls';
import { ErrorMessage } from '../ErrorMessage';
import type { Loaded } from './useScoring';

/** Props of a view of a loaded list. */
export interface ILoadedViewProps<T> {
  state: Loaded<ReadonlyArray<T>>;
  /** Loads again after an error ("Try again"). */
  reload: () => void;
  /** What an empty list says. */
  emptyText: string;
  /** Renders the list (never empty). */
  children: (items: ReadonlyArray<T>) => React.ReactElement;
  'data-testid'?: string;
}

/** A list's loading, error and empty states, then the list itself. */
export function LoadedView<T>(props: ILoadedViewProps<T>): React.ReactElement {
  const { state } = props;
  if (state.status === 'loading') return <Spinner label={strings.LoadingLabel} />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={props.reload} />;
  if (state.value.length === 0) return <Notice kind="info" data-testid={props['data-testid']}>{props.emptyText}</Notice>;
  return props.children(state.value);
}
