import type * as React from 'react';

export interface IErrorBoundaryProps {
  /** The web part's content. */
  children?: React.ReactNode;
}
