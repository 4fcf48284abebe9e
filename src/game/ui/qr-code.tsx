/**
 * One QR code drawn as SVG rectangles (never innerHTML): black modules on
 * white with the 4-module quiet zone scanners need, as large as its box
 * allows — but always a whole number of screen pixels per module. With
 * `crispEdges` and a fractional size, modules came out 4 or 5 pixels wide at
 * random, and a decoder sampling a regular grid (jsQR on a screenshot or a
 * camera frame) misread dense codes; equal modules read every time.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { qrRuns } from './qr-rects';

const QUIET = 4;

/** The largest size (CSS px) no wider than `room` whose modules are whole device pixels. */
export function snappedQrSize(room: number, modules: number, devicePixelRatio: number): number {
  const perModule = Math.floor((room * devicePixelRatio) / modules);
  // A box too small for one pixel per module keeps its size: better blurred than absent.
  return perModule >= 1 ? (perModule * modules) / devicePixelRatio : room;
}

export function QrCode({ matrix, label }: { matrix: boolean[][]; label: string }) {
  const size = matrix.length + QUIET * 2;
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const fit = () => setWidth(snappedQrSize(el.clientWidth, size, window.devicePixelRatio || 1));
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, [size]);
  return (
    <div class="qr-code-box" ref={box}>
      <svg
        class="qr-code"
        viewBox={`0 0 ${size} ${size}`}
        role="img"
        aria-label={label}
        shape-rendering="crispEdges"
        data-testid="qr-code"
        data-modules={matrix.length}
        style={width === null ? undefined : { width: `${width}px` }}
      >
        <rect x={0} y={0} width={size} height={size} fill="#fff" />
        {qrRuns(matrix).map((r) => (
          <rect
            key={`${r.x}-${r.y}`}
            x={r.x + QUIET}
            y={r.y + QUIET}
            width={r.width}
            height={1}
            fill="#000"
          />
        ))}
      </svg>
    </div>
  );
}
