/**
 * Finding QR codes in a picture (the camera's current frame, or a photo or
 * screenshot the teacher chose), in the browser: its own `BarcodeDetector`
 * where it reads `qr_code` (Android, ChromeOS, macOS), otherwise jsQR on a
 * canvas. jsQR is loaded only here, with a dynamic import, so it costs
 * nothing until the camera opens or a picture is chosen.
 */

/** The part of the browser's BarcodeDetector this uses (not yet in TypeScript's DOM types). */
interface BarcodeDetectorLike {
  detect(source: CanvasImageSource | ImageBitmap): Promise<{ rawValue: string }[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

export interface QrReader {
  /** Which decoder reads: the browser's own, or jsQR. */
  kind: 'native' | 'jsqr';
  /** The texts of the QR codes in the picture ([] for none). */
  read(source: CanvasImageSource, width: number, height: number): Promise<string[]>;
}

/**
 * jsQR's time grows with the pixels it is given, so pictures are scaled down
 * first: a camera frame to 720 px on its long side (the code held close fills
 * much of it), a chosen picture to 1,600 px (enough for a code filling a fifth
 * of a photo; looked at once, so it may take longer).
 */
const CAMERA_MAX_SIDE = 720;
const PICTURE_MAX_SIDE = 1600;

/**
 * The sizes camera frames are read at, one after another. jsQR samples a grid
 * from the finder patterns' size, and a code whose modules are a fraction of a
 * pixel apart (a camera scaling its picture) can defeat it at one size and read
 * at another; a frame is at most 720 px already, so the other sizes are smaller.
 */
export const CAMERA_SCALES = [1, 0.8, 0.65];

/** The sizes a picture is tried at, after the browser's own detector found nothing. */
const PICTURE_SCALES = [1, 1.5, 0.75, 1.25];

let opening: Promise<QrReader> | null = null;

/** The reader, made once per page (the native detector if it reads QR codes). */
export function openQrReader(options: { thorough?: boolean } = {}): Promise<QrReader> {
  if (options.thorough) return jsqrReader(true);
  opening ??= nativeReader().then((native) => native ?? jsqrReader(false));
  return opening;
}

async function nativeReader(): Promise<QrReader | null> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (!Detector) return null;
  try {
    if (!(await Detector.getSupportedFormats()).includes('qr_code')) return null;
    const detector = new Detector({ formats: ['qr_code'] });
    return {
      kind: 'native',
      read: async (source) => (await detector.detect(source)).map((code) => code.rawValue),
    };
  } catch {
    return null;
  }
}

async function jsqrReader(thorough: boolean): Promise<QrReader> {
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return {
    kind: 'jsqr',
    async read(source, width, height) {
      if (!context || width === 0 || height === 0) return [];
      const scale = Math.min(1, (thorough ? PICTURE_MAX_SIDE : CAMERA_MAX_SIDE) / Math.max(width, height));
      canvas.width = Math.max(1, Math.round(width * scale));
      canvas.height = Math.max(1, Math.round(height * scale));
      context.drawImage(source, 0, 0, canvas.width, canvas.height);
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
      // A camera frame is read several times a second: only dark-on-light codes (what the game shows).
      const code = jsQR(pixels.data, pixels.width, pixels.height, {
        inversionAttempts: thorough ? 'attemptBoth' : 'dontInvert',
      });
      return code ? [code.data] : [];
    },
  };
}

/**
 * The codes in a picture file; null when the browser cannot open it (a
 * format it does not know, a damaged file). A picture the native detector
 * finds nothing in is tried with jsQR too, which copes with some photos it
 * does not.
 */
export async function readPictureFile(file: Blob): Promise<string[] | null> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return null;
  }
  try {
    const reader = await openQrReader();
    const found = await reader.read(bitmap, bitmap.width, bitmap.height);
    if (found.length > 0) return found;
    // jsQR samples a grid from the finder patterns' size, and a screenshot whose
    // modules are a fraction of a pixel apart can defeat it at one scale and
    // read at another (measured: a dense code read at 1.5x and not at 1x or 2x).
    const thorough = await openQrReader({ thorough: true });
    for (const scale of PICTURE_SCALES) {
      const more = await thorough.read(bitmap, bitmap.width * scale, bitmap.height * scale);
      if (more.length > 0) return more;
    }
    return [];
  } finally {
    bitmap.close();
  }
}
