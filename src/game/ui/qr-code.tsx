/**
 * One QR code drawn as SVG rectangles (never innerHTML): black modules on
 * white with the 4-module quiet zone scanners need, scaled by CSS to fill the
 * room it has. `crispEdges` keeps neighbouring modules from blurring together.
 */
import { qrRuns } from './qr-rects';

const QUIET = 4;

export function QrCode({ matrix, label }: { matrix: boolean[][]; label: string }) {
  const size = matrix.length + QUIET * 2;
  return (
    <svg
      class="qr-code"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shape-rendering="crispEdges"
      data-testid="qr-code"
      data-modules={matrix.length}
    >
      <rect x={0} y={0} width={size} height={size} fill="#fff" />
      {qrRuns(matrix).map((r) => (
        <rect key={`${r.x}-${r.y}`} x={r.x + QUIET} y={r.y + QUIET} width={r.width} height={1} fill="#000" />
      ))}
    </svg>
  );
}
