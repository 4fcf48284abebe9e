/**
 * A new story's starting folder: a small, complete scenario (three endings,
 * all five protective actions, teacher notes, a calm player note) that
 * passes the checker as it is, written in Spanish with Portuguese and
 * English translations of its own lines. The translations carry the
 * fingerprints of this template's Spanish, so as soon as an author rewrites
 * a Spanish line the checker names each translation of it as stale: nothing
 * is copied from another story, and no old translation is kept silently.
 *
 * Pure (no file system): the CLI (`npm run scenarios:new`) writes the files,
 * the studio can offer the same folder.
 */
import type { SourceFile } from '../load.js';
import { Scenario, type LineTextT } from '../schema.js';
import { sourceFingerprint } from '../text.js';
import { TEMPLATE_LINES, TEMPLATE_LANGUAGES, TEMPLATE_SOURCE_LANGUAGE } from './template-lines.js';

/** Why `id` cannot name a new scenario folder, or null when it can. */
export function scenarioIdProblem(id: string): string | null {
  if (Scenario.shape.id.safeParse(id).success) return null;
  return `"${id}" cannot be a scenario id: use lower-case letters, digits and dashes, at most 60 (for example carnival-job)`;
}

const LOGIC = (id: string): string => `# yaml-language-server: $schema=../scenario.schema.json
# A new story, made by \`npm run scenarios:new\`. It already passes the checker:
# rewrite it step by step (docs/scenario-format.md) and run
# \`npm run scenarios:check -- ${id}\` after every few changes.
id: ${id} # must match the folder name
version: 1 # raise it when you rename or remove nodes
topics: [grooming]
ageBands: ['11-14'] # players only see stories for their own age band
sourceLanguage: ${TEMPLATE_SOURCE_LANGUAGE}
minutes: 3
title: meta.title
summary: meta.summary
playerNote: meta.player-note

teacherNotes:
  learningGoals: [teacher.goal.signs, teacher.goal.adult]
  discussionQuestions: [teacher.question.secret]
  contentNote: teacher.content-note
  groundRules: [teacher.rule.no-names]
  disclosure: teacher.disclosure

player:
  role: self

contacts:
  nico:
    name: contact.nico.name
    avatar: fox
    app: game-chat
    role: stranger
  aunt:
    name: contact.aunt.name
    avatar: adult-woman
    app: messenger
    role: adult-ally

variables:
  sharedSchool:
    type: boolean
    default: false
    description: The player told Nico the name of their school.

start: start

protective:
  block: { goto: blocked }
  report: { goto: reported }
  tell-adult: { goto: aunt }
  save-evidence: { goto: evidence }
  leave: { goto: left }

nodes:
  start:
    chat: nico
    messages:
      - id: start.narrator.scene
        from: narrator
      - id: start.nico.hello
        from: nico
        typing: 1200
      - id: start.nico.school
        from: nico
        typing: 1600
        signs: [info-probing, secrecy]
        flagFeedback: flag.start.school
    choices:
      - id: c.start.no
        goto: said-no
        rating: safe
        feedback: fb.start.no
      - id: c.start.school
        goto: school
        rating: risky
        effects: ['sharedSchool = true']

  said-no:
    messages:
      - id: said-no.nico.push
        from: nico
        signs: [pressure]
    choices:
      - id: c.said-no.aunt
        goto: aunt
        rating: safe
        counts: tell-adult

  school:
    messages:
      - id: school.nico.secret
        from: nico
        signs: [secrecy]
    choices:
      - id: c.school.aunt
        goto: aunt
        rating: safe
        counts: tell-adult

  blocked:
    protective:
      block: hidden
    messages:
      - id: blocked.narrator.done
        from: narrator
    choices:
      - id: c.after.aunt
        goto: aunt
        rating: safe
        says: false

  reported:
    protective:
      report: hidden
    messages:
      - id: reported.narrator.done
        from: narrator
    choices:
      - id: c.after.aunt
        goto: aunt
        rating: safe
        says: false

  evidence:
    protective:
      save-evidence: hidden
    messages:
      - id: evidence.narrator.done
        from: narrator
    choices:
      - id: c.after.aunt
        goto: aunt
        rating: safe
        says: false

  left:
    chat: aunt
    messages:
      - id: left.narrator.done
        from: narrator
    next: aunt

  aunt:
    chat: aunt
    protective:
      tell-adult: hidden
    messages:
      - id: aunt.aunt.listen
        from: aunt
      - id: aunt.aunt.not-fault
        from: aunt
    choices:
      - id: c.aunt.done
        goto: end-safe
        rating: safe
        if: not sharedSchool
      - id: c.aunt.school
        goto: end-supported
        rating: safe
        if: sharedSchool
      - id: c.aunt.help
        goto: end-helped
        rating: safe

  end-safe:
    ending:
      kind: safe
      title: end.safe.title
      debrief: [end.safe.what, end.never-late]
      lessons: [lesson.secrets]
      teaches:
        end.never-late: [tell-trusted-adult, never-too-late]
        lesson.secrets: [good-and-bad-secrets]

  end-helped:
    ending:
      kind: helped
      title: end.helped.title
      debrief: [end.helped.what, end.never-late]
      lessons: [lesson.secrets]
      teaches:
        end.helped.what: [report-platform]
        end.never-late: [tell-trusted-adult, never-too-late]
        lesson.secrets: [good-and-bad-secrets]

  end-supported:
    ending:
      kind: supported
      title: end.supported.title
      debrief: [end.supported.what, end.supported.not-fault, end.never-late]
      lessons: [lesson.secrets]
      teaches:
        end.supported.not-fault: [not-your-fault]
        end.never-late: [tell-trusted-adult, never-too-late]
        lesson.secrets: [good-and-bad-secrets]
`;

/** One YAML scalar in single quotes (the style docs/scenario-format.md teaches). */
function quote(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

function yamlText(text: LineTextT, indent: string): string {
  if (typeof text === 'string') return ` ${quote(text)}`;
  return Object.entries(text)
    .map(([form, value]) => `\n${indent}  ${form}: ${quote(value!)}`)
    .join('');
}

function table(lang: (typeof TEMPLATE_LANGUAGES)[number]): string {
  const head = '# yaml-language-server: $schema=../../text.schema.json\n';
  const lines = Object.entries(TEMPLATE_LINES).map(([id, byLang]) => {
    const source = byLang[TEMPLATE_SOURCE_LANGUAGE]!;
    if (lang === TEMPLATE_SOURCE_LANGUAGE) return `${id}:${yamlText(source, '')}`;
    return `${id}:\n  text:${yamlText(byLang[lang]!, '  ')}\n  source: '${sourceFingerprint(source)}'`;
  });
  return head + lines.join('\n') + '\n';
}

const SAFEGUARDING = (id: string): string => `# Safeguarding checklist: ${id}

Made from the new-story template. Before this story reaches a class, rewrite
this file for your story: for each principle of docs/safeguarding.md
(positive, never the child's fault, a way out, distance, age-appropriate,
real help, right words, teachers), say how the story meets it.

- [ ] \`npm run scenarios:check -- ${id}\` prints 0 errors and 0 warnings.
- [ ] Someone who works with children of this age band read every line, in every language.
- [ ] Every ending was played in the game, in every language.
`;

/**
 * The files of a new scenario folder named `id`, with paths relative to the
 * folder that holds scenario folders (`<id>/scenario.yaml`, `<id>/text/es.yaml`…).
 */
export function newScenarioFiles(id: string): SourceFile[] {
  return [
    { path: `${id}/scenario.yaml`, text: LOGIC(id) },
    { path: `${id}/SAFEGUARDING.md`, text: SAFEGUARDING(id) },
    ...TEMPLATE_LANGUAGES.map((lang) => ({ path: `${id}/text/${lang}.yaml`, text: table(lang) })),
  ];
}
