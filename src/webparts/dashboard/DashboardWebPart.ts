import * as React from 'react';
import { Version } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as dashboardStrings from 'DashboardStrings';
import { BasePmoWebPart } from '../common/BasePmoWebPart';
import type { PmoWiring } from '../../services/compose';
import { dashboardWiring, type DashboardServiceKey } from '../../services/wiring/dashboard';
import { Dashboard } from '../../components/Dashboard';

/** Dashboard: the portfolio's KPIs, charts and multi-project reports (page, full page and Teams tab). */
export default class DashboardWebPart extends BasePmoWebPart<object, DashboardServiceKey> {
  protected readonly wiring: PmoWiring<DashboardServiceKey> = dashboardWiring;

  protected renderContent(): React.ReactElement {
    return React.createElement(Dashboard, {
      dashboard: this.services.dashboard,
      portfolio: this.services.portfolio,
      locale: this.services.env.locale,
      siteUrl: this.pmoSiteUrl
    });
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return { pages: [{ header: { description: dashboardStrings.Dashboard_WebPartDescription }, groups: [] }] };
  }
}
