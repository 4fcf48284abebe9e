/**
 * Where hand-in files and pictures of QR codes go in: a large zone to drop
 * them on, saying what it takes, with a file picker inside it (the way in for
 * keyboard and touch users). Many files at once either way.
 */
import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import type { TeacherText } from './text';

export interface FileDropProps {
  t: TeacherText;
  busy: boolean;
  onFiles(files: File[]): void;
  inputRef?: Ref<HTMLInputElement>;
}

export function FileDrop({ t, busy, onFiles, inputRef }: FileDropProps) {
  const [over, setOver] = useState(false);
  const take = (list: FileList | null | undefined) => {
    const files = list ? [...list] : [];
    if (files.length > 0 && !busy) onFiles(files);
  };
  return (
    <div
      class={over ? 'drop-zone drop-zone-over' : 'drop-zone'}
      data-testid="import-drop"
      onDragEnter={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragOver={(e) => {
        e.preventDefault();
        if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={(e) => {
        // Leaving for one of the zone's own children is not leaving the zone.
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        take(e.dataTransfer?.files);
      }}
    >
      <p class="drop-zone-title">{t('import.files.drop')}</p>
      <p class="hint">{t('import.files.accepts')}</p>
      <label class={busy ? 'btn btn-primary file-pick is-busy' : 'btn btn-primary file-pick'}>
        <input
          ref={inputRef}
          type="file"
          multiple
          accept=".json,application/json,image/*"
          class="visually-hidden"
          data-testid="import-picker"
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget;
            take(input.files);
            // The same files can be chosen again (to see "already imported").
            input.value = '';
          }}
        />
        {t(busy ? 'import.files.reading' : 'import.files.choose')}
      </label>
    </div>
  );
}
