/** A story's age bands, topics and minutes on one line, as the story list and its notes show them. */
import type { TeacherApp } from '../teacher-app';

export function StoryFacts({
  app,
  topics,
  ageBands,
  minutes,
}: {
  app: TeacherApp;
  topics: readonly string[];
  ageBands: readonly string[];
  minutes: number;
}) {
  const endings = (key: string) => app.t(key, { ns: 'endings' });
  return (
    <p class="story-facts" data-testid="story-facts">
      <span>{topics.map((t) => endings(`topic.${t}.name`)).join(', ')}</span>
      <span>
        {app.t('stories.ages', { bands: ageBands.map((b) => endings(`ageBand.${b}.name`)).join(', ') })}
      </span>
      <span>{app.t('hub.minutes', { count: minutes })}</span>
    </p>
  );
}
