/**
 * Classroom mode's words: its own namespace (`classroom`: what the class
 * reads under `projected.*`, the teacher's under `control.*` and
 * `teacher.*`), then the teacher area's and the game's; the story's lines
 * from its pack, exactly as the child's game shows them.
 */
import type { ProtectiveAction } from '../../format/taxonomy';
import type { TeacherApp } from '../teacher-app';

export interface ClassroomWords {
  t(key: string, options?: Record<string, unknown>): string;
  /** A line of the story. */
  st(key: string, values?: Record<string, unknown>): string;
  /** A protective action's button label, as in the game. */
  action(action: ProtectiveAction): string;
}

export function classroomWords(app: TeacherApp, scenarioId: string): ClassroomWords {
  const i18n = app.services.i18n;
  const t = (key: string, options?: Record<string, unknown>) =>
    i18n.t(key, { ns: ['classroom', 'teacher', 'ui'], ...options });
  return {
    t,
    // Stories may greet the player by nickname; the class plays one shared character.
    st: (key, values) =>
      i18n.t(key, { player: t('projected.playerName'), ...values, ns: `scenario:${scenarioId}` }),
    action: (action) => i18n.t(`action.${action}.label`, { ns: 'endings' }),
  };
}
