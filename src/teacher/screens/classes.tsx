/**
 * Classes: making one (a name, and a generated code the children type in
 * their profile), the classes in use with their results, and the archived
 * ones folded away below.
 */
import type { VNode } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { TeacherClass } from '../model';
import { CLASS_NAME_MAX, TeacherStoreError } from '../store/index';
import type { TeacherApp } from '../teacher-app';
import { newClassCode } from '../ui/class-code-seam';
import { backHome, TeacherScreen } from '../ui/teacher-screen';
import { cleanClassName } from './class-name';

interface ClassRow {
  cls: TeacherClass;
  results: number;
}

function ClassList({ app, rows }: { app: TeacherApp; rows: ClassRow[] }) {
  return (
    <ul class="class-list">
      {rows.map(({ cls, results }) => (
        <li key={cls.code}>
          <button
            type="button"
            class="class-row"
            data-testid="class-row"
            data-code={cls.code}
            onClick={() => app.go('class', { code: cls.code })}
          >
            <span class="class-row-name">{cls.name}</span>
            <span
              class="class-row-code"
              aria-label={app.t('class.codeLabel', { code: cls.code.split('').join(' ') })}
            >
              {cls.code}
            </span>
            <span class="class-row-results">{app.t('classes.results', { count: results })}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function NewClassForm({ app, codes }: { app: TeacherApp; codes: string[] }) {
  const id = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    const clean = cleanClassName(name);
    if (!clean) {
      setError(app.t('classes.nameMissing'));
      return;
    }
    setBusy(true);
    try {
      const code = newClassCode(app.services.classCodes, codes);
      await app.services.store.putClass({
        code,
        name: clean,
        createdAt: app.services.now(),
        archived: false,
      });
      app.go('class', { code, made: '1' });
    } catch (err) {
      setBusy(false);
      setError(
        err instanceof TeacherStoreError
          ? app.t(`storage.reason.${err.reason}`)
          : app.t('storage.writeFailed'),
      );
    }
  };
  return (
    <form class="new-class" noValidate onSubmit={(e) => void submit(e)}>
      <label for={`name-${id}`}>{app.t('classes.name')}</label>
      <div class="row">
        <input
          id={`name-${id}`}
          type="text"
          maxLength={CLASS_NAME_MAX}
          autocomplete="off"
          aria-describedby={`name-hint-${id}`}
          data-testid="class-name"
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />
        <button type="submit" class="btn btn-primary" data-testid="class-create" disabled={busy}>
          {app.t('classes.create')}
        </button>
      </div>
      <p class="hint" id={`name-hint-${id}`}>
        {app.t('classes.nameHint')}
      </p>
      <p class="form-error" role="alert" data-testid="class-error">
        {error}
      </p>
    </form>
  );
}

function ClassesPage({
  app,
  rows,
  status,
}: {
  app: TeacherApp;
  rows: ClassRow[];
  status: string | undefined;
}) {
  const active = rows.filter((r) => !r.cls.archived);
  const archived = rows.filter((r) => r.cls.archived);
  return (
    <TeacherScreen app={app} name="classes" back={backHome(app)}>
      <h1>{app.t('classes.title')}</h1>
      {status && (
        <p class="notice" role="status" data-testid="classes-status">
          {status}
        </p>
      )}
      <p class="lead">{app.t('classes.intro')}</p>
      <h2>{app.t('classes.new')}</h2>
      <NewClassForm app={app} codes={rows.map((r) => r.cls.code)} />
      <h2>{app.t('classes.active')}</h2>
      {active.length === 0 ? <p>{app.t('classes.none')}</p> : <ClassList app={app} rows={active} />}
      {archived.length > 0 && (
        <details class="archived-classes" data-testid="archived-classes">
          <summary>{app.t('classes.archived', { count: archived.length })}</summary>
          <ClassList app={app} rows={archived} />
        </details>
      )}
    </TeacherScreen>
  );
}

export async function classesPage(app: TeacherApp, params: Record<string, string>): Promise<VNode> {
  const store = app.services.store;
  const [classes, attempts] = await Promise.all([store.listClasses(), store.listAttempts()]);
  const counts = new Map<string, number>();
  for (const a of attempts) counts.set(a.classCode, (counts.get(a.classCode) ?? 0) + 1);
  const rows = classes.map((cls) => ({ cls, results: counts.get(cls.code) ?? 0 }));
  // A class deleted on its own page comes back here with what happened.
  const status = params.deleted ? app.t('class.deleted', { name: params.deleted }) : undefined;
  return <ClassesPage app={app} rows={rows} status={status} />;
}
