import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { errorParts } from './errorText';
import type { IErrorMessageProps } from './IErrorMessageProps';

/**
 * An error as a user can act on it: a localized sentence for its kind (no access, throttled, not
 * found, …), then SharePoint's or Graph's own message, and an optional "Try again".
 */
export function ErrorMessage(props: IErrorMessageProps): React.ReactElement {
  const { sentence, detail } = errorParts(props.error);
  return (
    <MessageBar
      messageBarType={MessageBarType.error}
      isMultiline={true}
      actions={props.onRetry ? <DefaultButton onClick={props.onRetry}>{strings.RetryButton}</DefaultButton> : undefined}
    >
      <strong>{sentence}</strong>
      {detail && <span> {detail}</span>}
    </MessageBar>
  );
}
