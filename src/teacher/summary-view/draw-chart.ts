/**
 * Draws one summary chart with chart.js. Loaded on demand (a chunk of its
 * own, imported by chart-view.tsx when a chart first shows), with only the
 * parts of chart.js these charts use registered, so the rest is left out of
 * the build. Bars lie sideways so long names stay readable on a phone.
 * Colours are from the Okabe–Ito set (told apart with every kind of colour
 * blindness), each dark enough for 3 : 1 against white, and the second
 * series is also hatched, so the chart reads in black and white too.
 * No animation: old devices draw it once, and print shows it whole.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale } from 'chart.js';
import { wrapLabel } from './chart-labels';
import type { ChartData } from './tables';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend);

const INK = '#1d2140';
const GRID = '#c9cde6';
/** Okabe–Ito blue and vermilion, the vermilion darkened to pass 3 : 1 on white. */
const COLOURS = ['#0072b2', '#b34700'] as const;

/** Diagonal white stripes over the colour: a second series that differs in more than hue. */
function hatched(colour: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 10;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 10, 10);
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 2.5;
  ctx.beginPath();
  ctx.moveTo(-2, 12);
  ctx.lineTo(12, -2);
  ctx.moveTo(-2, 2);
  ctx.lineTo(2, -2);
  ctx.moveTo(8, 12);
  ctx.lineTo(12, 8);
  ctx.stroke();
  return ctx.createPattern(tile, 'repeat') ?? colour;
}

/** Draws the chart into the canvas; returns the function that takes it down. */
export function drawChart(canvas: HTMLCanvasElement, data: ChartData): () => void {
  const stacked = data.kind === 'split';
  // The page's text size (the browser's setting, 200 % included), a little smaller, as the tables.
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: data.labels.map((l) => wrapLabel(l)),
      datasets: data.series.map((s, i) => ({
        label: s.name,
        data: s.values,
        backgroundColor: i === 0 ? COLOURS[0] : hatched(COLOURS[1]),
        borderColor: i === 0 ? COLOURS[0] : COLOURS[1],
        borderWidth: 1,
        maxBarThickness: 28,
      })),
    },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      // Sharp on a projector and in print, where the picture is scaled up.
      devicePixelRatio: Math.max(2, window.devicePixelRatio || 1),
      events: [],
      color: INK,
      font: { size: Math.round(rem * 0.875) },
      scales: {
        x: {
          stacked,
          beginAtZero: true,
          ticks: { color: INK, precision: 0 },
          grid: { color: GRID },
        },
        y: { stacked, ticks: { color: INK, autoSkip: false }, grid: { display: false } },
      },
      plugins: {
        legend: { display: data.series.length > 1, position: 'bottom', labels: { color: INK } },
      },
    },
  });
  return () => chart.destroy();
}
