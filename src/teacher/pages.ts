/**
 * The teacher area's pages by name (the `<page>` of `#/teacher/<page>`).
 * Every page needs the PIN unless it says otherwise. A new page adds a line
 * here (and, to be listed on the home page, one in sections.ts).
 */
import { classPage } from './screens/class-page';
import { classesPage } from './screens/classes';
import { homePage } from './screens/home';
import { failurePage, notFoundPage, pinPage } from './screens/pin-pages';
import type { ShellPages, TeacherPage } from './teacher-app';

export const TEACHER_PAGES: Record<string, TeacherPage> = {
  home: { build: homePage },
  classes: { build: classesPage },
  class: { build: classPage },
  // Classroom mode brings the engine and the chat's views: loaded when it opens.
  classroom: {
    build: (app, params) => import('./screens/classroom-page').then((m) => m.classroomPage(app, params)),
  },
  'not-found': { build: notFoundPage },
};

export const SHELL_PAGES: ShellPages = { pin: pinPage, failure: failurePage };
