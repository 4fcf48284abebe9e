/**
 * Everything the summary and the report of one class need, read once per
 * page: the class, its handed-in results and those played on this device
 * (`deviceAttemptsOf`; counted once each even if also handed in), what each
 * story is (`storyFactsFromPack`, from the game's own compiled packs through
 * `services.stories()`, which also registers the story's texts for the
 * teacher's language), and the summary of them all.
 */
import type { ClassAttempt, TeacherClass } from '../model';
import { storyFactsFromPack, summarise, type ClassSummary, type StoryFacts } from '../summary/index';
import type { TeacherApp } from '../teacher-app';
import { deviceAttemptsOf } from '../screens/this-device';
import { summaryWords, type SummaryWords } from './words';

export interface ClassResults {
  cls: TeacherClass;
  attempts: ClassAttempt[];
  summary: ClassSummary;
  stories: Map<string, StoryFacts>;
  words: SummaryWords;
  /** False when this device's own results could not be read (the page says so). */
  deviceRead: boolean;
}

async function storyFacts(app: TeacherApp, ids: Iterable<string>): Promise<Map<string, StoryFacts>> {
  const lib = await app.services.stories();
  const facts = new Map<string, StoryFacts>();
  await Promise.all(
    [...ids].map(async (id) => {
      try {
        facts.set(id, storyFactsFromPack(await lib.load(id)));
      } catch (error) {
        // A story no longer on this device still counts, under its id (docs/teacher-data.md).
        console.warn(`The summary goes on without story "${id}"`, error);
      }
    }),
  );
  return facts;
}

/** null when there is no such class. */
export async function loadClassResults(
  app: TeacherApp,
  code: string | undefined,
): Promise<ClassResults | null> {
  const store = app.services.store;
  const cls = code ? await store.getClass(code) : undefined;
  if (!cls) return null;
  const handedIn = await store.listAttempts({ classCode: cls.code });
  let device: ClassAttempt[] = [];
  let deviceRead = true;
  try {
    const progress = await app.services.progress();
    const [profiles, all] = await Promise.all([progress.listProfiles(), progress.listAttempts()]);
    device = deviceAttemptsOf(cls.code, profiles, all, app.services.classCodes, app.services.now());
  } catch {
    deviceRead = false;
  }
  const attempts = [...handedIn, ...device];
  const [stories] = await Promise.all([
    storyFacts(app, new Set(attempts.map((a) => a.scenarioId))),
    app.services.i18n.loadNamespace('lessons'),
  ]);
  const summary = summarise(attempts, [...stories.values()], { classes: [cls] });
  const words = summaryWords(app.services.i18n, (k, o) => app.t(k, o), stories);
  return { cls, attempts, summary: summary.classes[0] ?? summary.all, stories, words, deviceRead };
}
