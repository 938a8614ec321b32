import * as React from 'react';

/** Props of {@link ChartImage}. */
export interface IChartImageProps {
  /** The chart's accessible name, in the user's language (the whole name: nothing of the library's is added). */
  name: string;
  className?: string;
  children: React.ReactNode;
}

/**
 * A chart as one image for assistive technology: `role="img"` with our localized name around the
 * charting library's drawing, which is hidden from the accessibility tree (`aria-hidden`) and taken
 * out of the tab order and away from pointer-free focus (`inert`, set through a ref: React 17 does
 * not pass it). The library's own names ("Line chart with 4 lines…", in English) and its focusable
 * points are thereby gone; the data table next to the chart is its alternative.
 */
export function ChartImage(props: IChartImageProps): React.ReactElement {
  // A callback ref: whenever React attaches a drawing element (first mount or a remount of the subtree),
  // it is inert before the browser paints it.
  const drawing = React.useCallback((el: HTMLDivElement | null): void => { el?.setAttribute('inert', ''); }, []);
  return (
    <div role="img" aria-label={props.name} className={props.className}>
      <div ref={drawing} aria-hidden="true" style={{ width: '100%', height: '100%' }} data-chart-drawing="">
        {props.children}
      </div>
    </div>
  );
}
