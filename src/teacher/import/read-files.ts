/**
 * Files the teacher chose or dropped, turned into things to import: hand-in
 * files are read as bytes (after a size check that reads nothing), pictures
 * go to a QR reader and their codes are joined (picture-codes.ts). Works on
 * anything shaped like a `File`, so Node tests pass their own.
 */
import { itemsFromPictures, type PictureCodes } from './picture-codes';
import type { ImportItem } from './import-hand-ins';

/**
 * A hand-in of 20 results is 16–45 KB; 2 MB is some forty times that. Larger
 * is never a hand-in, so it is refused without being read.
 */
export const HANDIN_FILE_LIMIT = 2 * 1024 * 1024;
/** A phone camera's photo is 2–12 MB; a picture larger than this is refused unopened. */
export const PICTURE_FILE_LIMIT = 25 * 1024 * 1024;

export interface FileLike {
  name: string;
  size: number;
  type: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The texts of the QR codes in a picture ([] for none), or null when it cannot be opened. */
export type PictureReader<F extends FileLike = FileLike> = (file: F) => Promise<string[] | null>;

const PICTURE_NAME = /\.(png|jpe?g|webp|gif|bmp|avif|heic|heif)$/i;

export function isPicture(file: Pick<FileLike, 'name' | 'type'>): boolean {
  return file.type.startsWith('image/') || PICTURE_NAME.test(file.name);
}

/** Hand-in files first, in the order given, then what the pictures held. */
export async function itemsFromFiles<F extends FileLike>(
  files: readonly F[],
  readPicture: PictureReader<F>,
): Promise<ImportItem[]> {
  const items: ImportItem[] = [];
  const pictures: PictureCodes[] = [];
  for (const file of files) {
    const picture = isPicture(file);
    if (file.size > (picture ? PICTURE_FILE_LIMIT : HANDIN_FILE_LIMIT)) {
      items.push({ name: file.name, refused: 'file-too-large' });
      continue;
    }
    if (picture) {
      let texts: string[] | null;
      try {
        texts = await readPicture(file);
      } catch {
        texts = null;
      }
      pictures.push({ name: file.name, texts });
      continue;
    }
    try {
      items.push({ name: file.name, source: 'file', input: new Uint8Array(await file.arrayBuffer()) });
    } catch {
      items.push({ name: file.name, refused: 'unreadable' });
    }
  }
  return [...items, ...itemsFromPictures(pictures)];
}
