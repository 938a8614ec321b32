import * as React from 'react';
import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneConfiguration, PropertyPaneDropdown } from '@microsoft/sp-property-pane';
import * as strings from 'PmoHubStrings';
import * as methodologyStrings from 'MethodologyStrings';
import { BasePmoWebPart } from '../common/BasePmoWebPart';
import type { PmoWiring } from '../../services/compose';
import { methodologyWiring } from '../../services/wiring/methodology';
import { LIFECYCLE_CODES } from '../../domain/governance/vocabulary';
import { Methodology } from '../../components/Methodology';
import { lifecycleFrom } from '../../components/Methodology/lifecycleParam';
import { lifecycleLabel } from '../../components/Methodology/labels';

export interface IMethodologyWebPartProps {
  /** The lifecycle shown first ('prince2', 'agile', 'hybrid'); `?lifecycle=` of the page wins; PRINCE2 when unset. */
  lifecycle: string;
}

/** Methodology: the guide of the PRINCE2, agile and hybrid lifecycles — process map, stages, gate criteria, templates (page, full page and Teams tab). */
export default class MethodologyWebPart extends BasePmoWebPart<IMethodologyWebPartProps, 'site' | 'methodology'> {
  protected readonly wiring: PmoWiring<'site' | 'methodology'> = methodologyWiring;

  protected renderContent(): React.ReactElement {
    return React.createElement(Methodology, {
      methodology: this.services.methodology,
      locale: this.services.env.locale,
      defaultLifecycle: lifecycleFrom(this.properties.lifecycle),
      siteUrl: this.pmoSiteUrl
    });
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [{
        header: { description: methodologyStrings.Methodology_WebPartDescription },
        groups: [{
          groupName: strings.BasicGroupName,
          groupFields: [PropertyPaneDropdown('lifecycle', { label: methodologyStrings.Methodology_DefaultLifecycleLabel, options: LIFECYCLE_CODES.map(l => ({ key: l, text: lifecycleLabel(l) })) })]
        }]
      }]
    };
  }
}
