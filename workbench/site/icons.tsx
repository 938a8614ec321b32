/**
 * SharePoint pages bring Fluent UI's icon font from Microsoft's CDN; the offline workbench registers
 * simple SVG stand-ins for the icons PMO Hub's components use, so nothing shows as a missing glyph.
 */
import * as React from 'react';
import { registerIcons } from '@fluentui/react/lib/Styling';

function svg(d: string, filled: boolean = false): React.ReactElement {
  return (
    <svg viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false"
      style={{ fill: filled ? 'currentColor' : 'none', stroke: 'currentColor', strokeWidth: 1.4, strokeLinecap: 'round', strokeLinejoin: 'round' }}>
      <path d={d} />
    </svg>
  );
}

const circle = 'M8 1.5a6.5 6.5 0 1 0 0.01 0';

export function registerWorkbenchIcons(): void {
  registerIcons({
    icons: {
      Info: svg(`${circle}M8 7v4M8 4.6v0.2`),
      ErrorBadge: svg(`${circle}M5.5 5.5l5 5M10.5 5.5l-5 5`),
      Blocked2: svg(`${circle}M3.5 12.5l9-9`),
      Completed: svg(`${circle}M5 8.2l2 2 4-4.4`),
      Warning: svg('M8 1.8l6.5 12H1.5zM8 6.5v3.5M8 11.8v0.2'),
      SevereWarning: svg('M8 1.8l6.5 12H1.5zM8 6.5v3.5M8 11.8v0.2'),
      Cancel: svg('M3.5 3.5l9 9M12.5 3.5l-9 9'),
      ChevronDown: svg('M3.5 6l4.5 4.5L12.5 6'),
      ChevronUp: svg('M3.5 10l4.5-4.5 4.5 4.5'),
      ChevronRight: svg('M6 3.5l4.5 4.5L6 12.5'),
      Search: svg('M6.8 2.2a4.6 4.6 0 1 0 0.01 0M10.2 10.2l4 4'),
      Clear: svg('M3.5 3.5l9 9M12.5 3.5l-9 9'),
      CheckMark: svg('M3 8.5l3 3 7-7'),
      More: svg('M3 8h0.1M8 8h0.1M13 8h0.1'),
      Filter: svg('M2 3h12L9.5 8.5V13l-3 1.5v-6z'),
      Add: svg('M8 3v10M3 8h10'),
      Download: svg('M8 2v8M4.5 7L8 10.5 11.5 7M2.5 13.5h11'),
      Calendar: svg('M2.5 3.5h11v10h-11zM2.5 6.5h11M5.5 2v3M10.5 2v3'),
      SortUp: svg('M8 13V3M4.5 6.5L8 3l3.5 3.5'),
      SortDown: svg('M8 3v10M4.5 9.5L8 13l3.5-3.5'),
      GroupedDescending: svg('M3.5 6l4.5 4.5L12.5 6'),
      Tag: svg('M2 2h6l6 6-6 6-6-6z'),
      Contact: svg('M8 2.5a2.8 2.8 0 1 0 0.01 0M3 14c0-3.5 10-3.5 10 0'),
      Delete: svg('M3 4.5h10M6.5 4.5V2.5h3v2M4.5 4.5l0.7 9h5.6l0.7-9'),
      Back: svg('M13 8H3M7 4L3 8l4 4'),
      Save: svg('M2.5 2.5h9l2 2v9h-11zM5 2.5v3.5h5V2.5M5 13.5v-4h6v4'),
      Refresh: svg('M13 3v3.5H9.5M12.6 6.4A5 5 0 1 0 13 9'),
      ExcelDocument: svg('M3.5 1.5h6l3 3v10h-9zM9.5 1.5v3h3M5.5 7.5l4 4M9.5 7.5l-4 4'),
      Edit: svg('M10.5 2.5l3 3-8 8H2.5v-3zM9 4l3 3'),
      ColumnOptions: svg('M2.5 2.5h11v11h-11zM6.2 2.5v11M9.8 2.5v11')
    }
  });
}
