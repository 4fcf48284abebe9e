/** The messages between the studio page and its checker worker (check-worker.ts). */
import type { Finding } from '../../format/load';
import type { PackT } from '../../format/pack/schema';
import type { ExportResult } from '../model/export-pack';
import type { StoryOutline } from '../model/outline';
import type { StoryFiles } from '../model/story-files';

export type WorkerRequest =
  | { type: 'check'; seq: number; story: StoryFiles }
  /** The checked pack: to export (`export`) or to play-test (`play`). */
  | { type: 'pack'; seq: number; story: StoryFiles };

export type WorkerReply =
  /**
   * Findings for check `seq`. First without the state explorer's
   * (`complete: false`), then, unless a newer check came in, all of them.
   */
  | {
      type: 'checked';
      seq: number;
      findings: Finding[];
      outline: StoryOutline;
      ms: number;
      complete: boolean;
    }
  | { type: 'packed'; seq: number; result: ExportResult; pack?: PackT };
