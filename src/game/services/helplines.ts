/** The help lines shipped with the game (assets/helplines.yaml, built into plain data). */
import raw from 'virtual:escudo-helplines';
import { helpCountries as countriesIn, helpLinesFor as linesIn, type HelpLine } from './helplines-data';

export { countryName, playerCountry, rememberCountry, type HelpLine } from './helplines-data';

export const helpCountries = (): string[] => countriesIn(raw);
export const helpLinesFor = (
  country: string | null,
  chain: readonly string[],
): { country: HelpLine[]; everywhere: HelpLine[] } => linesIn(raw, country, chain);
