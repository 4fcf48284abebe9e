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

export const helpCountries = (): string[] => countriesIn(raw);
export const helpLinesFor = (
  country: string | null,
  chain: readonly string[],
): { country: HelpLine[]; everywhere: HelpLine[] } => linesIn(raw, country, chain);
export const helpCardLines = (
  country: string | null,
  chain: readonly string[],
  imagesInStory: boolean,
): HelpCardLines => cardIn(raw, country, chain, imagesInStory);
