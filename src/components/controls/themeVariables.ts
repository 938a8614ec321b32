/** The parts of a Fluent/SharePoint theme that PMO Hub's styles read (IReadonlyTheme and ITheme both fit). */
export interface IThemeColors {
  /** A dark theme (Teams dark and high contrast, SharePoint's dark sections). */
  isInverted?: boolean;
  semanticColors?: Partial<Record<'inputPlaceholderText' | 'bodyText' | 'bodyBackground' | 'disabledBodyText' | 'link' | 'errorText' | 'infoBackground' | 'successBackground' | 'warningBackground' | 'errorBackground' | 'primaryButtonBackground' | 'primaryButtonText' | 'inputBorder', string>>;
  palette?: Partial<Record<'themePrimary' | 'neutralLight' | 'neutralLighter' | 'neutralSecondary', string>>;
}

/** CSS variable ← theme colour, for every colour PMO Hub's styles use (each has a fallback in the styles). */
const SEMANTIC: Array<[string, keyof NonNullable<IThemeColors['semanticColors']>]> = [
  ['--bodyText', 'bodyText'], ['--cardBackground', 'bodyBackground'], ['--link', 'link'], ['--errorText', 'errorText'],
  ['--infoBackground', 'infoBackground'], ['--successBackground', 'successBackground'], ['--warningBackground', 'warningBackground'],
  ['--errorBackground', 'errorBackground'], ['--primaryButtonBackground', 'primaryButtonBackground'], ['--primaryButtonText', 'primaryButtonText'],
  ['--inputBorder', 'inputBorder'], ['--disabledText', 'disabledBodyText'], ['--placeholderText', 'inputPlaceholderText']
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
  // Placeholders read as hints in every theme: the theme's own colour, else its secondary text colour
  // (light grey on dark, white in high contrast), never the browser's grey, which fails on dark.
  if (!vars['--placeholderText'] && palette?.neutralSecondary) vars['--placeholderText'] = palette.neutralSecondary;
  // Hover and selection backgrounds hold text: the theme's light neutral where text reads on it,
  // else (Teams' high contrast: white text, white neutral) the page's own background with an edge
  // in the theme's primary colour, so the highlighted item still stands out.
  const text = semantic?.bodyText;
  const light = palette?.neutralLight;
  if (text && light && contrastRatio(text, light) < 4.5) {
    vars['--subtleBackground'] = semantic?.bodyBackground ?? palette?.neutralLighter ?? 'transparent';
    vars['--highlightEdge'] = palette?.themePrimary ?? text;
  }
  // Native controls (checkboxes, radio buttons, file and select buttons) draw dark on a dark theme.
  if (theme) vars['--colorScheme'] = theme.isInverted ? 'dark' : 'light';
  return vars;
}

/** WCAG 2.x contrast ratio of two `#rrggbb` (or `#rgb`) colours; 21 when one cannot be read. */
export function contrastRatio(a: string, b: string): number {
  const rgb = (c: string): number[] | undefined => {
    const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(c.trim());
    if (!m) return undefined;
    const h = m[1].length === 3 ? m[1].split('').map(x => x + x).join('') : m[1];
    return [0, 2, 4].map(i => parseInt(h.slice(i, i + 2), 16));
  };
  const lum = (c: number[]): number => {
    const [r, g, bl] = c.map(v => { const x = v / 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const x = rgb(a);
  const y = rgb(b);
  if (!x || !y) return 21;
  const [hi, lo] = [lum(x), lum(y)].sort((m, n) => n - m);
  return (hi + 0.05) / (lo + 0.05);
}
