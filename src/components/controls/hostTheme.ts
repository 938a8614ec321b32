import * as React from 'react';
import type { IThemeColors } from './themeVariables';

/**
 * The theme the host gave the web part (SharePoint's, or Teams' default, dark or high-contrast
 * theme through SPFx's onThemeChanged). BasePmoWebPart provides it; the Fluent UI surfaces that
 * load later (panels, dialogs) take their Fluent theme and colours from it (see FluentHost).
 * Undefined where the host passed none: Fluent's default theme (or the page's own) applies.
 */
export const HostThemeContext: React.Context<IThemeColors | undefined> = React.createContext<IThemeColors | undefined>(undefined);
