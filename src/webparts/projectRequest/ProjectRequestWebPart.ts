import * as React from 'react';
import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneConfiguration, PropertyPaneDropdown } from '@microsoft/sp-property-pane';
import * as strings from 'PmoHubStrings';
import { BasePmoWebPart } from '../common/BasePmoWebPart';
import type { PmoWiring } from '../../services/compose';
import { requestsWiring, type RequestsServiceKey } from '../../services/wiring/requests';
import { ProjectRequest, type ProjectRequestView } from '../../components/ProjectRequest';

export interface IProjectRequestWebPartProps {
  /** The view the web part opens with: a new request or the user's own requests. */
  startView: ProjectRequestView;
}

/** Project requests: the intake form, "My requests" and, for the PMO, the intake workflow. */
export default class ProjectRequestWebPart extends BasePmoWebPart<IProjectRequestWebPartProps, RequestsServiceKey> {
  protected readonly wiring: PmoWiring<RequestsServiceKey> = requestsWiring;

  protected renderContent(): React.ReactElement {
    return React.createElement(ProjectRequest, {
      service: this.services.requests,
      locale: this.services.env.locale,
      startView: this.properties.startView
    });
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [{
        header: { description: strings.Request_WebPartDescription },
        groups: [{
          groupName: strings.BasicGroupName,
          groupFields: [
            PropertyPaneDropdown('startView', {
              label: strings.Request_StartViewLabel,
              options: [
                { key: 'new', text: strings.Request_Tab_New },
                { key: 'mine', text: strings.Request_Tab_Mine }
              ]
            })
          ]
        }]
      }]
    };
  }
}
