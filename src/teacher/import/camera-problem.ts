/**
 * Why the camera did not open, as one of the reasons the import page has
 * words for. `getUserMedia` fails with a DOMException whose name says why
 * (older browsers used other names for the same things).
 */
export type CameraProblem = 'insecure' | 'unsupported' | 'denied' | 'none' | 'busy' | 'failed';

const BY_NAME: Record<string, CameraProblem> = {
  NotAllowedError: 'denied',
  SecurityError: 'denied',
  PermissionDeniedError: 'denied',
  NotFoundError: 'none',
  DevicesNotFoundError: 'none',
  OverconstrainedError: 'none',
  NotReadableError: 'busy',
  TrackStartError: 'busy',
  AbortError: 'busy',
};

export function cameraProblemOf(error: unknown): CameraProblem {
  const name = error && typeof error === 'object' && 'name' in error ? (error as { name: unknown }).name : '';
  return (typeof name === 'string' && Object.hasOwn(BY_NAME, name) && BY_NAME[name]) || 'failed';
}
