import * as React from 'react';
import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as strings from 'PmoHubStrings';
import * as prioStrings from 'PrioritizationStrings';
import { BasePmoWebPart } from '../common/BasePmoWebPart';
import type { PmoWiring } from '../../services/compose';
import { prioritizationWiring, type PrioritizationServiceKey } from '../../services/wiring/prioritization';
import { Prioritization } from '../../components/Prioritization';

export interface IPrioritizationWebPartProps {
  title: string;
}

/** Prioritization: candidates, the portfolio optimizer, the frontier, scenarios and the board's decisions (page and Teams tab). */
export default class PrioritizationWebPart extends BasePmoWebPart<IPrioritizationWebPartProps, PrioritizationServiceKey> {
  protected readonly wiring: PmoWiring<PrioritizationServiceKey> = prioritizationWiring;

  protected renderContent(): React.ReactElement {
    return React.createElement(Prioritization, {
      service: this.services.prioritization,
      decisions: this.services.decisions,
      locale: this.context.pageContext.cultureInfo.currentUICultureName.toLowerCase(),
      title: this.properties.title
    });
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [{
        header: { description: prioStrings.Prioritization_WebPartDescription },
        groups: [{
          groupName: strings.BasicGroupName,
          groupFields: [PropertyPaneTextField('title', { label: prioStrings.Prioritization_TitleFieldLabel })]
        }]
      }]
    };
  }
}
