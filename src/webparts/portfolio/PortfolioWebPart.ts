import * as React from 'react';
import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneConfiguration, PropertyPaneTextField, PropertyPaneToggle } from '@microsoft/sp-property-pane';
import * as strings from 'PmoHubStrings';
import { BasePmoWebPart } from '../common/BasePmoWebPart';
import type { PmoWiring } from '../../services/compose';
import { portfolioWiring, type PortfolioServiceKey } from '../../services/wiring/portfolio';
import { Portfolio, toPortfolioTeamsContext, type IPortfolioTeamsContext } from '../../components/Portfolio';

export interface IPortfolioWebPartProps {
  title: string;
  defaultViewName: string;
  showRollup: boolean;
}

/** Portfolio: the project register and portfolio overview, on a page and as a Teams tab. */
export default class PortfolioWebPart extends BasePmoWebPart<IPortfolioWebPartProps, PortfolioServiceKey> {
  protected readonly wiring: PmoWiring<PortfolioServiceKey> = portfolioWiring;

  private teams: IPortfolioTeamsContext | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    const sdk = this.context.sdks.microsoftTeams;
    this.teams = sdk ? toPortfolioTeamsContext(await sdk.teamsJs.app.getContext()) : undefined;
  }

  protected renderContent(): React.ReactElement {
    return React.createElement(Portfolio, {
      service: this.services.portfolio,
      controlling: this.services.controlling,
      siteUrl: this.pmoSiteUrl,
      locale: this.context.pageContext.cultureInfo.currentUICultureName.toLowerCase(),
      title: this.properties.title,
      defaultViewName: this.properties.defaultViewName,
      showRollup: this.properties.showRollup !== false,
      teams: this.teams
    });
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [{
        header: { description: strings.Portfolio_WebPartDescription },
        groups: [{
          groupName: strings.BasicGroupName,
          groupFields: [
            PropertyPaneTextField('title', { label: strings.Portfolio_TitleFieldLabel }),
            PropertyPaneTextField('defaultViewName', { label: strings.Portfolio_DefaultViewFieldLabel }),
            PropertyPaneToggle('showRollup', { label: strings.Portfolio_ShowRollupFieldLabel })
          ]
        }]
      }]
    };
  }
}
