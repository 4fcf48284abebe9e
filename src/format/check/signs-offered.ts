/**
 * Every warning sign a message shows must be one the flag picker offers to
 * each age band the story is for, with its topics' additions (src/format/sign-sets.ts); otherwise a
 * player of that band could never name the right sign.
 */
import { signsForBand } from '../sign-sets.js';
import type { CheckContext } from './context.js';

export function checkSignsOffered(ctx: CheckContext): void {
  const { scenario, scenarioFile: file, report } = ctx;
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    node.messages.forEach((message, m) => {
      message.signs.forEach((sign, s) => {
        const missing = scenario.ageBands.filter(
          (band) => !signsForBand(band, scenario.topics).includes(sign),
        );
        if (missing.length === 0) return;
        const words = { params: { message: message.id, sign, bands: missing.join(', ') } };
        report.add(file, 'error', 'sign-not-offered', words, ['nodes', nodeId, 'messages', m, 'signs', s]);
      });
    });
  }
}
