/** The parts of a Fluent/SharePoint theme that PMO Hub's styles read (IReadonlyTheme and ITheme both fit). */
export interface IThemeColors {
  semanticColors?: Partial<Record<'bodyText' | 'bodyBackground' | 'disabledBodyText' | 'link' | 'errorText' | 'infoBackground' | 'successBackground' | 'warningBackground' | 'errorBackground' | 'primaryButtonBackground' | 'primaryButtonText' | 'inputBorder', string>>;
  palette?: Partial<Record<'themePrimary' | 'neutralLight' | 'neutralLighter' | 'neutralSecondary', string>>;
}

/** CSS variable ← theme colour, for every colour PMO Hub's styles use (each has a fallback in the styles). */
const SEMANTIC: Array<[string, keyof NonNullable<IThemeColors['semanticColors']>]> = [
  ['--bodyText', 'bodyText'], ['--cardBackground', 'bodyBackground'], ['--link', 'link'], ['--errorText', 'errorText'],
  ['--infoBackground', 'infoBackground'], ['--successBackground', 'successBackground'], ['--warningBackground', 'warningBackground'],
  ['--errorBackground', 'errorBackground'], ['--primaryButtonBackground', 'primaryButtonBackground'], ['--primaryButtonText', 'primaryButtonText'],
  ['--inputBorder', 'inputBorder'], ['--disabledText', 'disabledBodyText']
];
const PALETTE: Array<[string, keyof NonNullable<IThemeColors['palette']>]> = [
  ['--themePrimary', 'themePrimary'], ['--neutralLight', 'neutralLight'], ['--neutralLighter', 'neutralLighter'], ['--neutralSecondary', 'neutralSecondary']
];

/**
 * The CSS variables of a theme: what the web part sets on its element when SharePoint or Teams
 * passes a theme (default, dark, high contrast), so that PMO Hub's controls, which read only these
 * variables, follow it. Colours the theme lacks are left out (the styles' fallbacks apply).
 * @returns variable name → colour, e.g. `{ '--bodyText': '#ffffff', … }`
 */
export function themeVariables(theme: IThemeColors | undefined): Record<string, string> {
  const vars: Record<string, string> = {};
  const semantic = theme?.semanticColors;
  const palette = theme?.palette;
  if (semantic) for (const [name, key] of SEMANTIC) { const v = semantic[key]; if (v) vars[name] = v; }
  if (palette) for (const [name, key] of PALETTE) { const v = palette[key]; if (v) vars[name] = v; }
  return vars;
}
