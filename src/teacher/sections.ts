/**
 * The teacher area's sections, as its home lists them: a page name
 * (registered in pages.ts) and the key of its title and one-line text in the
 * `teacher` namespace (`<key>.title`, `<key>.text`, which gets `count`: the
 * number of active classes). Later sections (import, summary, report) add a
 * line here and a page there.
 */
export const TEACHER_SECTIONS: readonly { page: string; key: string }[] = [
  { page: 'classes', key: 'section.classes' },
  { page: 'stories', key: 'section.stories' },
];
