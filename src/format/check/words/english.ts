/**
 * The checker's English: one template per finding code (and variant), and the
 * phrases and joining words they use (render.ts explains the syntax). The
 * command line and `--json` print what these render; the studio's English
 * table (assets/locales/en/studio.json) holds the same templates, and a test
 * keeps the two equal. A new code gets its template here and in every
 * language's studio.json (docs/checker.md, "For developers").
 */
import type { Finding } from '../../load.js';
import { findingKey, renderWords, type FindingWords } from './render.js';

export const ENGLISH: Readonly<Record<string, string>> = {
  'finding-word.and': 'and',
  'finding-word.or': 'or',
  'finding.yaml-syntax.DUPLICATE_KEY':
    'this key appears twice in the same place; each key may appear only once',
  'finding.yaml-syntax.TAB_AS_INDENT': 'indent with spaces, not tabs',
  'finding.yaml-syntax.BAD_INDENT': 'the indentation here does not line up with the lines above',
  'finding.yaml-syntax.MISSING_CHAR': 'a closing quote or bracket is missing',
  'finding.yaml-syntax.MULTIPLE_DOCS': 'the file holds more than one document ("---"); keep one per file',
  'finding.yaml-syntax.BLOCK_AS_IMPLICIT_KEY': 'a key is missing its ":" or the indentation is off',
  'finding.yaml-syntax.MULTILINE_IMPLICIT_KEY':
    'a key must fit on one line; check for a missing ":" or quote',
  'finding.yaml-syntax.UNEXPECTED_TOKEN': 'something here is not valid YAML; check quotes, colons and dashes',
  'finding.yaml-syntax.ALIAS_PROPS': 'an alias (*name) cannot have a tag or anchor',
  'finding.yaml-syntax.BAD_ALIAS': 'this alias (*name) refers to an anchor that does not exist',
  'finding.yaml-syntax.not-valid': 'this is not valid YAML ({{reason}})',
  'finding.yaml-syntax.too-deep': 'this file is nested too deeply to read',
  'finding.file-too-large': 'this file is {{size}} characters long; the limit is {{limit}}',
  'finding.too-many-aliases': 'this file uses aliases (*name) too many times; the limit is {{limit}}',
  'finding.not-utf8.utf16':
    'this file is saved as UTF-16, not UTF-8; save it as UTF-8 (in VS Code: click the encoding in the status bar, choose "Save with Encoding", then "UTF-8")',
  'finding.not-utf8.nul':
    'this file holds NUL characters, so it was probably saved as UTF-16, not UTF-8; save it as UTF-8 (in VS Code: click the encoding in the status bar, choose "Save with Encoding", then "UTF-8")',
  'finding.not-utf8.byte':
    'this file is not saved as UTF-8: byte {{byte}} here is not UTF-8 text, which happens when an editor saves in another encoding such as Latin-1 or Windows-1252; save it as UTF-8 (in VS Code: click the encoding in the status bar, choose "Save with Encoding", then "UTF-8"), then check its accented letters',
  'finding.not-utf8.replacement':
    'this file holds "{{mark}}", the mark left where a letter could not be read as UTF-8: it was saved (or copied from a file saved) in another encoding; retype the letters shown as "{{mark}}" and save it as UTF-8 (in VS Code: click the encoding in the status bar, choose "Save with Encoding", then "UTF-8")',
  'finding.file-extension':
    'the game reads only files named like "{{wanted}}"; rename "{{name}}" to "{{wanted}}"',
  'finding.forbidden-key': '"{{key}}" cannot be used as a name or key (it is reserved); rename it',
  'finding.too-deep': 'this is nested more than {{depth}} levels deep; a scenario never needs that',
  'finding.bad-language-file':
    'the file name "{{name}}" is not a language tag; name text files like es.yaml, pt-BR.yaml or en.yaml',
  'finding.not-in-quotes.text':
    'line "{{line}}": {{raw}} is not in quotes, so YAML reads it as {{read, part}} instead of text; put it in quotes: "{{raw}}"',
  'finding.not-in-quotes.fingerprint':
    'line "{{line}}": the fingerprint {{raw}} is not in quotes, so YAML reads it as {{read, part}} instead of text; put it in quotes: source: "{{raw}}"',
  'finding-part.read-number': 'the number {{0}}',
  'finding-part.read-boolean': 'true/false',
  'finding.id-mismatch':
    'id: "{{id}}" does not match the folder name "{{folder}}"; rename one so they are the same',
  'finding.duplicate-id.other-folder':
    'id: "{{id}}" is also the id of {{others, joined}}; two scenarios cannot share an id (saved games and teacher data find a story by it); change the id in that folder, and name each folder after its new id',
  'finding.duplicate-id.other-folders':
    'id: "{{id}}" is also the id of {{others, joined}}; two scenarios cannot share an id (saved games and teacher data find a story by it); change the id in those folders, and name each folder after its new id',
  'finding.duplicate-id.rename-id':
    'id: "{{id}}" is also the id of {{others, joined}}; two scenarios cannot share an id (saved games and teacher data find a story by it); this folder is called "{{folder}}", so write id: "{{folder}}" here',
  'finding.internal-error': 'the checker failed: {{detail}}',
  'finding.internal-error.analysis': 'the checker failed ({{analysis}}): {{detail}}',
  'finding.schema.not-a-table': 'a text table is a list of lines written as `line.id: "text"`',
  'finding.schema.bad-line-id':
    '"{{line}}" is not a valid line id: use lower-case letters, digits, dots, dashes and underscores only',
  'finding.schema.missing':
    '{{at, part}}: "{{field}}" is missing; it should be {{expected, part}}{{hint, part}}',
  'finding.schema.missing-top': '"{{field}}" is missing; it should be {{expected, part}}{{hint, part}}',
  'finding.schema.empty-file': 'the file is empty; it should be {{expected, part}}',
  'finding.schema.wrong-type': '{{at, part}}: should be {{expected, part}}, but it is {{value, part}}',
  'finding.schema.not-in-list': '{{at, part}}: {{value, part}} is not {{noun, part}}; use {{allowed, or}}',
  'finding.schema.unknown-field': '{{at, part}}: "{{field}}" is not a known field{{hint, part}}',
  'finding.schema.unknown-field-top': '"{{field}}" is not a known field{{hint, part}}',
  'finding.schema.bad-name': '{{at, part}}: the name "{{name}}" is not allowed',
  'finding.schema.bad-name-rule': '{{at, part}}: the name "{{name}}" is not allowed: {{rule, part}}',
  'finding.schema.bad-format': '{{at, part}}: {{value, part}} is not allowed here: {{rule, part}}',
  'finding.schema.min-items': '{{at, part}}: needs at least {{limit}} items',
  'finding.schema.min-items-one': '{{at, part}}: needs at least {{limit}} item',
  'finding.schema.empty-text': '{{at, part}}: must not be empty',
  'finding.schema.too-small': '{{at, part}}: {{value, part}} is too small; the least allowed is {{limit}}',
  'finding.schema.too-small-exclusive':
    '{{at, part}}: {{value, part}} is too small; it must be more than {{limit}}',
  'finding.schema.too-long': '{{at, part}}: is too long; at most {{limit}} characters',
  'finding.schema.too-many': '{{at, part}}: has too many items; at most {{limit}}',
  'finding.schema.too-big': '{{at, part}}: {{value, part}} is too big; the most allowed is {{limit}}',
  'finding.schema.too-big-exclusive':
    '{{at, part}}: {{value, part}} is too big; it must be less than {{limit}}',
  'finding.schema.union-missing': '{{at, part}}: "{{field}}" is missing; it should be {{expected, or}}',
  'finding.schema.union-missing-top': '"{{field}}" is missing; it should be {{expected, or}}',
  'finding.schema.not-allowed': '{{at, part}}: {{value, part}} is not allowed; use {{expected, or}}',
  'finding.schema.other': '{{at, part}}: {{detail, part}}',
  'finding.unknown-warning-sign':
    '{{at, part}}: {{value, part}} is not a known warning sign; use one of {{allowed, or}}',
  'finding.unknown-lesson.suggest':
    '{{at, part}}: {{value, part}} is not a known lesson{{hint, part}} (see docs/safeguarding.md)',
  'finding.unknown-lesson.list':
    '{{at, part}}: {{value, part}} is not a known lesson; use one of {{allowed, or}} (see docs/safeguarding.md)',
  'finding-part.the-file': 'the file',
  'finding-part.at-line': 'line {{0}}',
  'finding-part.at-line-alone': 'line',
  'finding-part.value-nothing': 'nothing',
  'finding-part.value-empty': 'empty',
  'finding-part.value-list': 'a list',
  'finding-part.value-fields': 'a set of fields',
  'finding-part.type-string': 'text',
  'finding-part.type-number': 'a number',
  'finding-part.type-int': 'a whole number',
  'finding-part.type-boolean': 'true or false',
  'finding-part.type-array': 'a list (lines starting with "- ")',
  'finding-part.type-object': 'a set of fields (name: value)',
  'finding-part.type-record': 'a set of named entries (name: value)',
  'finding-part.noun-rating': 'a safety rating',
  'finding-part.noun-kind': 'a kind of ending',
  'finding-part.noun-topics': 'a topic',
  'finding-part.noun-ageBands': 'a age band',
  'finding-part.noun-app': 'a chat app',
  'finding-part.noun-avatar': 'a avatar',
  'finding-part.noun-role': 'a role',
  'finding-part.noun-signs': 'a warning sign',
  'finding-part.noun-type': 'a variable type',
  'finding-part.noun-none': 'allowed here',
  'finding-part.hint-playerNote':
    ': the line id of the note children read before the story starts (calm, not giving away the twist, saying they can stop at any time and talk to an adult); teacherNotes.contentNote is only for the teacher',
  'finding-part.hint-verifiedOn':
    ': the day (YYYY-MM-DD) someone checked the entry against its source, or null for a candidate',
  'finding-part.hint-verifiedBy':
    ': who checked it, as a role or organisation (never a person’s name), or null for a candidate',
  'finding-part.allowed-here': '; allowed here: {{0}}',
  'finding-part.did-you-mean': '; did you mean "{{0}}"?',
  'finding-part.rule-line-id': 'use lower-case letters, digits, dots, dashes and underscores only',
  'finding-part.rule-name': 'start with a letter; use letters, digits, dashes and underscores only',
  'finding-part.rule-scenario-id': 'use lower-case letters, digits and dashes only',
  'finding-part.rule-language': 'use a language tag such as es, pt-BR or en',
  'finding-part.rule-contacts': 'add at least one contact',
  'finding-part.rule-helpline-en': 'needs at least an "en" description (the game falls back to it)',
  'finding-part.rule-helpline-web': 'a web entry must be an https address',
  'finding-part.rule-helpline-phone':
    'a phone entry holds only the number to dial (digits, spaces, "+", "-", brackets)',
  'finding.unknown-node': '{{path}}: there is no node called "{{name}}"{{hint, part}}',
  'finding.unknown-contact.contact': '{{path}}: there is no contact called "{{name}}"{{hint, part}}',
  'finding.unknown-contact.contact-or-group':
    '{{path}}: there is no contact or group called "{{name}}"{{hint, part}}',
  'finding.unknown-contact.sender':
    '{{path}}: there is no contact (or "player" or "narrator") called "{{name}}"{{hint, part}}',
  'finding.duplicate-name': 'groups.{{group}}: a contact has the same name; give the group its own name',
  'finding.dead-end':
    'node "{{node}}" has no way forward: no choices, no next, and no protective action leads anywhere; add a choice or a next, or make it an ending',
  'finding.no-way-out':
    'nodes {{nodes}} only lead to each other: a player who gets here can never reach an ending; add a choice or protective action that leads out',
  'finding.stuck':
    'node "{{node}}": a player can get here with nothing to press: {{choices, part}}; {{protective, part}}. It happens {{path, part}}{{values, part}}; give the node a choice that is open then, or a protective action it does not hide',
  'finding-part.stuck-no-choices': 'it has no choices',
  'finding-part.stuck-closed': '{{closed, list}}',
  'finding-part.stuck-used': '"{{0}}" was already chosen (once: true)',
  'finding-part.stuck-needs': '"{{0}}" needs {{1}}',
  'finding-part.stuck-needs-locked': '"{{0}}" needs {{1}} (it shows greyed out)',
  'finding-part.stuck-needs-its-condition': '"{{0}}" needs its condition',
  'finding-part.stuck-needs-its-condition-locked': '"{{0}}" needs its condition (it shows greyed out)',
  'finding-part.stuck-all-hidden': 'every protective action is hidden here',
  'finding-part.stuck-left-one':
    'the only protective action left here is {{actions, joined}}, and {{reasons, joined}}',
  'finding-part.stuck-left':
    'the only protective actions left here are {{actions, joined}}, and {{reasons, joined}}',
  'finding-part.stuck-no-stranger': 'the chat "{{0}}" has no stranger in it',
  'finding-part.stuck-blocked': '"{{0}}" is already blocked',
  'finding-part.move-button': 'the {{0}} button',
  'finding-part.path-start': 'right at the start',
  'finding-part.path-after': 'after {{moves, list}}',
  'finding-part.path-after-long': 'after {{first, list}}, … ({{more}} more), {{last, list}}',
  'finding-part.path-values': ', with {{vars, list}}',
  'finding.trapped':
    'node "{{node}}": a player who gets here can never reach an ending: from here the story only goes round {{round}}: no choice or action open there leads anywhere else. It happens {{path, part}}{{values, part}}; add a way out that is open then',
  'finding.next-loop':
    'nodes {{nodes}} follow each other by "next" for ever: the game would show their lines again and again with nothing to press; let one of them offer choices instead of "next", or point a "next" out of the loop',
  'finding.next-loop.runaway':
    'node "{{node}}": {{move, part}} starts a chain of more than {{steps}} nodes that follow each other by "next" without a choice, which the game refuses; let the chain offer a choice sooner. It happens {{path, part}}{{values, part}}',
  'finding.next-with-choices':
    'node "{{node}}" has both "next" and choices: the game goes on to "{{next}}" straight after the messages, so its choices are never offered; keep one of them',
  'finding.play-state-limit':
    'the checker explored {{limit}} different situations (a node with one set of variable values, once-only choices taken and contacts blocked) and stopped there, so it cannot promise that every player can reach an ending; what it found so far is reported. Fewer variables that take many values, or fewer once-only choices, make the story quicker to check',
  'finding.unreachable-node.no-link':
    'node "{{node}}" can never be reached: no choice, next or protective action leads to it from the start',
  'finding.unreachable-node.in-play':
    'node "{{node}}" can never be reached in play: choices or actions lead to it, but none of them is ever open when a player could press it; check their conditions',
  'finding.unreachable-ending.no-link':
    'ending "{{node}}" can never be reached: no choice, next or protective action leads to it from the start',
  'finding.unreachable-ending.in-play':
    'ending "{{node}}" can never be reached in play: choices or actions lead to it, but none of them is ever open when a player could press it; check their conditions',
  'finding.ending-with-choices':
    'node "{{node}}" is an ending, so its {{fields, joined}} will never be used; move them to another node or remove them',
  'finding.undeclared-variable.count': '{{path}}: "{{name}}" is not a declared variable{{hint, part}}',
  'finding.undeclared-variable.expression':
    '{{path}}: "{{name}}" is not a declared variable{{hint, part}}; declare it under variables',
  'finding.unused-variable':
    'variable "{{name}}" is declared but never used in a condition, effect or count; remove it or use it',
  'finding.bad-default':
    'variables.{{name}}.default: "{{name}}" is declared as {{type}}, so its default must be {{expected, part}}, not {{value}}',
  'finding.type-error.count':
    '{{path}}: "{{name}}" holds {{holds, part}}, but a count must be a number variable',
  'finding-part.holds-boolean': 'true/false',
  'finding-part.holds-text': 'text',
  'finding.type-error.condition': '{{path}}: a condition must be true or false, but this gives a {{type}}',
  'finding.type-error.undeclared': '{{path}}: "{{name}}" is not a declared variable',
  'finding.type-error.not': '{{path}}: "not" needs a true/false value, but this is a {{type}}',
  'finding.type-error.joins':
    '{{path}}: "{{op}}" joins true/false values, but got a {{left}} and a {{right}}',
  'finding.type-error.compare': '{{path}}: cannot compare a {{left}} with a {{right}}',
  'finding.type-error.compares': '{{path}}: "{{op}}" compares numbers, but got a {{left}} and a {{right}}',
  'finding.type-error.arithmetic': '{{path}}: "{{op}}" works on numbers, but got a {{left}} and a {{right}}',
  'finding.type-error.number-only':
    '{{path}}: "{{op}}" only works on number variables; "{{name}}" is a {{type}}',
  'finding.type-error.assign': '{{path}}: "{{name}}" holds a {{type}}, but this gives it a {{value}}',
  'finding.expression-syntax.not-a-number': '{{path}}: "{{text}}" is not a number',
  'finding.expression-syntax.no-closing-quote': '{{path}}: this text has no closing quote',
  'finding.expression-syntax.not-allowed': '{{path}}: "{{text}}" is not allowed here',
  'finding.expression-syntax.unexpected': '{{path}}: unexpected "{{text}}"',
  'finding.expression-syntax.single-equals':
    '{{path}}: to compare, write "==" (a single "=" changes a variable)',
  'finding.expression-syntax.needs-before': '{{path}}: "{{text}}" needs something before it',
  'finding.expression-syntax.unclosed': '{{path}}: a "(" is never closed',
  'finding.expression-syntax.unmatched': '{{path}}: this ")" has no matching "("',
  'finding.expression-syntax.ends-early': '{{path}}: the expression ends too early',
  'finding.expression-syntax.effect-start': '{{path}}: an effect starts with a variable name',
  'finding.expression-syntax.effect-operator': '{{path}}: after the variable, write "=", "+=" or "-="',
  'finding.duplicate-line-id.other-role':
    '{{path}}: "{{line}}" is already used as a {{earlier, part}} ({{there}}); use a separate line id for this {{role, part}}',
  'finding.duplicate-line-id.message':
    '{{path}}: "{{line}}" is already the id of another message ({{there}}); every message needs its own line id',
  'finding.duplicate-line-id.choice':
    '{{path}}: "{{line}}" is already a choice in this node ({{there}}); choices in one node need different ids',
  'finding.missing-source-table':
    'there is no text table for the source language "{{lang}}"; create text/{{lang}}.yaml',
  'finding.missing-line': '{{path}}: line "{{line}}" has no text in {{file}}; add it there',
  'finding.empty-text':
    'line "{{line}}"{{form, part}} has no text in {{lang}}; write what players will read, or remove the line if nothing uses it',
  'finding-part.its-form': ' (its "{{0}}" form)',
  'finding.missing-translation':
    'line "{{line}}" is not translated into {{lang}} yet; players will see the {{source}} text',
  'finding.unused-line':
    'line "{{line}}" ({{lang}}) is not used anywhere in the scenario; remove it, or check its spelling',
  'finding.no-fingerprint':
    'line "{{line}}" is a new translation, not marked as reviewed yet (it has no source fingerprint, so later changes to the {{source}} text could not be noticed); once it is checked against the {{source}} text, run {{command}} (or write it as { text: ..., source: "{{fingerprint}}" })',
  'finding.stale-translation':
    'line "{{line}}": the {{source}} text changed after this was translated; re-check the translation, then run {{command}} (or set source: "{{fingerprint}}")',
  'finding.plural-without-count.message':
    '{{path}}: line "{{line}}" {{what, part}}, but no count is given here; add `count: <a number variable>` to the message',
  'finding.plural-without-count.elsewhere':
    '{{path}}: line "{{line}}" {{what, part}}, but no count is given here; only messages can pass a count, so use plain text for this {{role, part}}',
  'finding-part.has-plural-forms': 'has plural forms',
  'finding-part.uses-count': 'uses {{0}}',
  'finding.plural-form-missing':
    'line "{{line}}" ({{lang}}) has no "{{form}}" form; {{lang}} uses it for numbers such as {{example}}, and the player would see the line id instead; add a `{{form}}:` form',
  'finding.unknown-placeholder':
    'line "{{line}}" uses {{names}}, which the game never fills in; only {{player}} (the player\'s nickname) and {{count}} (in messages with a count) are available',
  'finding.placeholder-mismatch':
    'line "{{line}}" uses {{mine, part}}, but the {{source}} text uses {{theirs, part}}; placeholders must be the same in every language',
  'finding-part.no-placeholders': 'no placeholders',
  'finding-part.role.scenario-title': 'scenario title',
  'finding-part.role.scenario-summary': 'scenario summary',
  'finding-part.role.learning-goal': 'learning goal',
  'finding-part.role.discussion-question': 'discussion question',
  'finding-part.role.content-note': 'content note',
  'finding-part.role.children-s-note': "children's note",
  'finding-part.role.ground-rule': 'ground rule',
  'finding-part.role.disclosure-note': 'disclosure note',
  'finding-part.role.contact-name': 'contact name',
  'finding-part.role.group-name': 'group name',
  'finding-part.role.message': 'message',
  'finding-part.role.image-description': 'image description',
  'finding-part.role.flag-feedback': 'flag feedback',
  'finding-part.role.choice': 'choice',
  'finding-part.role.choice-feedback': 'choice feedback',
  'finding-part.role.ending-title': 'ending title',
  'finding-part.role.debrief-line': 'debrief line',
  'finding-part.role.lesson': 'lesson',
  'finding.all-protective-hidden':
    'node "{{node}}" hides every protective action ({{actions}}); players should always have a way out',
  'finding.age-band-topic': 'sextortion scenarios are for ages 13 and up; remove the 7-11 age band',
  'finding.friend-helper-suggested':
    'for 11-14, a sextortion scenario should let the player help a friend instead of being the target; set player: { role: friend-helper }',
  'finding.wording':
    '{{what, part}} says "{{found}}"; say "{{instead}}" instead (docs/safeguarding.md, "Right words")',
  'finding.blaming':
    '{{what, part}} says "{{found}}", which can read as blaming the child; say what happened and what helps now, never what they should have done (docs/safeguarding.md, "Never the child\'s fault")',
  'finding.long-sentence':
    '{{what, part}} has a sentence of {{size}} words ("{{found}}"); for ages {{band}} keep sentences to {{limit}} words or fewer: split it, or say less',
  'finding.long-word':
    '{{what, part}} uses "{{found}}" ({{size}} letters); for ages {{band}} words of more than {{limit}} letters are hard to read: use a shorter word (or, if none says the same, add it to LONG_WORDS_ALLOWED in src/format/check/reading-level.ts)',
  'finding-part.lint-line': 'line "{{0}}"',
  'finding-part.lint-locale': '"{{0}}"',
  'finding-part.lint-helpline': 'entry "{{0}}" ({{1}}), description ({{2}}),',
  'finding.sign-not-offered':
    'message "{{message}}" shows "{{sign}}", which the flag picker does not offer for ages {{bands}}; use a sign of that age band, or add it to the band in src/format/sign-sets.ts',
  'finding.missing-help-lessons':
    'ending "{{ending}}" does not teach {{missing, and}}, which every ending must; declare it under "teaches" on the line that says it, or add a short debrief or lesson line that does (in every language)',
  'finding-part.route-to-help': 'a route to help ({{0}})',
  'finding.sextortion-script-incomplete':
    'ending "{{ending}}" of a sextortion story does not teach {{missing, and}}; every ending teaches the whole sextortion script (docs/safeguarding.md); declare it under "teaches" on the line that says it, or add a short debrief or lesson line that does (in every language)',
  'finding.safe-ending-after-risk':
    'safe ending "{{ending}}" can be reached after the risky choice "{{choice}}" (node "{{node}}"), so it must still tell the player to let a trusted adult know (tell-trusted-adult); declare it under "teaches" on the line that says it, or add a short debrief or lesson line that does (in every language)',
  'finding.lesson-line-not-in-ending':
    'ending "{{ending}}" declares that line "{{line}}" teaches something, but that line is not one of its debrief or lesson lines; add it to debrief or lessons, or fix the line id',
  'finding.locale-copy':
    '{{same}} of {{comparable}} texts in this {{lang}} table are the English text word for word (for example "{{example}}"); translate them, or leave them out so the game falls back to English openly',
  'finding.helpline-schema.missing':
    '{{at, part}}: "{{field}}" is missing; it should be {{expected, part}}{{hint, part}}',
  'finding.helpline-duplicate-id':
    'entry "{{entry}}" ({{list}}): another entry in this list already has the id "{{entry}}"; give each entry its own id',
  'finding.helpline-unverifiable':
    'entry "{{entry}}" ({{list}}) is marked verified but cannot be shown to children: {{problems, semi}}',
  'finding-part.add-source': 'add source: the https address of the public page you checked it on',
  'finding-part.add-verified-by':
    "add verifiedBy: who checked it, as a role or organisation (never a person's name)",
  'finding-part.not-a-date': 'verifiedOn {{0}} is not a real date up to today ({{1}})',
  'finding.helpline-review-due':
    'entry "{{entry}}" ({{list}}) was verified on {{on}}, more than a year ago; check it again against its source and update verifiedOn and verifiedBy (from {{hidden}} it is no longer shown to children)',
  'finding.helpline-expired':
    'entry "{{entry}}" ({{list}}) was last verified on {{on}}, more than {{days}} days ago, so it is no longer shown to children (since {{hidden}}); check it again against its source and update verifiedOn and verifiedBy',
  'finding.helpline-schema.missing-top':
    '"{{field}}" is missing; it should be {{expected, part}}{{hint, part}}',
  'finding.helpline-schema.empty-file': 'the file is empty; it should be {{expected, part}}',
  'finding.helpline-schema.wrong-type':
    '{{at, part}}: should be {{expected, part}}, but it is {{value, part}}',
  'finding.helpline-schema.not-in-list':
    '{{at, part}}: {{value, part}} is not {{noun, part}}; use {{allowed, or}}',
  'finding.helpline-schema.unknown-field': '{{at, part}}: "{{field}}" is not a known field{{hint, part}}',
  'finding.helpline-schema.unknown-field-top': '"{{field}}" is not a known field{{hint, part}}',
  'finding.helpline-schema.bad-name': '{{at, part}}: the name "{{name}}" is not allowed',
  'finding.helpline-schema.bad-name-rule': '{{at, part}}: the name "{{name}}" is not allowed: {{rule, part}}',
  'finding.helpline-schema.bad-format': '{{at, part}}: {{value, part}} is not allowed here: {{rule, part}}',
  'finding.helpline-schema.min-items': '{{at, part}}: needs at least {{limit}} items',
  'finding.helpline-schema.min-items-one': '{{at, part}}: needs at least {{limit}} item',
  'finding.helpline-schema.empty-text': '{{at, part}}: must not be empty',
  'finding.helpline-schema.too-small':
    '{{at, part}}: {{value, part}} is too small; the least allowed is {{limit}}',
  'finding.helpline-schema.too-small-exclusive':
    '{{at, part}}: {{value, part}} is too small; it must be more than {{limit}}',
  'finding.helpline-schema.too-long': '{{at, part}}: is too long; at most {{limit}} characters',
  'finding.helpline-schema.too-many': '{{at, part}}: has too many items; at most {{limit}}',
  'finding.helpline-schema.too-big':
    '{{at, part}}: {{value, part}} is too big; the most allowed is {{limit}}',
  'finding.helpline-schema.too-big-exclusive':
    '{{at, part}}: {{value, part}} is too big; it must be less than {{limit}}',
  'finding.helpline-schema.union-missing':
    '{{at, part}}: "{{field}}" is missing; it should be {{expected, or}}',
  'finding.helpline-schema.union-missing-top': '"{{field}}" is missing; it should be {{expected, or}}',
  'finding.helpline-schema.not-allowed': '{{at, part}}: {{value, part}} is not allowed; use {{expected, or}}',
  'finding.helpline-schema.other': '{{at, part}}: {{detail, part}}',
};

const lookup = (key: string): string | undefined => (Object.hasOwn(ENGLISH, key) ? ENGLISH[key] : undefined);

/**
 * The English message of a finding's words. A code without a template is a
 * bug in the checker (the words test fails on it), but it must not hide the
 * finding: the code and its values are shown instead.
 */
export function englishMessage(code: Finding['code'], words: FindingWords): string {
  return (
    renderWords(code, words, lookup) ?? `${findingKey(code, words.variant)}: ${JSON.stringify(words.params)}`
  );
}
