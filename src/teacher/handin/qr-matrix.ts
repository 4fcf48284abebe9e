/**
 * The modules of one QR code, for the screens to draw as SVG rectangles
 * (no canvas, no markup strings). uqr makes the matrix; error correction M
 * (15 %) survives a scratched screen or a little glare. The matrix has no
 * quiet zone: the drawer leaves `QR_QUIET_ZONE` light modules around it,
 * which readers need to find the code.
 */
import { encode } from 'uqr';

export const QR_QUIET_ZONE = 4;
export const QR_ERROR_CORRECTION = 'M';

export interface QrMatrix {
  /** Modules per side. */
  size: number;
  /** `modules[y][x]`: true for a dark module. */
  modules: boolean[][];
  /** The QR version (1–40) uqr chose for the text. */
  version: number;
}

/** Throws a RangeError for text longer than one code holds (`splitForQr` never makes such frames). */
export function qrMatrix(text: string): QrMatrix {
  const qr = encode(text, { ecc: QR_ERROR_CORRECTION, border: 0 });
  return { size: qr.size, modules: qr.data, version: qr.version };
}

/** A horizontal run of dark modules: one SVG rect instead of `width` squares. */
export interface QrRun {
  x: number;
  y: number;
  width: number;
}

/** The dark modules as horizontal runs, about a third as many rects as modules. */
export function qrRuns(matrix: Pick<QrMatrix, 'modules'>): QrRun[] {
  const runs: QrRun[] = [];
  matrix.modules.forEach((row, y) => {
    let start = -1;
    for (let x = 0; x <= row.length; x++) {
      const dark = x < row.length && row[x] === true;
      if (dark && start < 0) start = x;
      else if (!dark && start >= 0) {
        runs.push({ x: start, y, width: x - start });
        start = -1;
      }
    }
  });
  return runs;
}
