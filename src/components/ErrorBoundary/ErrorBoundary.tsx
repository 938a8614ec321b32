import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { DefaultButton } from '@fluentui/react/lib/Button';
import type { IErrorBoundaryProps } from './IErrorBoundaryProps';

interface IErrorBoundaryState {
  error?: Error;
}

/** Catches a rendering error of a web part, shows it and lets the user try again. */
export class ErrorBoundary extends React.Component<IErrorBoundaryProps, IErrorBoundaryState> {
  public state: IErrorBoundaryState = {};

  public static getDerivedStateFromError(error: Error): IErrorBoundaryState {
    return { error };
  }

  public render(): React.ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <MessageBar
        messageBarType={MessageBarType.error}
        isMultiline={true}
        actions={<DefaultButton onClick={() => this.setState({ error: undefined })}>{this.props.retryLabel}</DefaultButton>}
      >
        <strong>{this.props.title}</strong> {error.message}
      </MessageBar>
    );
  }
}
