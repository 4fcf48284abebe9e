/**
 * The hand-in's checksum: SHA-256 over the canonical JSON (keys sorted) of
 * the format name, the version and the hand-in itself, so changing any of
 * them, or any value inside, shows. It catches damage and casual editing;
 * it is not a signature (anyone can compute a new one), which is why the
 * reader also validates every field.
 */
import { canonicalJson } from '../../store/json-guard.js';
import { sha256Hex } from '../../store/sha256.js';

export function checksumText(format: unknown, version: unknown, handIn: unknown): string {
  return canonicalJson({ format, version, handIn });
}

export function handInChecksum(format: unknown, version: unknown, handIn: unknown): Promise<string> {
  return sha256Hex(checksumText(format, version, handIn));
}
