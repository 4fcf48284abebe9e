/**
 * The teacher area's pages by name (the `<page>` of `#/teacher/<page>`).
 * Every page needs the PIN unless it says otherwise. A new page adds a line
 * here (and, to be listed on the home page, one in sections.ts).
 */
import { classPage } from './screens/class-page';
import { classesPage } from './screens/classes';
import { homePage } from './screens/home';
import { importPage } from './screens/import-page';
import { failurePage, notFoundPage, pinPage } from './screens/pin-pages';
import { storiesPage } from './screens/stories';
import { storyNotesPage } from './screens/story-notes';
import type { ShellPages, TeacherPage } from './teacher-app';

export const TEACHER_PAGES: Record<string, TeacherPage> = {
  home: { build: homePage },
  classes: { build: classesPage },
  class: { build: classPage },
  import: { build: importPage },
  stories: { build: storiesPage },
  story: { build: storyNotesPage },
  // The summary and the report (with the summary and export logic and papaparse) load when first opened.
  summary: {
    build: async (app, params) => (await import('./screens/summary-page')).summaryPage(app, params),
  },
  report: { build: async (app, params) => (await import('./screens/report-page')).reportPage(app, params) },
  // Classroom mode brings the engine and the chat's views: loaded when it opens.
  classroom: {
    build: (app, params) => import('./screens/classroom-page').then((m) => m.classroomPage(app, params)),
  },
  'not-found': { build: notFoundPage },
};

export const SHELL_PAGES: ShellPages = { pin: pinPage, failure: failurePage };
