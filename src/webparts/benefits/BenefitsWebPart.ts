import * as React from 'react';
import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as strings from 'PmoHubStrings';
import * as benefitsStrings from 'BenefitsStrings';
import { BasePmoWebPart } from '../common/BasePmoWebPart';
import type { PmoWiring } from '../../services/compose';
import { benefitsWiring, type BenefitsServiceKey } from '../../services/wiring/benefits';
import { Benefits } from '../../components/Benefits';
import { projectIdFrom } from '../../components/Project/projectId';

export interface IBenefitsWebPartProps {
  /** The project this web part is bound to (its Projects item id); empty: `?projectId=` of the page. */
  projectId: string;
}

/** Benefits: a project's benefits register with its measurements (page, full page and Teams tab). */
export default class BenefitsWebPart extends BasePmoWebPart<IBenefitsWebPartProps, BenefitsServiceKey> {
  protected readonly wiring: PmoWiring<BenefitsServiceKey> = benefitsWiring;

  protected renderContent(): React.ReactElement {
    return React.createElement(Benefits, {
      controlling: this.services.controlling,
      benefits: this.services.benefits,
      locale: this.services.env.locale,
      projectId: projectIdFrom(this.properties.projectId, window.location.search),
      siteUrl: this.pmoSiteUrl
    });
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [{
        header: { description: benefitsStrings.Benefits_WebPartDescription },
        groups: [{
          groupName: strings.BasicGroupName,
          groupFields: [PropertyPaneTextField('projectId', { label: benefitsStrings.Benefits_BoundProjectLabel, description: benefitsStrings.Benefits_BoundProjectHint })]
        }]
      }]
    };
  }
}
