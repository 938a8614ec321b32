import * as React from 'react';
import { Version } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as capacityStrings from 'CapacityStrings';
import { BasePmoWebPart } from '../common/BasePmoWebPart';
import type { PmoWiring } from '../../services/compose';
import { capacityWiring, type CapacityServiceKey } from '../../services/wiring/capacity';
import { Capacity } from '../../components/Capacity';

/** Capacity: resource capacity against demand, the over-allocations and what-ifs (page, full page and Teams tab). */
export default class CapacityWebPart extends BasePmoWebPart<object, CapacityServiceKey> {
  protected readonly wiring: PmoWiring<CapacityServiceKey> = capacityWiring;

  protected renderContent(): React.ReactElement {
    return React.createElement(Capacity, {
      capacity: this.services.capacity,
      locale: this.services.env.locale,
      siteUrl: this.pmoSiteUrl
    });
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return { pages: [{ header: { description: capacityStrings.Capacity_WebPartDescription }, groups: [] }] };
  }
}
