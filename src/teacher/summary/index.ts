/** The class summary (docs/teacher-data.md). */
export { summarise } from './summarise.js';
export { storyFactsFromPack, type EndingFacts, type StoryFacts } from './story-facts.js';
export { attemptFacts, compareAttempts, type AttemptFacts } from './attempt-facts.js';
export type * from './types.js';
