import { CLASS_NAME_MAX } from '../store/index';

/** A class name as typed, made storable: spaces trimmed and joined, control characters dropped, cut to the limit. */
export function cleanClassName(typed: string): string {
  return [
    ...typed
      .replace(/[\p{C}]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  ]
    .slice(0, CLASS_NAME_MAX)
    .join('')
    .trim();
}
