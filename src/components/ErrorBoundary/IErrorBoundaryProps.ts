import type * as React from 'react';

export interface IErrorBoundaryProps {
  /** Title shown above the error message when a child throws while rendering. */
  title: string;
  /** Label of the button that renders the children again. */
  retryLabel: string;
  /** The web part's content. */
  children?: React.ReactNode;
}
