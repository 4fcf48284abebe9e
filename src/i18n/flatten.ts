import { isForbiddenKey } from '../format/check/guard.js';

/**
 * Locale files may nest objects (signs.json: `{ "flattery": { "name": … } }`);
 * keys are flat here, so nested keys are joined with dots (`flattery.name`).
 * Keys that could reach a prototype are skipped, by the format's guard.
 */
export function flatten(
  table: Record<string, unknown>,
  prefix = '',
  out: Record<string, string> = {},
  depth = 0,
): Record<string, string> {
  if (depth > 5) return out;
  for (const [k, v] of Object.entries(table)) {
    if (isForbiddenKey(k)) continue;
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out[key] = v;
    else if (v && typeof v === 'object' && !Array.isArray(v))
      flatten(v as Record<string, unknown>, key, out, depth + 1);
  }
  return out;
}
