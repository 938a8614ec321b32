import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { describeError } from '../../services/errors';
import type { IErrorMessageProps } from './IErrorMessageProps';

/**
 * An error as a user can act on it: a localized sentence for its kind (no access, throttled, not
 * found, …), then SharePoint's or Graph's own message, and an optional "Try again".
 */
export function ErrorMessage(props: IErrorMessageProps): React.ReactElement {
  const e = describeError(props.error);
  const sentence = strings[`Error_${e.kind}`] || strings.ErrorTitle;
  return (
    <MessageBar
      messageBarType={MessageBarType.error}
      isMultiline={true}
      actions={props.onRetry ? <DefaultButton onClick={props.onRetry}>{strings.RetryButton}</DefaultButton> : undefined}
    >
      <strong>{sentence}</strong>
      {e.detail && e.detail !== sentence && <span> {e.detail}</span>}
    </MessageBar>
  );
}
