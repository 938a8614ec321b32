import * as React from 'react';
import { ErrorMessage } from '../ErrorMessage';
import type { IErrorBoundaryProps } from './IErrorBoundaryProps';

interface IErrorBoundaryState {
  error?: Error;
}

/** Catches a rendering error of a web part, shows it as any other error (ErrorMessage) and lets the user try again. */
export class ErrorBoundary extends React.Component<IErrorBoundaryProps, IErrorBoundaryState> {
  public state: IErrorBoundaryState = {};

  public static getDerivedStateFromError(error: Error): IErrorBoundaryState {
    return { error };
  }

  public render(): React.ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <ErrorMessage error={error} onRetry={() => this.setState({ error: undefined })} />;
  }
}
