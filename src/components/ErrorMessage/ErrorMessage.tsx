import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { Button, Notice } from '../controls';
import { errorParts } from './errorText';
import type { IErrorMessageProps } from './IErrorMessageProps';

/**
 * An error as a user can act on it: a localized sentence for its kind (no access, throttled, not
 * found, …), then SharePoint's or Graph's own message, and an optional "Try again".
 */
export function ErrorMessage(props: IErrorMessageProps): React.ReactElement {
  const { sentence, detail } = errorParts(props.error);
  return (
    <Notice kind="error" actions={props.onRetry ? <Button onClick={props.onRetry}>{strings.RetryButton}</Button> : undefined}>
      <strong>{sentence}</strong>
      {detail && <span> {detail}</span>}
    </Notice>
  );
}
