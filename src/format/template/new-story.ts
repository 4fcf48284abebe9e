/**
 * The "new story" template: a small story that passes the checker with no
 * findings, in Spanish (its source language) with Brazilian Portuguese and
 * English translations whose fingerprints are worked out here, so a new
 * author starts from something that plays and ships, and every part of the
 * format they will need is in it once (a stranger and a trusted adult, a
 * variable, a message that depends on it, a warning sign with flag
 * feedback, choices that count as protective actions, two kinds of ending).
 *
 * It follows docs/safeguarding.md: the child is never blamed (sharing the
 * school's name is met with "it is not your fault"), a trusted adult and the
 * help route are in every ending, and the sentences fit the 11–14 band.
 * Pure data and functions, so the studio and the command line share it.
 */
import { sourceFingerprint } from '../text.js';

/** A line id and its text in each language of the template. */
type Line = readonly [id: string, es: string, ptBR: string, en: string];

const LINES: readonly Line[] = [
  ['meta.title', 'Una pregunta de más', 'Uma pergunta a mais', 'One question too many'],
  [
    'meta.summary',
    'Alguien de tu equipo en un juego quiere saber dónde estudias.',
    'Alguém do seu time em um jogo quer saber onde você estuda.',
    'Someone on your team in a game wants to know where you go to school.',
  ],
  [
    'meta.player-note',
    'En esta historia chateas con alguien de un juego. Tú decides qué responder. Puedes parar cuando quieras y hablar con un adulto de confianza.',
    'Nesta história você conversa com alguém de um jogo. Você decide o que responder. Pode parar quando quiser e falar com um adulto de confiança.',
    'In this story you chat with someone from a game. You decide what to answer. You can stop whenever you like and talk to an adult you trust.',
  ],
  [
    'teacher.goal',
    'Reconocer cuando alguien pide datos privados, como la escuela, y saber a quién contarlo.',
    'Reconhecer quando alguém pede dados pessoais, como a escola, e saber a quem contar.',
    'Recognise when someone asks for private details, such as their school, and know whom to tell.',
  ],
  [
    'teacher.question',
    '¿Qué datos tuyos pueden ayudar a alguien a encontrarte fuera del juego?',
    'Quais dados seus podem ajudar alguém a encontrar você fora do jogo?',
    'Which details about you could help someone find you outside the game?',
  ],
  [
    'teacher.content-note',
    'Un jugador desconocido pregunta por la escuela y pide mantener el chat en secreto. No hay contenido sexual ni violento.',
    'Um jogador desconhecido pergunta pela escola e pede para manter a conversa em segredo. Não há conteúdo sexual nem violento.',
    'A player nobody knows asks about school and asks to keep the chat secret. There is no sexual or violent content.',
  ],
  [
    'teacher.disclosure',
    'Si un estudiante le cuenta algo, escuche con calma y créale. Dígale que no es su culpa y siga hoy el protocolo de protección de la escuela.',
    'Se um estudante contar algo, escute com calma e acredite. Diga que a culpa não é dele e siga hoje o protocolo de proteção da escola.',
    'If a student tells you something, listen calmly and believe them. Say it is not their fault and follow the school’s safeguarding procedure the same day.',
  ],
  ['contact.dani.name', 'Dani', 'Dani', 'Dani'],
  ['contact.aunt.name', 'Tía Carmen', 'Tia Carmen', 'Aunt Carmen'],
  [
    'start.narrator',
    'Terminas una partida. Alguien de tu equipo te escribe.',
    'Você termina uma partida. Alguém do seu time manda uma mensagem.',
    'You finish a match. Someone on your team sends you a message.',
  ],
  [
    'start.dani.hi',
    '¡buena partida! ¿jugamos otra mañana?',
    'boa partida! jogamos outra amanhã?',
    'good game! play again tomorrow?',
  ],
  [
    'start.dani.school',
    'oye, ¿a qué escuela vas? así vemos si vivimos cerca',
    'ei, em que escola você estuda? assim a gente vê se mora perto',
    'hey, what school do you go to? then we can see if we live close',
  ],
  [
    'flag.school',
    'Bien visto. El nombre de tu escuela dice dónde estás casi todos los días.',
    'Boa! O nome da sua escola mostra onde você está quase todos os dias.',
    'Well spotted. The name of your school tells people where you are almost every day.',
  ],
  [
    'c.school.no',
    'prefiero no decir eso por aquí',
    'prefiro não falar isso aqui',
    'I’d rather not say that here',
  ],
  [
    'fb.school.no',
    'Buena idea. Tus datos privados son tuyos, y no tienes que dárselos a nadie.',
    'Boa ideia. Seus dados pessoais são seus, e você não precisa passar para ninguém.',
    'Good idea. Your private details are yours, and you don’t have to give them to anyone.',
  ],
  [
    'c.school.yes',
    'voy a la escuela del centro',
    'estudo na escola do centro',
    'I go to the school in the town centre',
  ],
  [
    'pushes.dani.secret',
    'pásame tu número y hablamos por otra app. no le digas a nadie, es nuestro secreto',
    'me passa seu número e a gente fala em outro app. não conta pra ninguém, é nosso segredo',
    'send me your number and we can talk on another app. don’t tell anyone, it’s our secret',
  ],
  [
    'flag.secret',
    'Bien visto. Quien te pide secretos y otra app quiere que nadie pueda ayudarte.',
    'Boa! Quem pede segredo e outro app quer que ninguém possa ajudar você.',
    'Well spotted. Someone who asks for secrets and another app wants nobody to be able to help you.',
  ],
  [
    'c.pushes.aunt',
    'Mostrarle el chat a tu tía Carmen',
    'Mostrar a conversa para a sua tia Carmen',
    'Show the chat to your Aunt Carmen',
  ],
  [
    'c.pushes.block',
    'Bloquear a Dani y seguir jugando',
    'Bloquear Dani e continuar jogando',
    'Block Dani and keep playing',
  ],
  [
    'told.aunt.thanks',
    'Gracias por contarme. Hiciste muy bien. Lo bloqueamos y lo reportamos ahora.',
    'Obrigada por me contar. Você fez muito bem. Vamos bloquear e denunciar agora.',
    'Thank you for telling me. You did really well. Let’s block and report them now.',
  ],
  [
    'told.aunt.school',
    'Si le dijiste tu escuela, no es tu culpa. También se lo contamos a tu maestra.',
    'Se você falou a sua escola, a culpa não é sua. Vamos contar também para a sua professora.',
    'If you told them your school, it is not your fault. We will tell your teacher too.',
  ],
  ['end.told.title', 'Pediste ayuda', 'Você pediu ajuda', 'You got help'],
  [
    'end.told.debrief',
    'Contarle a un adulto de confianza fue una gran decisión. Nunca es tarde para contarlo.',
    'Contar para um adulto de confiança foi uma ótima decisão. Nunca é tarde para contar.',
    'Telling an adult you trust was a great choice. It is never too late to tell.',
  ],
  ['end.blocked.title', 'Te cuidaste', 'Você se cuidou', 'You kept yourself safe'],
  [
    'end.blocked.debrief',
    'Bloquear a alguien que te incomoda siempre está bien.',
    'Bloquear alguém que incomoda você sempre está certo.',
    'Blocking someone who makes you uneasy is always okay.',
  ],
  ['end.reported.title', 'Lo reportaste', 'Você denunciou', 'You reported it'],
  [
    'end.reported.debrief',
    'Reportar ayuda a que el juego cuide a más personas.',
    'Denunciar ajuda o jogo a proteger mais pessoas.',
    'Reporting helps the game keep more people safe.',
  ],
  [
    'lesson.private',
    'El nombre de tu escuela, tu dirección y tu número son datos privados.',
    'O nome da sua escola, seu endereço e seu número são dados pessoais.',
    'The name of your school, your address and your number are private details.',
  ],
  [
    'lesson.tell',
    'Si algo en un chat te incomoda, cuéntaselo a un adulto de confianza.',
    'Se algo em uma conversa incomoda você, conte para um adulto de confiança.',
    'If something in a chat makes you uneasy, tell an adult you trust.',
  ],
];

const SCENARIO = `# yaml-language-server: $schema=../scenario.schema.json
# A new story, made from Escudo's template. Rewrite it as yours: the guide is
# docs/scenario-format.md. Words the player reads are in text/<language>.yaml.
id: __ID__
version: 1 # raise it when you rename or remove a node
topics: [privacy]
ageBands: ['11-14'] # a story only appears for players of these age bands
sourceLanguage: es
minutes: 3
title: meta.title
summary: meta.summary
playerNote: meta.player-note

teacherNotes:
  learningGoals: [teacher.goal]
  discussionQuestions: [teacher.question]
  contentNote: teacher.content-note
  disclosure: teacher.disclosure

player:
  role: self

contacts:
  dani:
    name: contact.dani.name
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
    description: The player told Dani the name of their school.

start: start

protective:
  block:
    goto: blocked
  report:
    goto: reported
  tell-adult:
    goto: told

nodes:
  start:
    chat: dani
    messages:
      - id: start.narrator
        from: narrator
      - id: start.dani.hi
        from: dani
        typing: 1000
      - id: start.dani.school
        from: dani
        typing: 1600
        signs: [info-probing]
        flagFeedback: flag.school
    choices:
      - id: c.school.no
        goto: pushes
        rating: safe
        feedback: fb.school.no
      - id: c.school.yes
        goto: pushes
        rating: risky
        effects:
          - sharedSchool = true

  pushes:
    messages:
      - id: pushes.dani.secret
        from: dani
        typing: 2000
        signs: [secrecy, platform-shift]
        flagFeedback: flag.secret
    choices:
      - id: c.pushes.aunt
        goto: told
        rating: safe
        says: false
        counts: tell-adult
      - id: c.pushes.block
        goto: blocked
        rating: safe
        says: false
        counts: block

  told:
    chat: aunt
    messages:
      - id: told.aunt.thanks
        from: aunt
        typing: 1200
      - id: told.aunt.school
        from: aunt
        typing: 1400
        if: sharedSchool
    ending:
      kind: helped
      title: end.told.title
      debrief: [end.told.debrief]
      lessons: [lesson.private, lesson.tell]
      teaches:
        end.told.debrief: [tell-trusted-adult, never-too-late]
        lesson.private: [keep-details-private]

  blocked:
    ending:
      kind: safe
      title: end.blocked.title
      debrief: [end.blocked.debrief, end.told.debrief]
      lessons: [lesson.private, lesson.tell]
      teaches:
        end.told.debrief: [tell-trusted-adult, never-too-late]
        lesson.private: [keep-details-private]

  reported:
    ending:
      kind: safe
      title: end.reported.title
      debrief: [end.reported.debrief, end.told.debrief]
      lessons: [lesson.private, lesson.tell]
      teaches:
        end.reported.debrief: [report-platform]
        end.told.debrief: [tell-trusted-adult, never-too-late]
        lesson.private: [keep-details-private]
`;

/** A YAML single-quoted string: the one escape is a doubled quote. */
const quoted = (text: string): string => `'${text.replace(/'/g, "''")}'`;

const HEADER = '# yaml-language-server: $schema=../../text.schema.json\n';

function sourceTable(): string {
  return HEADER + LINES.map(([id, es]) => `${id}: ${quoted(es)}\n`).join('');
}

/** A translation table: each line's text and the fingerprint of the Spanish it was made from. */
function translationTable(pick: (line: Line) => string): string {
  const entries = LINES.map(
    (line) => `${line[0]}:\n  text: ${quoted(pick(line))}\n  source: '${sourceFingerprint(line[1])}'\n`,
  );
  return HEADER + entries.join('');
}

/** Story ids: lower-case letters, digits and dashes, starting with a letter (as folder names). */
export const STORY_ID = /^[a-z][a-z0-9-]{0,62}$/;

/** The template's files for a story called `id` (paths inside its folder). */
export function newStoryFiles(id: string): Record<string, string> {
  return {
    'scenario.yaml': SCENARIO.replace('__ID__', id),
    'text/es.yaml': sourceTable(),
    'text/pt-BR.yaml': translationTable((l) => l[2]),
    'text/en.yaml': translationTable((l) => l[3]),
  };
}
