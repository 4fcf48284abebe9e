/**
 * The stories that come with the game: open one as it is (to study it, or
 * to fix it and hand the files back), or start a new story from a copy of
 * it (its logic and source text; translations stay behind, see
 * model/copy-story.ts).
 */
import { useState } from 'preact/hooks';
import { isStoryId } from '../../format/template/new-story';

export interface ShippedStory {
  id: string;
  /** Title per language. */
  titles: Record<string, string>;
}

export interface ShippedListProps {
  t: (key: string, options?: Record<string, unknown>) => string;
  stories: ShippedStory[];
  language: string;
  taken(id: string): boolean;
  onOpen(id: string, copyAs?: string): void;
}

export function ShippedList({ t, stories, language, taken, onOpen }: ShippedListProps) {
  const [copying, setCopying] = useState<string | null>(null);
  const [copyId, setCopyId] = useState('');
  const [problem, setProblem] = useState('');
  if (stories.length === 0) return null;
  const title = (s: ShippedStory) => s.titles[language] ?? s.titles.en ?? s.id;
  return (
    <section class="panel studio-shipped">
      <h2>{t('shipped.title')}</h2>
      <p>{t('shipped.hint')}</p>
      <ul>
        {stories.map((s) => (
          <li key={s.id} class="studio-shipped-row" data-story={s.id}>
            <span class="studio-shipped-name">
              {title(s)} <code>{s.id}</code>
            </span>
            <button
              type="button"
              class="btn btn-secondary"
              data-testid="shipped-open"
              onClick={() => onOpen(s.id)}
            >
              {t('shipped.open')}
            </button>
            <button
              type="button"
              class="btn btn-ghost"
              data-testid="shipped-copy"
              aria-expanded={copying === s.id}
              onClick={() => {
                setCopying(copying === s.id ? null : s.id);
                setCopyId(`my-${s.id}`);
                setProblem('');
              }}
            >
              {t('shipped.copy')}
            </button>
            {copying === s.id && (
              <form
                class="studio-row"
                onSubmit={(e) => {
                  e.preventDefault();
                  if (!isStoryId(copyId)) return setProblem(t('new.badId'));
                  if (taken(copyId)) return setProblem(t('new.taken', { id: copyId }));
                  onOpen(s.id, copyId);
                }}
              >
                <label class="studio-field">
                  {t('new.id')}
                  <input
                    value={copyId}
                    data-testid="copy-id"
                    onInput={(e) => setCopyId(e.currentTarget.value.trim())}
                  />
                </label>
                <button type="submit" class="btn btn-primary" data-testid="copy-make">
                  {t('shipped.makeCopy')}
                </button>
                <p class="studio-problem" role="alert" hidden={!problem}>
                  {problem}
                </p>
              </form>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
