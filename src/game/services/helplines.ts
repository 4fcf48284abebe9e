/** The help lines shipped with the game (assets/helplines.yaml, built into plain data). */
import raw from 'virtual:escudo-helplines';
import {
  helpCardLines as cardIn,
  helpCountries as countriesIn,
  helpLinesFor as linesIn,
  type HelpCardLines,
  type HelpLine,
} from './helplines-data';

export {
  countryName,
  playerCountry,
  rememberCountry,
  storyInvolvesImages,
  type HelpCardLines,
  type HelpLine,
} from './helplines-data';

/**
 * Today in the player's time zone, as YYYY-MM-DD: a help line whose check has
 * run out is no longer shown (src/format/helpline-policy.ts).
 */
function today(now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const helpCountries = (): string[] => countriesIn(raw, today());
export const helpLinesFor = (
  country: string | null,
  chain: readonly string[],
): { country: HelpLine[]; everywhere: HelpLine[] } => linesIn(raw, country, chain, today());
export const helpCardLines = (
  country: string | null,
  chain: readonly string[],
  imagesInStory: boolean,
): HelpCardLines => cardIn(raw, country, chain, imagesInStory, today());
