import * as React from 'react';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { createTheme, type IPalette, type IPartialTheme, type ITheme } from '@fluentui/react/lib/Styling';
import { BaseSlots, ThemeGenerator, themeRulesStandardCreator } from '@fluentui/react/lib/ThemeGenerator';
import { getColorFromString } from '@fluentui/react/lib/Color';
import type { ILayerProps } from '@fluentui/react/lib/Layer';
import { HostThemeContext } from './hostTheme';
import { contrastRatio, themeVariables } from './themeVariables';
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

/** The theme-colour slots Fluent derives from the primary colour (tints for selections and hovers). */
const THEME_SLOTS: ReadonlyArray<keyof IPalette> = ['themeLighterAlt', 'themeLighter', 'themeLight', 'themeTertiary', 'themeSecondary', 'themeDarkAlt', 'themeDark', 'themeDarker'];

/**
 * The host's palette, with tints that read on it. A host theme may name only some colours (a Teams
 * theme passed to a web part, a site theme), and Fluent fills the rest from its LIGHT default
 * palette: on a dark theme a selected month then got light blue (#c7e0f4) behind white text (1.4:1).
 * Missing slots, and on a dark theme tints that text cannot be read on (under 4.5:1 with the
 * palette's text colour), are derived from the host's own primary, text and background colours
 * with Fluent's theme generator (as the Fluent theme designer does); every other colour the host
 * names is kept.
 */
export function completePalette(host: IPartialTheme): IPartialTheme {
  const p = host.palette;
  const primary = p?.themePrimary && getColorFromString(p.themePrimary);
  const text = p?.neutralPrimary && getColorFromString(p.neutralPrimary);
  const background = p?.white && getColorFromString(p.white);
  if (!p || !primary || !text || !background) return host;
  const dark = !!host.isInverted;
  const rules = themeRulesStandardCreator();
  ThemeGenerator.insureSlots(rules, dark);
  ThemeGenerator.setSlot(rules[BaseSlots[BaseSlots.primaryColor]], primary, dark, true, true);
  ThemeGenerator.setSlot(rules[BaseSlots[BaseSlots.foregroundColor]], text, dark, true, true);
  ThemeGenerator.setSlot(rules[BaseSlots[BaseSlots.backgroundColor]], background, dark, true, true);
  const generated = ThemeGenerator.getThemeAsJson(rules) as Partial<IPalette>;
  const unreadable = dark && (!p.themeLight || contrastRatio(p.themeLight, p.neutralPrimary as string) < 4.5);
  const palette: Partial<IPalette> = { ...generated, ...p };
  if (unreadable) for (const slot of THEME_SLOTS) palette[slot] = generated[slot];
  return { ...host, palette };
}

/** The Fluent theme of the host's theme (made once per theme object). */
function fluentTheme(host: object): ITheme {
  let t = themes.get(host);
  if (!t) {
    t = createTheme(completePalette(host as IPartialTheme));
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
