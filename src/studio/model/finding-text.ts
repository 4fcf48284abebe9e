/**
 * A finding in the author's language: the checker's words (code, variant,
 * params) rendered with the studio table's templates, `finding.<code>` in
 * assets/locales/<lang>/studio.json (src/format/check/words/ explains them).
 * The same renderer makes the checker's English, so the two say the same
 * thing. A finding without words, or with a template missing everywhere,
 * shows the checker's English message.
 */
import type { Finding } from '../../format/load';
import { renderWords, type TemplateLookup } from '../../format/check/words/render';

/**
 * A command line the checker suggests (`npm run scenarios:review -- …`) has a
 * button in the studio: an educator there has no terminal, so the studio
 * names the button instead (`findings.reviewInStudio`).
 */
function forTheStudio(params: NonNullable<Finding['params']>, templates: TemplateLookup): Finding['params'] {
  const command = params.command;
  if (typeof command !== 'string' || !command.startsWith('npm run scenarios:review')) return params;
  const button = templates('findings.reviewInStudio');
  return button === undefined ? params : { ...params, command: button };
}

export function findingText(finding: Finding, templates: TemplateLookup): string {
  if (!finding.params) return finding.message;
  const params = forTheStudio(finding.params, templates)!;
  const words = finding.variant ? { variant: finding.variant, params } : { params };
  return renderWords(finding.code, words, templates) ?? finding.message;
}

/** The finding with its message in the author's language (for the editor's marks). */
export function inLanguage(finding: Finding, templates: TemplateLookup): Finding {
  return { ...finding, message: findingText(finding, templates) };
}
