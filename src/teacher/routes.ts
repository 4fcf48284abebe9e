/**
 * The teacher area's addresses: `#/teacher` (its home), `#/teacher/<page>`
 * and `#/teacher/<page>?<params>`, e.g. `#/teacher/class?code=KP7M3X`. They
 * give each page a link of its own and make the browser's back button work.
 * Pure, so it is unit-tested.
 */
export const TEACHER_HASH = '#/teacher';

export interface TeacherRoute {
  page: string;
  params: Record<string, string>;
}

/** True for any address of the teacher area. */
export function isTeacherHash(hash: string): boolean {
  return hash === TEACHER_HASH || hash.startsWith(`${TEACHER_HASH}/`) || hash.startsWith(`${TEACHER_HASH}?`);
}

/** The page and params of an address; `home` for the bare area, null outside it. */
export function parseTeacherHash(hash: string): TeacherRoute | null {
  if (!isTeacherHash(hash)) return null;
  const rest = hash.slice(TEACHER_HASH.length);
  const [path = '', query = ''] = rest.split('?', 2);
  const page = path.replace(/^\/+|\/+$/g, '') || 'home';
  const params: Record<string, string> = {};
  // A prototype-named key is only ever a string value on a plain object here, but skip it anyway.
  for (const [k, v] of new URLSearchParams(query)) if (k !== '__proto__') params[k] = v;
  return { page: /^[a-z][a-z0-9-]{0,40}$/.test(page) ? page : 'not-found', params };
}

export function teacherHash(page: string, params: Record<string, string | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) query.set(k, v);
  const q = query.toString();
  return `${TEACHER_HASH}${page === 'home' ? '' : `/${page}`}${q ? `?${q}` : ''}`;
}
