import * as React from 'react';
import { Version } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as maturityStrings from 'MaturityStrings';
import { BasePmoWebPart } from '../common/BasePmoWebPart';
import type { PmoWiring } from '../../services/compose';
import { maturityWiring, type MaturityServiceKey } from '../../services/wiring/maturity';
import { Maturity } from '../../components/Maturity';

/**
 * Maturity: the P3M3 self-assessment with save and resume, the result as a radar chart with its table,
 * the qualification plan with links to enrol, and for the PMO the organisation view and the targets
 * (page, full page and Teams tab).
 */
export default class MaturityWebPart extends BasePmoWebPart<object, MaturityServiceKey> {
  protected readonly wiring: PmoWiring<MaturityServiceKey> = maturityWiring;

  protected renderContent(): React.ReactElement {
    return React.createElement(Maturity, {
      maturity: this.services.maturity,
      locale: this.services.env.locale,
      siteUrl: this.pmoSiteUrl
    });
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return { pages: [{ header: { description: maturityStrings.Maturity_WebPartDescription }, groups: [] }] };
  }
}
