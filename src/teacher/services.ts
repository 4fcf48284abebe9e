/**
 * What the teacher area needs from outside, as one object the composition
 * root (start.ts) builds and tests can fake.
 */
import type { ScenarioLibrary } from '../game/services/types';
import type { GameI18n } from '../i18n/index';
import type { ProgressStore } from '../store/index';
import type { PinService } from './pin/index';
import type { TeacherStore } from './store/index';
import type { ClassCodeTools } from './ui/class-code-seam';

export interface TeacherServices {
  i18n: GameI18n;
  store: TeacherStore;
  pins: PinService;
  /** The children's progress on this device, opened when a page first needs it; the teacher area only reads it. */
  progress(): Promise<ProgressStore>;
  classCodes: ClassCodeTools;
  /** The story packs the game plays (classroom mode), fetched when a page first needs them. */
  scenarios(): Promise<ScenarioLibrary>;
  languages: { code: string; name: string }[];
  rememberLanguage(code: string): void;
  now(): number;
}
