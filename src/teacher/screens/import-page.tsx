/**
 * Importing results into a class (`#/teacher/import?code=<class>`): hand-in
 * files and pictures of QR codes by the picker or dropped on the page, and QR
 * codes read by the camera. Each file or set of codes gets its own line
 * (imported, already imported, or why not), and each batch a summary that
 * screen readers hear. Without a class in the address, the teacher picks one.
 */
import type { VNode } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { importHandIns, storeHandIn, type ImportItem } from '../import/import-hand-ins';
import type { ImportOutcome } from '../import/outcome';
import { tally } from '../import/outcome';
import { readPictureFile } from '../import/qr-reader';
import { itemsFromFiles } from '../import/read-files';
import type { TeacherClass } from '../model';
import type { TeacherApp } from '../teacher-app';
import { CameraScan } from '../ui/camera-scan';
import { FileDrop } from '../ui/file-drop';
import { ImportResults, type ImportBatch } from '../ui/import-results';
import { backHome, TeacherScreen } from '../ui/teacher-screen';
import { MissingClass } from './class-page';
import { tallyText } from './import-text';
import '../styles/import.css';

function ImportPage({ app, cls }: { app: TeacherApp; cls: TeacherClass }) {
  const t = app.t.bind(app);
  const language = app.services.i18n.language();
  const [batches, setBatches] = useState<ImportBatch[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const picker = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLDivElement>(null);
  const nextKey = useRef(1);
  const focusSummary = useRef(false);

  // A file dropped beside the zone would otherwise be opened by the browser, leaving the page.
  useEffect(() => {
    const keep = (e: DragEvent) => e.preventDefault();
    window.addEventListener('dragover', keep);
    window.addEventListener('drop', keep);
    return () => {
      window.removeEventListener('dragover', keep);
      window.removeEventListener('drop', keep);
    };
  }, []);

  const target = async () => ({
    store: app.services.store,
    cls,
    classes: await app.services.store.listClasses(),
    now: app.services.now(),
  });

  /** A new batch of lines; its summary is announced, unless the focus moves to it (which reads it). */
  const show = (outcomes: ImportOutcome[], focus: boolean) => {
    focusSummary.current = focus;
    setBatches((old) => [{ key: nextKey.current++, outcomes }, ...old]);
    if (!focus) app.announce(tallyText(tally(outcomes), t, language));
  };

  // After a choice of files the focus moves to the new summary: it is read out, it comes into
  // view (on a phone the results are far below the drop zone), and Tab goes on through the lines.
  useEffect(() => {
    if (!focusSummary.current) return;
    focusSummary.current = false;
    results.current?.querySelector<HTMLElement>('.import-summary')?.focus();
  }, [batches]);

  const run = async (
    items: () => Promise<ImportItem[]>,
    { focus = false } = {},
  ): Promise<ImportOutcome[] | null> => {
    setBusy(true);
    setError('');
    try {
      const outcomes = await importHandIns(await items(), await target());
      show(outcomes, focus);
      return outcomes;
    } catch (err) {
      console.error(err);
      setError(t('storage.writeFailed'));
      return null;
    } finally {
      setBusy(false);
    }
  };

  const onFiles = (files: File[]) => void run(() => itemsFromFiles(files, readPictureFile), { focus: true });

  const onHandIn = async (payload: string): Promise<ImportOutcome> => {
    const name = t('import.camera.itemName');
    const outcomes = await run(async () => [{ name, source: 'qr', input: payload }]);
    return outcomes?.[0] ?? { name, status: 'refused', reason: 'storage' };
  };

  const importInto = async (batchKey: number, index: number) => {
    const batch = batches.find((b) => b.key === batchKey);
    const outcome = batch?.outcomes[index];
    if (!outcome || outcome.status !== 'refused' || !outcome.otherClass || !outcome.handIn) return;
    const into = outcome.otherClass;
    const stored = await storeHandIn(outcome.name, outcome.handIn, outcome.source ?? 'file', {
      store: app.services.store,
      cls: into,
      now: app.services.now(),
    });
    const replaced = stored.status === 'refused' ? stored : { ...stored, intoClass: into };
    setBatches((old) =>
      old.map((b) =>
        b.key === batchKey ? { ...b, outcomes: b.outcomes.map((o, i) => (i === index ? replaced : o)) } : b,
      ),
    );
    app.announce(tallyText(tally([replaced]), t, language));
  };

  return (
    <TeacherScreen
      app={app}
      name="import"
      back={{ label: cls.name, go: () => app.go('class', { code: cls.code }) }}
    >
      <h1>{t('import.title')}</h1>
      <p class="import-class" data-testid="import-class">
        {t('import.into', { name: cls.name, code: cls.code })}
      </p>
      <p class="lead">{t('import.intro')}</p>
      <p class="hint" data-testid="import-device-note">
        {t('import.deviceNote')}
      </p>

      <h2>{t('import.files.title')}</h2>
      <FileDrop t={t} busy={busy} onFiles={onFiles} inputRef={picker} />
      <p class="hint">{t('import.files.limits')}</p>

      <h2>{t('import.camera.title')}</h2>
      <p class="hint">{t('import.camera.intro')}</p>
      <CameraScan t={t} language={language} onHandIn={onHandIn} onPictures={() => picker.current?.click()} />

      <h2>{t('import.results.title')}</h2>
      <p class="form-error" role="alert">
        {error}
      </p>
      <div ref={results}>
        {batches.length === 0 ? (
          <p data-testid="import-none">{t('import.results.none')}</p>
        ) : (
          <ImportResults
            t={t}
            language={language}
            batches={batches}
            onImportInto={(b, i) => void importInto(b, i)}
          />
        )}
      </div>
    </TeacherScreen>
  );
}

/** Without a class in the address: the classes in use, to pick the one to import into. */
function ChooseClass({ app, classes }: { app: TeacherApp; classes: TeacherClass[] }) {
  return (
    <TeacherScreen app={app} name="import-choose" back={backHome(app)}>
      <h1>{app.t('import.title')}</h1>
      <p class="lead">{app.t('import.choose')}</p>
      {classes.length === 0 ? (
        <>
          <p>{app.t('classes.none')}</p>
          <button type="button" class="btn btn-primary" onClick={() => app.go('classes')}>
            {app.t('classes.title')}
          </button>
        </>
      ) : (
        <ul class="class-list">
          {classes.map((c) => (
            <li key={c.code}>
              <button
                type="button"
                class="class-row"
                data-testid="import-class-row"
                onClick={() => app.go('import', { code: c.code })}
              >
                <span class="class-row-name">{c.name}</span>
                <span class="class-row-code">{c.code}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </TeacherScreen>
  );
}

export async function importPage(app: TeacherApp, params: Record<string, string>): Promise<VNode> {
  const store = app.services.store;
  if (!params.code) {
    const classes = (await store.listClasses()).filter((c) => !c.archived);
    return <ChooseClass app={app} classes={classes} />;
  }
  const cls = await store.getClass(params.code);
  return cls ? <ImportPage app={app} cls={cls} /> : <MissingClass app={app} />;
}
