import * as React from 'react';
import * as strings from 'PmoHubStrings';
import { Notice } from '../controls';
import { formatString } from '../../domain/text';

/** Props of {@link PmoSiteUnreachable}. */
export interface IPmoSiteUnreachableProps {
  /** The PMO site's absolute URL, as the tenant property names it. */
  siteUrl: string;
  /** SharePoint's HTTP status for the PMO site: 401/403 (no read permission), 404 or another (wrong address, no answer). */
  status: number | undefined;
}

/**
 * What a web part outside the PMO site (a Teams tab, a personal app) says when the PMO site it reads
 * from cannot be read: a heading and one sentence naming the site's address, telling a user without
 * permission to ask the PMO, and anyone else to ask the administrator to check the address.
 */
export function PmoSiteUnreachable(props: IPmoSiteUnreachableProps): React.ReactElement {
  const forbidden = props.status === 401 || props.status === 403;
  return (
    <section aria-labelledby="pmo-site-unreachable-title" data-testid="pmo-site-unreachable">
      <h1 id="pmo-site-unreachable-title">{strings.PmoSite_UnreachableTitle}</h1>
      <Notice kind="warning">{formatString(forbidden ? strings.PmoSite_NoAccessText : strings.PmoSite_NotFoundText, props.siteUrl)}</Notice>
    </section>
  );
}
