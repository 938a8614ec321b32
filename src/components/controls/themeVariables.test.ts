/**
 * The host theme → CSS variables and Fluent palette rules: what keeps text readable in Teams' dark
 * and high-contrast themes (WCAG 2.1 1.4.3, contrast ratio formula of WCAG 2.x).
 */
import { createTheme } from '@fluentui/react/lib/Styling';
import { contrastRatio, themeVariables } from './themeVariables';
import { completePalette } from './FluentHost';

const DARK = { isInverted: true, palette: { themePrimary: '#7f85f5', neutralPrimary: '#ffffff', neutralSecondary: '#d6d6d6', neutralLight: '#3d3d3d', white: '#292929' }, semanticColors: { bodyBackground: '#292929', bodyText: '#ffffff' } };
const CONTRAST = { isInverted: true, palette: { themePrimary: '#ffff01', neutralPrimary: '#ffffff', neutralSecondary: '#ffffff', neutralLight: '#ffffff', neutralLighter: '#000000', white: '#000000' }, semanticColors: { bodyBackground: '#000000', bodyText: '#ffffff' } };

describe('contrastRatio', () => {
  it('follows WCAG 2.x: black on white is 21:1, white on white 1:1, #767676 on white 4.54:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('themeVariables', () => {
  it('makes native controls dark and placeholders the theme\'s secondary text on a dark theme', () => {
    const v = themeVariables(createTheme(DARK));
    expect(v['--colorScheme']).toBe('dark');
    expect(contrastRatio(v['--placeholderText'], '#292929')).toBeGreaterThanOrEqual(4.5);
    expect(themeVariables(createTheme({ palette: { themePrimary: '#5b5fc7' } }))['--colorScheme']).toBe('light');
  });

  it('gives hover and selection a background text reads on, with an edge, where the light neutral is as light as the text (high contrast)', () => {
    const v = themeVariables(createTheme(CONTRAST));
    expect(contrastRatio('#ffffff', v['--subtleBackground'])).toBeGreaterThanOrEqual(4.5);
    expect(v['--highlightEdge']).toBe('#ffff01');
    expect(themeVariables(createTheme(DARK))['--subtleBackground']).toBeUndefined();
  });
});

describe('completePalette', () => {
  it('replaces light default tints on a dark theme (a selected month got #c7e0f4 behind white text) with tints of its own primary', () => {
    const filled = createTheme(DARK);
    expect(filled.palette.themeLight.toLowerCase()).toBe('#c7e0f4');
    const p = completePalette(filled).palette as Record<string, string>;
    expect(contrastRatio(p.themeLight, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(p.themePrimary).toBe('#7f85f5');
    expect(p.neutralLight).toBe('#3d3d3d');
  });

  it('keeps a light theme\'s own tints', () => {
    const light = createTheme({ palette: { themePrimary: '#0078d4', neutralPrimary: '#323130', white: '#ffffff', themeLight: '#c7e0f4' } });
    expect((completePalette(light).palette as Record<string, string>).themeLight).toBe('#c7e0f4');
  });
});
