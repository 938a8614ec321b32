import * as React from 'react';
import styles from './controls.module.scss';

/**
 * PMO Hub's glyphs as stroked SVG paths on a 16 × 16 grid. They draw in `currentColor`, so they
 * follow the text colour of every theme, and they need no icon font to be registered on the page
 * (SharePoint registers Fluent's, a Teams tab does not).
 */
const PATHS = {
  add: 'M8 3v10M3 8h10',
  back: 'M13 8H3M7 4L3 8l4 4',
  calendar: 'M2.5 4h11v9.5h-11zM2.5 7h11M5.5 2.5v3M10.5 2.5v3',
  chevronDown: 'M4 6l4 4 4-4',
  chevronRight: 'M6 4l4 4-4 4',
  columns: 'M2.5 3h11v10h-11zM6.2 3v10M9.8 3v10',
  delete: 'M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.7 8.5h5.6l.7-8.5M7 7v4M9 7v4',
  dismiss: 'M4 4l8 8M12 4l-8 8',
  error: 'M8 1.8a6.2 6.2 0 1 0 0 12.4A6.2 6.2 0 1 0 8 1.8zM8 4.8v3.8M8 10.8v.4',
  excel: 'M3 2.5h7l3 3v8H3zM10 2.5v3h3M5.5 7.5l3 4M8.5 7.5l-3 4',
  filter: 'M2.5 3h11L9.3 8.2V13l-2.6-1.3V8.2z',
  info: 'M8 1.8a6.2 6.2 0 1 0 0 12.4A6.2 6.2 0 1 0 8 1.8zM8 7.2v4M8 4.8v.4',
  open: 'M9 2.5h4.5V7M13.5 2.5L7.5 8.5M11.5 9.5v4h-9v-9h4',
  refresh: 'M13 8a5 5 0 1 1-1.5-3.6M13 2.5v2.8h-2.8',
  save: 'M2.5 2.5h9l2 2v9h-11zM5 2.5v3.5h5V2.5M5 13.5V9.5h6v4',
  search: 'M6.8 2.5a4.3 4.3 0 1 0 0 8.6A4.3 4.3 0 1 0 6.8 2.5zM10 10l3.5 3.5',
  sortDown: 'M8 3v10M4.5 9.5L8 13l3.5-3.5',
  sortUp: 'M8 13V3M4.5 6.5L8 3l3.5 3.5',
  success: 'M8 1.8a6.2 6.2 0 1 0 0 12.4A6.2 6.2 0 1 0 8 1.8zM5.2 8.2l2 2 3.6-4',
  warning: 'M8 2L1.8 13.2h12.4zM8 6.2v3.6M8 11.4v.4'
} as const;

/** The name of a glyph. */
export type GlyphName = keyof typeof PATHS;

/** A decorative glyph (hidden from screen readers: the control around it carries the name). */
export function Glyph(props: { name: GlyphName; className?: string }): React.ReactElement {
  return (
    <svg className={props.className ? `${styles.glyph} ${props.className}` : styles.glyph} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={PATHS[props.name]} />
    </svg>
  );
}
