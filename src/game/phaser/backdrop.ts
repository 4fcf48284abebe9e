/**
 * The Phaser backdrop behind the DOM screens: a soft gradient sky with a few
 * slowly drifting shields and bubbles, recoloured per screen, and a small
 * star reward. Phaser's own audio is off (howler is the one sound system).
 * Loaded after the first screen shows; if WebGL is missing, the game simply
 * keeps its CSS background.
 */
import Phaser from 'phaser';
import type { Backdrop } from './backdrop-api';
import { moodFor, type Mood } from './moods';
import { SCENE_KEYS } from './scene-keys';

class BackdropScene extends Phaser.Scene {
  private sky!: Phaser.GameObjects.Graphics;
  private shapes: Phaser.GameObjects.Graphics[] = [];
  private mood: Mood = moodFor('hub');
  reduced = false;

  constructor() {
    super(SCENE_KEYS.backdrop);
  }

  create(): void {
    this.sky = this.add.graphics();
    for (let i = 0; i < 7; i++) {
      const g = this.add.graphics();
      g.setData('seed', i);
      this.shapes.push(g);
    }
    this.redraw();
    // The camera keeps the size it had when the scene started unless told:
    // without this, a window that grew (or a game started while the title
    // screen still took room) leaves a blank strip below the sky.
    this.scale.on('resize', (size: Phaser.Structs.Size) => {
      this.cameras.resize(size.width, size.height);
      this.redraw();
    });
  }

  setMood(mood: Mood): void {
    this.mood = mood;
    if (this.sky) this.redraw();
  }

  private redraw(): void {
    const { width, height } = this.scale;
    const m = this.mood;
    this.sky.clear();
    this.sky.fillGradientStyle(m.top, m.top, m.bottom, m.bottom, 1);
    this.sky.fillRect(0, 0, width, height);
    this.shapes.forEach((g, i) => {
      g.clear();
      const size = 30 + ((i * 37) % 60);
      g.fillStyle(m.accent, 0.12);
      if (i % 2 === 0) {
        // a little shield
        g.fillPoints(
          [
            new Phaser.Math.Vector2(0, -size),
            new Phaser.Math.Vector2(size * 0.8, -size * 0.6),
            new Phaser.Math.Vector2(size * 0.7, size * 0.3),
            new Phaser.Math.Vector2(0, size),
            new Phaser.Math.Vector2(-size * 0.7, size * 0.3),
            new Phaser.Math.Vector2(-size * 0.8, -size * 0.6),
          ],
          true,
        );
      } else {
        g.fillRoundedRect(-size, -size * 0.6, size * 2, size * 1.2, size * 0.4);
      }
      g.setPosition(((i * 0.61803) % 1) * width, ((i * 0.4142 + 0.1) % 1) * height);
    });
  }

  override update(_time: number, delta: number): void {
    if (this.reduced) return;
    const { width, height } = this.scale;
    this.shapes.forEach((g, i) => {
      g.y -= (delta / 1000) * (4 + i);
      g.x += Math.sin((g.y + i * 50) / 90) * 0.08;
      if (g.y < -100) {
        g.y = height + 100;
        g.x = Math.random() * width;
      }
    });
  }

  celebrate(): void {
    if (this.reduced) return;
    const { width, height } = this.scale;
    for (let i = 0; i < 6; i++) {
      const star = this.add.graphics();
      star.fillStyle(0xffd35c, 0.9);
      const pts: Phaser.Math.Vector2[] = [];
      for (let k = 0; k < 10; k++) {
        const r = k % 2 === 0 ? 10 : 4.5;
        const a = (Math.PI / 5) * k - Math.PI / 2;
        pts.push(new Phaser.Math.Vector2(Math.cos(a) * r, Math.sin(a) * r));
      }
      star.fillPoints(pts, true);
      star.setPosition(width * (0.2 + 0.12 * i), height * 0.85);
      this.tweens.add({
        targets: star,
        y: height * (0.2 + 0.08 * (i % 3)),
        alpha: 0,
        duration: 2200 + i * 150,
        ease: 'Sine.easeOut',
        onComplete: () => star.destroy(),
      });
    }
  }
}

export function createBackdrop(parent: HTMLElement, reducedMotion: boolean): Backdrop {
  const scene = new BackdropScene();
  scene.reduced = reducedMotion;
  const game = new Phaser.Game({
    type: Phaser.WEBGL,
    parent,
    // Transparent: wherever the canvas is not painted (seen in headless
    // Chromium as a strip the height of the top bar at the bottom of scrolling
    // screens) the page's own gradient shows, not a white band.
    transparent: true,
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    fps: { target: 30, limit: 30 },
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
    render: { antialias: true, powerPreference: 'low-power' },
    scene,
  });
  game.canvas?.setAttribute('aria-hidden', 'true');
  // With reduced motion nothing moves, so the loop sleeps between redraws:
  // no work for the GPU or the battery of a cheap device.
  let sleepTimer = 0;
  const drawOnce = () => {
    game.loop.wake();
    window.clearTimeout(sleepTimer);
    sleepTimer = window.setTimeout(() => {
      if (scene.reduced) game.loop.sleep();
    }, 200);
  };
  game.events.once('ready', drawOnce);
  game.scale.on('resize', drawOnce);
  return {
    setMood: (screen, app) => {
      scene.setMood(moodFor(screen, app));
      drawOnce();
    },
    celebrate: () => scene.celebrate(),
    setReducedMotion: (r) => {
      scene.reduced = r;
      drawOnce();
    },
    destroy: () => game.destroy(true),
  };
}
