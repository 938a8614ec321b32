import * as React from 'react';
import * as ReactDom from 'react-dom';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import * as strings from 'PmoHubStrings';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { themeVariables } from '../../components/controls/themeVariables';
import { HostThemeContext } from '../../components/controls/hostTheme';
// Imported by path, not from the services' index: a web part's bundle holds only its own feature's
// services (see `wiring`), never the index that wires them all.
import { composeServices, type PmoServiceKey, type PmoServicesOf, type PmoWiring } from '../../services/compose';
import { spfxEnvironment } from '../../services/spfxEnvironment';
import { PmoSiteUnreachableError } from '../../services/pmoSite';
import { PmoSiteUnreachable } from '../../components/PageAccess';

/**
 * The base of every PMO Hub web part: creates its services once per instance, renders the root
 * component inside an error boundary, passes the theme on as CSS variables and unmounts on dispose.
 * Subclasses only say which services they use (`wiring`), which root component to render and what
 * their property pane holds.
 * @typeParam TServices The services the web part uses (keys of IPmoServices).
 */
export abstract class BasePmoWebPart<TProperties extends object, TServices extends PmoServiceKey> extends BaseClientSideWebPart<TProperties> {
  protected services!: PmoServicesOf<TServices>;
  /** The PMO site's absolute URL the services read (the tenant property's site in a Teams tab; this site on the PMO site). */
  protected pmoSiteUrl!: string;
  /** The PMO site the tenant property names could not be read: the web part says so instead of rendering its content. */
  private siteError: PmoSiteUnreachableError | undefined;
  /** The theme the host passed last (SharePoint's, or Teams' default, dark or high-contrast one). */
  private hostTheme: IReadonlyTheme | undefined;
  private rendered = false;

  /** The wiring of the web part's feature (src/services/wiring): the services it uses, and only those. */
  protected abstract readonly wiring: PmoWiring<TServices>;

  protected async onInit(): Promise<void> {
    await super.onInit();
    try {
      const env = await spfxEnvironment(this.context, this.site());
      this.pmoSiteUrl = env.siteUrl;
      this.services = composeServices(env, this.serviceStrings(), this.wiring);
    } catch (e) {
      if (!(e instanceof PmoSiteUnreachableError)) throw e;
      this.siteError = e;
      this.pmoSiteUrl = e.siteUrl;
    }
  }

  /** Which site the services bind to: the PMO site the tenant property names (a Teams tab runs in its team's site), or the page's own site. */
  protected site(): 'pmoSite' | 'currentWeb' {
    return 'pmoSite';
  }

  /** The strings the services receive (what SharePoint stores in the user's language): PmoHubStrings; PMO Setup adds the schema's titles. */
  protected serviceStrings(): Readonly<Record<string, string>> {
    return strings;
  }

  /** The web part's root component. */
  protected abstract renderContent(): React.ReactElement;

  public render(): void {
    this.rendered = true;
    const content = this.siteError
      ? React.createElement(PmoSiteUnreachable, { siteUrl: this.siteError.siteUrl, status: this.siteError.status })
      : this.renderContent();
    ReactDom.render(
      React.createElement(HostThemeContext.Provider, { value: this.hostTheme }, React.createElement(ErrorBoundary, {}, content)),
      this.domElement
    );
  }

  protected onThemeChanged(theme: IReadonlyTheme | undefined): void {
    this.hostTheme = theme;
    const vars = themeVariables(theme);
    for (const name of Object.keys(vars)) this.domElement.style.setProperty(name, vars[name]);
    // Fluent surfaces (panels, dialogs) take the new theme from the context: render again.
    if (this.rendered) this.render();
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }
}
