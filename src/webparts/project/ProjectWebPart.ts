import * as React from 'react';
import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as strings from 'PmoHubStrings';
import * as projectStrings from 'ProjectStrings';
import { BasePmoWebPart } from '../common/BasePmoWebPart';
import type { PmoWiring } from '../../services/compose';
import { projectPageWiring, type ProjectPageServiceKey } from '../../services/wiring/projectPage';
import { Project, projectIdFrom } from '../../components/Project';
// The module itself, not the Portfolio's index: the Project bundle does not carry the Portfolio.
import { toPortfolioTeamsContext } from '../../components/Portfolio/teamsContext';
import { isPrintAddress } from '../../components/Reports/printAddress';

export interface IProjectWebPartProps {
  /** The project this web part is bound to (its Projects item id); empty: `?projectId=` of the page. */
  projectId: string;
}

/** Project: one project's home and its status report form (page, full page and Teams tab). */
export default class ProjectWebPart extends BasePmoWebPart<IProjectWebPartProps, ProjectPageServiceKey> {
  protected readonly wiring: PmoWiring<ProjectPageServiceKey> = projectPageWiring;

  /** The team's group when the web part is a tab in a Teams team (not in a personal app or SharePoint). */
  private teamGroupId: string | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    const sdk = this.context.sdks.microsoftTeams;
    this.teamGroupId = sdk ? toPortfolioTeamsContext(await sdk.teamsJs.app.getContext())?.groupId : undefined;
  }

  protected renderContent(): React.ReactElement {
    return React.createElement(Project, {
      controlling: this.services.controlling,
      statusReports: this.services.statusReports,
      milestones: this.services.milestones,
      budget: this.services.budget,
      capacity: this.services.capacity,
      projects: this.services.projects,
      reports: this.services.dashboard,
      print: isPrintAddress(window.location.search),
      locale: this.services.env.locale,
      projectId: projectIdFrom(this.properties.projectId, window.location.search),
      siteUrl: this.pmoSiteUrl,
      teams: this.teamGroupId ? { groupId: this.teamGroupId } : undefined
    });
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [{
        header: { description: projectStrings.Project_WebPartDescription },
        groups: [{
          groupName: strings.BasicGroupName,
          groupFields: [PropertyPaneTextField('projectId', { label: projectStrings.Project_BoundProjectLabel, description: projectStrings.Project_BoundProjectHint })]
        }]
      }]
    };
  }
}
