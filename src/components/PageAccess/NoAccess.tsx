import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { Notice } from '../controls';
import { formatString } from '../../domain/text';

/** Props of {@link NoAccess}. */
export interface INoAccessProps {
  /** The page's title in the user's language (e.g. "Project requests"). */
  pageTitle: string;
}

/**
 * What a page says to a user who may not use it (they cannot read its list): a heading and one plain
 * sentence in their language, instead of SharePoint's raw "List … does not exist" error.
 */
export function NoAccess(props: INoAccessProps): React.ReactElement {
  return (
    <section aria-labelledby="pmo-no-access-title" data-testid="page-no-access">
      <h1 id="pmo-no-access-title">{strings.Page_NoAccessTitle}</h1>
      <Notice kind="warning">{formatString(strings.Page_NoAccessText, props.pageTitle)}</Notice>
    </section>
  );
}
