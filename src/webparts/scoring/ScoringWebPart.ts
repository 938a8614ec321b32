import * as React from 'react';
import { Version } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as scoringStrings from 'ScoringStrings';
import { BasePmoWebPart } from '../common/BasePmoWebPart';
import type { PmoWiring } from '../../services/compose';
import { scoringWiring, type ScoringServiceKey } from '../../services/wiring/scoring';
import { Scoring } from '../../components/Scoring';

export interface IScoringWebPartProps {}

/** Scoring: the board's score sheets of its open rounds; for the PMO the models and rounds. On a page and as a Teams tab. */
export default class ScoringWebPart extends BasePmoWebPart<IScoringWebPartProps, ScoringServiceKey> {
  protected readonly wiring: PmoWiring<ScoringServiceKey> = scoringWiring;

  protected renderContent(): React.ReactElement {
    return React.createElement(Scoring, {
      service: this.services.scoring,
      locale: this.services.env.locale,
      teams: !!this.context.sdks.microsoftTeams
    });
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return { pages: [{ header: { description: scoringStrings.Scoring_WebPartDescription }, groups: [] }] };
  }
}
