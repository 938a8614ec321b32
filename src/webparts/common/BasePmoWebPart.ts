import * as React from 'react';
import * as ReactDom from 'react-dom';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import * as strings from 'PmoHubStrings';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { createPmoServices, type IPmoServices } from '../../services';
import { spfxEnvironment } from '../../services/spfxEnvironment';

/**
 * The base of every PMO Hub web part: creates the services once per instance, renders the root
 * component inside an error boundary, passes the theme on as CSS variables and unmounts on dispose.
 * Subclasses only say which root component to render and what their property pane holds.
 */
export abstract class BasePmoWebPart<TProperties extends object> extends BaseClientSideWebPart<TProperties> {
  protected services!: IPmoServices;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.services = createPmoServices(await spfxEnvironment(this.context), strings);
  }

  /** The web part's root component. */
  protected abstract renderContent(): React.ReactElement;

  public render(): void {
    ReactDom.render(
      React.createElement(ErrorBoundary, {}, this.renderContent()),
      this.domElement
    );
  }

  protected onThemeChanged(theme: IReadonlyTheme | undefined): void {
    const colors = theme?.semanticColors;
    const palette = theme?.palette;
    if (colors) {
      this.domElement.style.setProperty('--bodyText', colors.bodyText || null);
      this.domElement.style.setProperty('--cardBackground', colors.bodyBackground || null);
      this.domElement.style.setProperty('--link', colors.link || null);
    }
    if (palette) {
      this.domElement.style.setProperty('--themePrimary', palette.themePrimary || null);
      this.domElement.style.setProperty('--neutralLight', palette.neutralLight || null);
      this.domElement.style.setProperty('--neutralSecondary', palette.neutralSecondary || null);
    }
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }
}
