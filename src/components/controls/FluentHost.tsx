import * as React from 'react';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { createTheme, type IPartialTheme, type ITheme } from '@fluentui/react/lib/Styling';
import type { ILayerProps } from '@fluentui/react/lib/Layer';
import { HostThemeContext } from './hostTheme';
import { themeVariables } from './themeVariables';
import { ensureFluentIcons } from './fluentIcons';

ensureFluentIcons();

/**
 * Where Fluent UI 8 components render inside PMO Hub: only in surfaces that load later (panels,
 * dialogs, the calendar), each from its own chunk, and always through `themed`, so that
 * - every Fluent control takes the host's theme (Teams' dark and high-contrast themes too, where no
 *   page-wide Fluent theme is loaded), and
 * - every icon a Fluent control can ask for is registered (./fluentIcons).
 * This module is part of those chunks, never of a web part's initial bundle.
 */

const themes = new WeakMap<object, ITheme>();

/** The Fluent theme of the host's theme (made once per theme object). */
function fluentTheme(host: object): ITheme {
  let t = themes.get(host);
  if (!t) {
    t = createTheme(host as IPartialTheme);
    themes.set(host, t);
  }
  return t;
}

/** A component rendered inside a Fluent ThemeProvider of the host's theme (as is, where the host gave none). */
export function themed<P extends object>(Component: React.ComponentType<P>): React.ComponentType<P> {
  function Themed(props: P): React.ReactElement {
    const host = React.useContext(HostThemeContext);
    const content = <Component {...props} />;
    return host ? <ThemeProvider theme={fluentTheme(host)} applyTo="none">{content}</ThemeProvider> : content;
  }
  Themed.displayName = `Themed(${Component.displayName ?? Component.name ?? 'Surface'})`;
  return Themed;
}

/**
 * The layer props of a panel or dialog: a layer renders at the end of the page, outside the web
 * part's element, so it gets the host theme's CSS variables itself (PMO Hub's own styles inside
 * the panel read them). Pass as `layerProps` (Panel) or `modalProps.layerProps` (Dialog).
 */
export function useHostLayerProps(): ILayerProps {
  const host = React.useContext(HostThemeContext);
  return React.useMemo(() => ({ fabricProps: { style: themeVariables(host) as React.CSSProperties } }), [host]);
}

/**
 * The styles of a panel's or dialog's surface: an edge in the theme's divider colour, so the
 * surface stands apart from the page where both are the same colour (Teams' high-contrast theme:
 * black on black). Pass as a Panel's or Modal's `styles` (`{ main }`).
 */
export function useHostSurfaceStyles(): { main: { border: string } } {
  const host = React.useContext(HostThemeContext);
  return React.useMemo(() => {
    const divider = host ? fluentTheme(host).semanticColors.bodyDivider : '#edebe9';
    return { main: { border: `1px solid ${divider}` } };
  }, [host]);
}
