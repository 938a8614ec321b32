import * as React from 'react';
import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as strings from 'PmoHubStrings';
import * as gatesStrings from 'GatesStrings';
import { BasePmoWebPart } from '../common/BasePmoWebPart';
import type { PmoWiring } from '../../services/compose';
import { gatesWiring, type GatesServiceKey } from '../../services/wiring/gates';
import { Gates } from '../../components/Gates';
import { projectIdFrom } from '../../components/Project/projectId';

export interface IGatesWebPartProps {
  /** The project this web part is bound to (its Projects item id); empty: `?projectId=` of the page. */
  projectId: string;
}

/** Gates: a project's lifecycle, its gate reviews (checklist, waivers, the board's decision, conditions) and, at Closing, the handover and the end project report (page, full page and Teams tab). */
export default class GatesWebPart extends BasePmoWebPart<IGatesWebPartProps, GatesServiceKey> {
  protected readonly wiring: PmoWiring<GatesServiceKey> = gatesWiring;

  protected renderContent(): React.ReactElement {
    return React.createElement(Gates, {
      gates: this.services.gates,
      endReports: this.services.endReports,
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
        header: { description: gatesStrings.Gates_WebPartDescription },
        groups: [{
          groupName: strings.BasicGroupName,
          groupFields: [PropertyPaneTextField('projectId', { label: gatesStrings.Gates_BoundProjectLabel, description: gatesStrings.Gates_BoundProjectHint })]
        }]
      }]
    };
  }
}
