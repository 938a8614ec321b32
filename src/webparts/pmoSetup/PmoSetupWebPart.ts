import * as React from 'react';
import { Version } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'PmoHubStrings';
import * as schemaStrings from 'SchemaStrings';
import { BasePmoWebPart } from '../common/BasePmoWebPart';
import type { PmoWiring } from '../../services/compose';
import { setupWiring } from '../../services/wiring/setup';
import { PmoSetup } from '../../components/PmoSetup';

/** PMO Setup: for site owners, sets up or upgrades the PMO site from the solution's schema. */
export default class PmoSetupWebPart extends BasePmoWebPart<Record<string, never>, 'setup'> {
  protected readonly wiring: PmoWiring<'setup'> = setupWiring;

  /** PMO Setup sets up the site it is added to, never the one the tenant property names. */
  protected site(): 'pmoSite' | 'currentWeb' {
    return 'currentWeb';
  }

  /** Setting up the site writes the lists', columns', groups' and views' titles: SchemaStrings with PmoHubStrings (page titles). */
  protected serviceStrings(): Readonly<Record<string, string>> {
    return { ...strings, ...schemaStrings };
  }

  protected renderContent(): React.ReactElement {
    return React.createElement(PmoSetup, { service: this.services.setup, locale: this.services.env.locale });
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return { pages: [{ header: { description: strings.Setup_WebPartDescription }, groups: [] }] };
  }
}
