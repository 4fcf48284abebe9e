/**
 * A QR matrix as the few rectangles an SVG needs: each run of dark modules
 * in a row becomes one rectangle (a version-10 code has ~1,500 dark modules
 * but a few hundred runs), so the page draws it quickly. Pure, so tested.
 */
export interface QrRun {
  x: number;
  y: number;
  width: number;
}

export function qrRuns(matrix: readonly (readonly boolean[])[]): QrRun[] {
  const runs: QrRun[] = [];
  matrix.forEach((row, y) => {
    let start = -1;
    for (let x = 0; x <= row.length; x++) {
      const dark = x < row.length && row[x] === true;
      if (dark && start < 0) start = x;
      if (!dark && start >= 0) {
        runs.push({ x: start, y, width: x - start });
        start = -1;
      }
    }
  });
  return runs;
}
