/**
 * Children's devices for browser tests of the teacher's side: each is a
 * browser context of its own (its own storage, like a phone of its own)
 * that makes a profile with a class code, plays the example story and hands
 * in by file, the way a child does it (the real download from "Hand in my
 * results"). Also: the QR sequence of a hand-in, a fake camera video showing
 * it (YUV4MPEG2, for Chromium's `--use-file-for-fake-video-capture`), and
 * screenshots of the codes on the child's screen (pictures to import).
 *
 * For later tests with several devices:
 *   const kiwi = await playAndHandInByFile(browser, { origin, lang, classCode, dir });
 *   const frames = await handInFramesOf(kiwi.text);
 *   qrVideoFor(frames, 'test-output/camera/x.y4m');
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { encodeHandIn, qrMatrix, splitForQr, type HandIn } from '../../../src/teacher/handin/index.js';
import { QR_QUIET_ZONE } from '../../../src/teacher/handin/qr-matrix.js';
import { expect } from './fixtures';
import { messageSpeed, playToEnding, startStory } from './journeys';

export interface HandedIn {
  /** Where the downloaded hand-in file was saved. */
  path: string;
  /** Its text, as the child's device wrote it. */
  text: string;
  /** The name the device suggested for it. */
  fileName: string;
  nickname: string;
  /** With `pictures: true`: screenshots of each QR code of the sequence, in order (PNG). */
  pictures: Buffer[];
}

/** A fresh device: its own storage, in the child's language, the size of a laptop. */
export async function childContext(browser: Browser, lang: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: lang,
    reducedMotion: 'reduce',
    viewport: { width: 1366, height: 768 },
    acceptDownloads: true,
  });
  await context.addInitScript(
    `if (!localStorage.getItem('escudo.lang')) localStorage.setItem('escudo.lang', ${JSON.stringify(lang)});`,
  );
  return context;
}

/**
 * On a new device: a profile (11–14, the class code typed in lower case, as
 * children do), the example story played to an ending, then "Hand in my
 * results" → "Save a file". Returns the saved file (and, if asked, pictures
 * of the QR codes the same screen shows). The device is closed at the end.
 */
export async function playAndHandInByFile(
  browser: Browser,
  options: {
    origin: string;
    lang: string;
    classCode: string;
    dir: string;
    pictures?: boolean;
    /** Which reply to take at each turn (default: the first). */
    pick?: Parameters<typeof playToEnding>[1];
  },
): Promise<HandedIn> {
  const context = await childContext(browser, options.lang);
  try {
    const page = await context.newPage();
    await page.goto(`${options.origin}/`);
    await page.getByTestId('play').click();
    await expect(page.getByTestId('screen-profile')).toBeVisible();
    const nickname = (await page.getByTestId('nickname').inputValue()).trim();
    await page.getByTestId('band-11-14').check({ force: true });
    await page.getByTestId('class-code').fill(options.classCode.toLowerCase());
    await page.getByTestId('create-profile').click();
    await expect(page.getByTestId('screen-hub')).toBeVisible();
    await messageSpeed(page, 'instant');
    await startStory(page);
    await playToEnding(page, options.pick ?? 'first');
    await page.getByTestId('see-debrief').click();
    await expect(page.getByTestId('screen-debrief')).toBeVisible();
    // Back at the hub, the result saved.
    await page.goto(`${options.origin}/`);
    await page.getByTestId('play').click();
    await expect(page.getByTestId('screen-hub')).toBeVisible();
    await page.getByTestId('open-hand-in').click();
    const download = page.waitForEvent('download');
    await page.getByTestId('hand-in-file').click();
    const file = await download;
    mkdirSync(options.dir, { recursive: true });
    const path = join(
      options.dir,
      `${nickname.replace(/[^\p{L}\p{N}]+/gu, '-')}-${file.suggestedFilename()}`,
    );
    await file.saveAs(path);
    const pictures = options.pictures ? await qrScreenshots(page) : [];
    return { path, text: readFileSync(path, 'utf8'), fileName: file.suggestedFilename(), nickname, pictures };
  } finally {
    await context.close();
  }
}

/** "Show QR codes", paused, and a screenshot of each code, stepping with Next. */
async function qrScreenshots(page: Page): Promise<Buffer[]> {
  await page.getByTestId('hand-in-qr').click();
  const qr = page.getByTestId('qr-code');
  await expect(qr).toBeVisible();
  const counter = page.getByTestId('qr-counter');
  const total = Number((await counter.textContent())?.match(/(\d+)\D*$/)?.[1] ?? '1');
  if (total > 1) await page.getByTestId('qr-pause').click();
  const shots: Buffer[] = [];
  for (let i = 0; i < total; i++) {
    if (i > 0) {
      const before = await counter.textContent();
      await page.getByTestId('qr-next').click();
      await expect(counter).not.toHaveText(before ?? '');
    }
    shots.push(await qr.screenshot());
  }
  await page.getByTestId('qr-done').click();
  return shots;
}

/** The hand-in inside a file's text. */
export function handInOf(fileText: string): HandIn {
  return (JSON.parse(fileText) as { handIn: HandIn }).handIn;
}

/**
 * The QR sequence a hand-in file's device shows: encoding is deterministic,
 * so encoding the file's hand-in again gives the same compact text and the
 * same frames as the child's screen.
 */
export async function handInFramesOf(fileText: string, change: Partial<HandIn> = {}): Promise<string[]> {
  const encoded = await encodeHandIn({ ...handInOf(fileText), ...change });
  if (!encoded.ok) throw new Error(`could not encode the hand-in: ${encoded.detail}`);
  return splitForQr(encoded.compact);
}

/** A hand-in file with something changed (another class code…), with a right checksum. */
export async function handInFileWith(fileText: string, change: Partial<HandIn>): Promise<string> {
  const encoded = await encodeHandIn({ ...handInOf(fileText), ...change });
  if (!encoded.ok) throw new Error(`could not encode the hand-in: ${encoded.detail}`);
  return encoded.file;
}

export interface QrVideoOptions {
  /** Which texts to show, in this order (indices into `texts`); default: all, last first. */
  order?: number[];
  /** How long each code stays in view (default 2 s). */
  secondsPerCode?: number;
  /** Pixels per QR module (default 4). */
  moduleSize?: number;
}

const FPS = 5;

/**
 * Writes a YUV4MPEG2 video showing each text as a QR code (black modules on
 * white, with the quiet zone) for `secondsPerCode`, in `order`; Chromium
 * plays it in a loop as the camera. The format is a one-line text header,
 * then per frame "FRAME\n" and the raw Y (brightness), U and V planes
 * (4:2:0: U and V at half the width and height; 128 is no colour).
 * Returns the path.
 */
export function qrVideoFor(texts: readonly string[], path: string, options: QrVideoOptions = {}): string {
  const matrices = texts.map((t) => qrMatrix(t).modules);
  const module = options.moduleSize ?? 4;
  const widest = Math.max(...matrices.map((m) => m.length)) + 2 * QR_QUIET_ZONE;
  const side = Math.ceil((widest * module + 16) / 2) * 2; // even: the colour planes are half size
  const order = options.order ?? texts.map((_, i) => texts.length - 1 - i);
  const repeat = Math.max(1, Math.round((options.secondsPerCode ?? 2) * FPS));
  const chroma = Buffer.alloc((side / 2) * (side / 2) * 2, 128);
  const frames = order.map((i) => {
    const modules = matrices[i]!;
    const luma = Buffer.alloc(side * side, 255);
    const offset = Math.floor((side - modules.length * module) / 2);
    modules.forEach((row, y) =>
      row.forEach((dark, x) => {
        if (!dark) return;
        for (let dy = 0; dy < module; dy++) {
          const start = (offset + y * module + dy) * side + offset + x * module;
          luma.fill(16, start, start + module); // video black is 16, white 235 or more
        }
      }),
    );
    return luma;
  });
  const parts: Buffer[] = [Buffer.from(`YUV4MPEG2 W${side} H${side} F${FPS}:1 Ip A1:1 C420jpeg\n`)];
  for (const luma of frames) {
    for (let r = 0; r < repeat; r++) parts.push(Buffer.from('FRAME\n'), luma, chroma);
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, Buffer.concat(parts));
  return path;
}
