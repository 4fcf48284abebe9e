/**
 * The example configuration of docs/deploy.md, really served: nginx with
 * deploy/nginx.conf (only `listen` and `root` changed) in front of dist/.
 * The headers come back as the docs promise, and the game plays and works
 * offline behind it. Skipped where nginx is not installed
 * (`apt-get install nginx-light`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, SECURITY_HEADERS } from '../../../src/vite/security-headers';
import { expect, test } from './fixtures';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));

function freePort(): Promise<number> {
  return new Promise((ok) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => ok(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

test('the example nginx configuration sends the headers and serves a game that works offline', async ({
  page,
  context,
}) => {
  test.skip(!NGINX, 'nginx is not installed');
  const dir = mkdtempSync(join(tmpdir(), 'escudo-nginx-'));
  const port = await freePort();
  const conf = readFileSync('deploy/nginx.conf', 'utf8')
    .replace(/listen 8080;/, `listen 127.0.0.1:${port};`)
    .replace(/root \/var\/www\/escudo;/, `root ${resolve('dist')};`);
  writeFileSync(join(dir, 'nginx.conf'), conf);
  const check = spawnSync(
    NGINX!,
    [
      '-t',
      '-p',
      dir,
      '-c',
      join(dir, 'nginx.conf'),
      '-g',
      `pid ${dir}/nginx.pid; error_log ${dir}/error.log;`,
    ],
    {
      encoding: 'utf8',
    },
  );
  expect(check.status, `nginx -t: ${check.stderr}`).toBe(0);
  const nginx = spawn(
    NGINX!,
    [
      '-p',
      dir,
      '-c',
      join(dir, 'nginx.conf'),
      '-g',
      `daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;`,
    ],
    { stdio: 'ignore' },
  );
  const origin = `http://127.0.0.1:${port}`;
  try {
    await expect
      .poll(() =>
        fetch(`${origin}/`).then(
          (r) => r.status,
          () => 0,
        ),
      )
      .toBe(200);
    const asset = /src="\.\/(assets\/[^"]+\.js)"/.exec(readFileSync('dist/index.html', 'utf8'))?.[1];
    for (const [path, cache, type] of [
      ['/', CACHE_REVALIDATE, 'text/html'],
      ['/sw.js', CACHE_REVALIDATE, 'application/javascript'],
      ['/manifest.webmanifest', CACHE_REVALIDATE, 'application/manifest+json'],
      [`/${asset}`, CACHE_IMMUTABLE, 'application/javascript'],
    ] as const) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), `${path}: caching`).toBe(cache);
      expect(response.headers.get('content-type'), `${path}: type`).toContain(type);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(response.headers.get(name), `${path}: ${name}`).toBe(value);
      }
    }

    await page.goto(`${origin}/`);
    await expect(page.getByTestId('play')).toBeEnabled();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((ok) =>
          navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }),
        );
    });
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByTestId('play')).toBeEnabled();
    await page.getByTestId('play').click();
    await expect(page.getByTestId('screen-profile')).toBeVisible();
  } finally {
    await context.setOffline(false);
    nginx.kill('SIGTERM');
    await new Promise((ok) => (nginx.exitCode !== null ? ok(undefined) : nginx.once('exit', ok)));
    rmSync(dir, { recursive: true, force: true });
  }
});
