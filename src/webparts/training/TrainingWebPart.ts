import * as React from 'react';
import { Version } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as trainingStrings from 'TrainingStrings';
import { BasePmoWebPart } from '../common/BasePmoWebPart';
import type { PmoWiring } from '../../services/compose';
import { trainingWiring, type TrainingServiceKey } from '../../services/wiring/training';
import { communitiesWiring, type CommunitiesServiceKey } from '../../services/wiring/communities';
import { Training } from '../../components/Training';

/** The services the "Training" web part uses: training and the communities of practice (and the site address). */
type TrainingWebPartServiceKey = TrainingServiceKey | CommunitiesServiceKey;

/** Training: the catalogue, sessions with enrolment and the waiting list, My learning and the communities (page, full page and Teams tab). */
export default class TrainingWebPart extends BasePmoWebPart<object, TrainingWebPartServiceKey> {
  protected readonly wiring: PmoWiring<TrainingWebPartServiceKey> = { ...trainingWiring, ...communitiesWiring };

  protected renderContent(): React.ReactElement {
    return React.createElement(Training, {
      training: this.services.training,
      communities: this.services.communities,
      locale: this.services.env.locale,
      siteUrl: this.pmoSiteUrl
    });
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return { pages: [{ header: { description: trainingStrings.Training_WebPartDescription }, groups: [] }] };
  }
}
