import * as React from 'react';
import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as strings from 'PmoHubStrings';
import * as raidStrings from 'RaidStrings';
import { BasePmoWebPart } from '../common/BasePmoWebPart';
import type { PmoWiring } from '../../services/compose';
import { raidWiring, type RaidServiceKey } from '../../services/wiring/raid';
import { Raid } from '../../components/Raid';
import { projectIdFrom } from '../../components/Project/projectId';

export interface IRaidWebPartProps {
  /** The project this web part is bound to (its Projects item id); empty: `?projectId=` of the page, else the portfolio's RAID view. */
  projectId: string;
}

/** RAID: a project's RAID log (risks with the heat map, issues) or the portfolio's RAID view (page, full page and Teams tab). */
export default class RaidWebPart extends BasePmoWebPart<IRaidWebPartProps, RaidServiceKey> {
  protected readonly wiring: PmoWiring<RaidServiceKey> = raidWiring;

  protected renderContent(): React.ReactElement {
    return React.createElement(Raid, {
      controlling: this.services.controlling,
      risks: this.services.risks,
      raidLog: this.services.raidLog,
      changes: this.services.changes,
      raid: this.services.raid,
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
        header: { description: raidStrings.Raid_WebPartDescription },
        groups: [{
          groupName: strings.BasicGroupName,
          groupFields: [PropertyPaneTextField('projectId', { label: raidStrings.Raid_BoundProjectLabel, description: raidStrings.Raid_BoundProjectHint })]
        }]
      }]
    };
  }
}
