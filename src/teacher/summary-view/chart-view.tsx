/**
 * A chart of a summary block: a canvas drawn by chart.js once its chunk has
 * loaded (draw-chart.ts, imported here on demand so the library is fetched
 * only when a chart is shown). The canvas is an image to assistive
 * technology, named by a sentence with its numbers; the table beside it
 * (TableView) holds the same numbers for screen readers and print. If the
 * library cannot load (a dropped connection), the table is still there.
 */
import { useEffect, useRef } from 'preact/hooks';
import { labelLines } from './chart-labels';
import type { ChartData } from './tables';

export function ChartView({ data, testId }: { data: ChartData; testId: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let destroy: (() => void) | undefined;
    let gone = false;
    import('./draw-chart')
      .then(({ drawChart }) => {
        if (!gone && canvas.current) destroy = drawChart(canvas.current, data);
        if (canvas.current) canvas.current.dataset.drawn = 'true';
      })
      .catch((error: unknown) =>
        console.warn('The chart could not be drawn; its table has the numbers', error),
      );
    return () => {
      gone = true;
      destroy?.();
    };
  }, [data]);
  // Tall enough for every bar and its name; the legend needs a line more.
  const lines = labelLines(data.labels);
  // In rem, so the chart grows with the text size as its labels do.
  const height = (Math.max(data.labels.length * 40, lines * 22) + (data.series.length > 1 ? 70 : 40)) / 16;
  return (
    <div class="summary-chart" style={{ height: `${height}rem` }}>
      <canvas ref={canvas} role="img" aria-label={data.summary} data-testid={testId} />
    </div>
  );
}
