/**
 * Opening a folder the page may write to (the File System Access API) and
 * saving back into it, against an in-memory folder with the API's shape:
 * the browser's picker cannot be driven by a test, the rest can.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openWritableFolder, saveToFolder } from '../../../src/studio/files/open-files';
import { withFile } from '../../../src/studio/model/story-files';

class FakeFile {
  readonly kind = 'file';
  constructor(
    readonly name: string,
    public text: string,
  ) {}
  getFile() {
    return Promise.resolve({ text: () => Promise.resolve(this.text) });
  }
  createWritable() {
    let written = '';
    return Promise.resolve({
      write: (data: string) => Promise.resolve(void (written += data)),
      close: () => Promise.resolve(void (this.text = written)),
    });
  }
}

class FakeDir {
  readonly kind = 'directory';
  readonly entries = new Map<string, FakeDir | FakeFile>();
  constructor(readonly name: string) {}
  async *values() {
    yield* this.entries.values();
  }
  getDirectoryHandle(name: string, o?: { create?: boolean }) {
    let d = this.entries.get(name);
    if (!d && o?.create) this.entries.set(name, (d = new FakeDir(name)));
    return d instanceof FakeDir ? Promise.resolve(d) : Promise.reject(new Error('NotFoundError'));
  }
  getFileHandle(name: string, o?: { create?: boolean }) {
    let f = this.entries.get(name);
    if (!f && o?.create) this.entries.set(name, (f = new FakeFile(name, '')));
    return f instanceof FakeFile ? Promise.resolve(f) : Promise.reject(new Error('NotFoundError'));
  }
  /** Builds a tree from `{ 'a/b.yaml': 'text' }`. */
  static of(name: string, files: Record<string, string>): FakeDir {
    const root = new FakeDir(name);
    for (const [path, text] of Object.entries(files)) {
      const parts = path.split('/');
      let dir = root;
      for (const p of parts.slice(0, -1)) {
        if (!dir.entries.has(p)) dir.entries.set(p, new FakeDir(p));
        dir = dir.entries.get(p) as FakeDir;
      }
      dir.entries.set(parts.at(-1)!, new FakeFile(parts.at(-1)!, text));
    }
    return root;
  }
  text(path: string): string | undefined {
    const [first, ...rest] = path.split('/');
    const here = this.entries.get(first!);
    if (rest.length === 0) return here instanceof FakeFile ? here.text : undefined;
    return here instanceof FakeDir ? here.text(rest.join('/')) : undefined;
  }
}

const picking = (root: FakeDir | Error) => {
  (globalThis as unknown as { window: unknown }).window = {
    showDirectoryPicker: () => (root instanceof Error ? Promise.reject(root) : Promise.resolve(root)),
  };
};

afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe('a folder the page may write to', () => {
  it('opens the library folder as its stories, and saves an edit into the right story’s files only', async () => {
    const library = FakeDir.of('scenarios', {
      'a-story/scenario.yaml': 'id: a-story',
      'a-story/text/es.yaml': 'hola: hola',
      'b-story/scenario.yaml': 'id: b-story',
      'b-story/text/es.yaml': 'x: y',
      'scenario.schema.json': '{}',
    });
    picking(library);
    const opening = await openWritableFolder();
    expect(opening.ok).toBe(true);
    if (!opening.ok) return;
    const [a, b] = opening.opened.stories;
    expect([a!.folder, b!.folder]).toEqual(['a-story', 'b-story']);
    const target = opening.opened.target(b!);
    expect(target.kind).toBe('folder');
    if (target.kind !== 'folder') return;
    const edited = withFile(withFile(b!, 'text/es.yaml', 'x: z'), 'text/en.yaml', 'x: new language');
    await saveToFolder(target.dir, edited, ['text/es.yaml', 'text/en.yaml']);
    expect(library.text('b-story/text/es.yaml')).toBe('x: z');
    expect(library.text('b-story/text/en.yaml')).toBe('x: new language');
    expect(library.text('b-story/scenario.yaml')).toBe('id: b-story');
    expect(library.text('a-story/text/es.yaml')).toBe('hola: hola');
  });

  it('a story folder picked itself is its own target', async () => {
    const folder = FakeDir.of('my-story', { 'scenario.yaml': 'id: my-story', 'text/es.yaml': 'a: b' });
    picking(folder);
    const opening = await openWritableFolder();
    expect(opening.ok && opening.opened.stories.map((s) => s.folder)).toEqual(['my-story']);
    if (!opening.ok) return;
    const target = opening.opened.target(opening.opened.stories[0]!);
    expect(target.kind === 'folder' && target.dir).toBe(folder);
  });

  it('says when nothing was picked, or the folder holds no story, and opens nothing', async () => {
    picking(new Error('AbortError'));
    expect(await openWritableFolder()).toEqual({ ok: false, problem: 'cancelled' });
    picking(FakeDir.of('photos', { 'holiday/readme.yaml': 'a: b' }));
    expect(await openWritableFolder()).toEqual({ ok: false, problem: 'no-story' });
  });
});
