import * as React from 'react';
import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneConfiguration, PropertyPaneTextField, PropertyPaneToggle } from '@microsoft/sp-property-pane';
import * as strings from 'PmoHubStrings';
import { BasePmoWebPart } from '../common/BasePmoWebPart';
import type { PmoWiring } from '../../services/compose';
import { homeWiring } from '../../services/wiring/home';
import { PmoHome } from '../../components/PmoHome';

export interface IPmoHomeWebPartProps {
  title: string;
  intro: string;
  showUnavailable: boolean;
}

/** PMO Home: the PMO site's welcome and navigation tiles. */
export default class PmoHomeWebPart extends BasePmoWebPart<IPmoHomeWebPartProps, 'home'> {
  protected readonly wiring: PmoWiring<'home'> = homeWiring;

  protected renderContent(): React.ReactElement {
    return React.createElement(PmoHome, {
      service: this.services.home,
      siteUrl: this.pmoSiteUrl,
      title: this.properties.title,
      intro: this.properties.intro,
      showUnavailable: this.properties.showUnavailable !== false,
      // In a Teams tab, a SharePoint page opens in the browser rather than inside the tab.
      openInNewWindow: !!this.context.sdks.microsoftTeams
    });
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [{
        header: { description: strings.PropertyPaneDescription },
        groups: [{
          groupName: strings.BasicGroupName,
          groupFields: [
            PropertyPaneTextField('title', { label: strings.Home_TitleFieldLabel }),
            PropertyPaneTextField('intro', { label: strings.Home_IntroFieldLabel, multiline: true }),
            PropertyPaneToggle('showUnavailable', { label: strings.Home_ShowUnavailableFieldLabel })
          ]
        }]
      }]
    };
  }
}
