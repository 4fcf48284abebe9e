/**
 * The hand-in's checksum: SHA-256 over the canonical JSON (keys sorted, no
 * white space) of `{ format, version, handIn }`, so changing any of them, or
 * any value inside, shows. It catches damage and casual editing; it is not
 * a signature (anyone can compute a new one), which is why the reader also
 * validates every field.
 *
 * The writer puts the hand-in into the file in that canonical form, so a
 * reader can hash the text as it stands (`checksumOfCanonical`) instead of
 * rebuilding the canonical form from the parsed data, which costs several
 * times more over a class's 1,400 files. If the text was reformatted (a
 * text editor), the hash of the text differs and the reader rebuilds the
 * canonical form after all (`handInChecksum`): the shortcut never refuses
 * a good file.
 */
import { sha256Hex } from '../../store/sha256.js';
import { canonicalText, keysOf } from './untrusted-json.js';

const WRAPPER_KEYS = ['format', 'version', 'handIn'];

/**
 * The text the checksum is taken over. `keys`: every key inside `handIn`,
 * when the caller already has them (`parseUntrustedJson` collects them).
 */
export function checksumText(
  format: unknown,
  version: unknown,
  handIn: unknown,
  keys?: readonly string[],
): string {
  const wrapper = { format, version, handIn };
  return canonicalText(wrapper, keys ? [...keys, ...WRAPPER_KEYS] : keysOf(wrapper));
}

export function handInChecksum(
  format: unknown,
  version: unknown,
  handIn: unknown,
  keys?: readonly string[],
): Promise<string> {
  return sha256Hex(checksumText(format, version, handIn, keys));
}

/**
 * The same text when the hand-in's canonical JSON is at hand: the wrapper's
 * keys in sorted order are format, handIn, version.
 */
export function wrapperText(format: string, version: number, canonicalHandIn: string): string {
  return `{"format":${JSON.stringify(format)},"handIn":${canonicalHandIn},"version":${String(version)}}`;
}

export function checksumOfCanonical(
  format: string,
  version: number,
  canonicalHandIn: string,
): Promise<string> {
  return sha256Hex(wrapperText(format, version, canonicalHandIn));
}
