/**
 * The words of the new-story template (new-scenario.ts), in its source
 * language and its two translations. A calm placeholder story for 11–14:
 * someone in a game chat asks for the player's school and to keep it
 * secret; an aunt helps. Written to docs/safeguarding.md like any story, so
 * an author starts from lines that already follow the rules.
 */
import type { LineTextT } from '../schema.js';

export const TEMPLATE_SOURCE_LANGUAGE = 'es';
export const TEMPLATE_LANGUAGES = ['es', 'pt-BR', 'en'] as const;

type Lines = Record<string, Record<(typeof TEMPLATE_LANGUAGES)[number], LineTextT>>;

export const TEMPLATE_LINES: Lines = {
  'meta.title': { es: 'Mi nueva historia', 'pt-BR': 'Minha nova história', en: 'My new story' },
  'meta.summary': {
    es: 'Alguien nuevo te escribe en el chat de un juego.',
    'pt-BR': 'Alguém novo te manda mensagem no chat de um jogo.',
    en: 'Someone new messages you in a game chat.',
  },
  'meta.player-note': {
    es: 'Alguien nuevo te va a escribir. Puedes parar cuando quieras y hablar con un adulto de confianza.',
    'pt-BR':
      'Alguém novo vai te mandar mensagem. Você pode parar quando quiser e conversar com um adulto de confiança.',
    en: 'Someone new is going to message you. You can stop at any time and talk to an adult you trust.',
  },
  'teacher.goal.signs': {
    es: 'Reconocer cuándo alguien pide datos personales y secreto.',
    'pt-BR': 'Reconhecer quando alguém pede dados pessoais e segredo.',
    en: 'Recognise when someone asks for personal details and secrecy.',
  },
  'teacher.goal.adult': {
    es: 'Saber a qué adulto de confianza contarle lo que pasa en línea.',
    'pt-BR': 'Saber para qual adulto de confiança contar o que acontece na internet.',
    en: 'Know which trusted adult to tell about what happens online.',
  },
  'teacher.question.secret': {
    es: '¿Por qué alguien pediría que un chat quede en secreto?',
    'pt-BR': 'Por que alguém pediria para uma conversa ficar em segredo?',
    en: 'Why might someone ask for a chat to stay secret?',
  },
  'teacher.content-note': {
    es: 'Un desconocido pregunta por la escuela del jugador y pide secreto. No hay contenido sexual ni violento.',
    'pt-BR':
      'Um desconhecido pergunta pela escola do jogador e pede segredo. Não há conteúdo sexual nem violento.',
    en: "A stranger asks for the player's school and asks for secrecy. No sexual or violent content.",
  },
  'teacher.rule.no-names': {
    es: 'No usamos nombres reales de personas cuando hablamos de la historia.',
    'pt-BR': 'Não usamos nomes reais de pessoas quando falamos da história.',
    en: 'We do not use real names of people when we talk about the story.',
  },
  'teacher.disclosure': {
    es: 'Si un estudiante le cuenta algo: escuche, créale, dígale que no es su culpa, no prometa guardar el secreto, no pida detalles ni imágenes y siga el protocolo de la escuela el mismo día.',
    'pt-BR':
      'Se um estudante contar algo: escute, acredite, diga que não é culpa dele, não prometa guardar segredo, não peça detalhes nem imagens e siga o protocolo da escola no mesmo dia.',
    en: "If a student tells you something: listen, believe them, say it is not their fault, do not promise secrecy, do not ask for details or images, and follow the school's safeguarding procedure the same day.",
  },
  'contact.nico.name': { es: 'Nico_22', 'pt-BR': 'Nico_22', en: 'Nico_22' },
  'contact.aunt.name': { es: 'Tía Rosa', 'pt-BR': 'Tia Rosa', en: 'Aunt Rosa' },
  'start.narrator.scene': {
    es: 'Terminas una partida. Te llega un mensaje nuevo.',
    'pt-BR': 'Você termina uma partida. Chega uma mensagem nova.',
    en: 'You finish a match. A new message arrives.',
  },
  'start.nico.hello': {
    es: 'hola {{player}}! jugaste genial 😄',
    'pt-BR': 'oi {{player}}! você jogou muito bem 😄',
    en: 'hi {{player}}! you played great 😄',
  },
  'start.nico.school': {
    es: '¿a qué escuela vas? no le digas a nadie que hablamos',
    'pt-BR': 'em que escola você estuda? não conta pra ninguém que a gente conversou',
    en: "what school do you go to? don't tell anyone we talked",
  },
  'flag.start.school': {
    es: 'Bien visto. Pide tu escuela y pide secreto: son dos señales de alerta.',
    'pt-BR': 'Boa! Ele pede sua escola e pede segredo: são dois sinais de alerta.',
    en: 'Well spotted. He asks for your school and for secrecy: two warning signs.',
  },
  'c.start.no': {
    es: 'prefiero no decirlo',
    'pt-BR': 'prefiro não falar',
    en: "i'd rather not say",
  },
  'fb.start.no': {
    es: 'Muy bien. Tus datos son tuyos y puedes decir que no.',
    'pt-BR': 'Muito bem. Seus dados são seus e você pode dizer não.',
    en: 'Good call. Your details are yours, and you can say no.',
  },
  'c.start.school': {
    es: 'voy a la Escuela Arcoíris',
    'pt-BR': 'estudo na Escola Arco-Íris',
    en: 'i go to Rainbow School',
  },
  'said-no.nico.push': {
    es: 'dale, no seas así. es nuestro secreto',
    'pt-BR': 'ah, para com isso. é nosso segredo',
    en: "come on, don't be like that. it's our secret",
  },
  'c.said-no.aunt': {
    es: 'Se lo voy a contar a mi tía.',
    'pt-BR': 'Vou contar para minha tia.',
    en: "I'm going to tell my aunt.",
  },
  'school.nico.secret': {
    es: 'genial! pero esto queda entre nosotros, ok?',
    'pt-BR': 'legal! mas isso fica entre a gente, tá?',
    en: 'cool! but this stays between us, ok?',
  },
  'c.school.aunt': {
    es: 'Esto me hace sentir raro. Se lo cuento a mi tía.',
    'pt-BR': 'Isso é estranho. Vou contar para minha tia.',
    en: 'This feels weird. I will tell my aunt.',
  },
  'blocked.narrator.done': {
    es: 'Bloqueaste a Nico_22. Ya no te puede escribir.',
    'pt-BR': 'Você bloqueou Nico_22. Ele não pode mais te mandar mensagem.',
    en: "You blocked Nico_22. He can't message you any more.",
  },
  'reported.narrator.done': {
    es: 'Denunciaste la cuenta. El juego la va a revisar.',
    'pt-BR': 'Você denunciou a conta. O jogo vai analisar.',
    en: 'You reported the account. The game will check it.',
  },
  'evidence.narrator.done': {
    es: 'Guardaste una captura del chat. Sirve como prueba.',
    'pt-BR': 'Você salvou um print da conversa. Serve como prova.',
    en: 'You saved a screenshot of the chat. It is evidence.',
  },
  'c.after.aunt': {
    es: 'Contarle a la tía Rosa',
    'pt-BR': 'Contar para a tia Rosa',
    en: 'Tell Aunt Rosa',
  },
  'left.narrator.done': {
    es: 'Saliste del chat. Le escribes a tu tía Rosa.',
    'pt-BR': 'Você saiu da conversa. Você manda mensagem para sua tia Rosa.',
    en: 'You left the chat. You message your Aunt Rosa.',
  },
  'aunt.aunt.listen': {
    es: 'Gracias por contarme, {{player}}. Hiciste muy bien.',
    'pt-BR': 'Obrigada por me contar, {{player}}. Você fez muito bem.',
    en: 'Thank you for telling me, {{player}}. You did the right thing.',
  },
  'aunt.aunt.not-fault': {
    es: 'No es tu culpa. Vamos a verlo juntas.',
    'pt-BR': 'Não é culpa sua. Vamos ver isso juntas.',
    en: "It's not your fault. Let's look at it together.",
  },
  'c.aunt.done': {
    es: 'Gracias, tía. Ya me siento mejor.',
    'pt-BR': 'Valeu, tia. Já estou melhor.',
    en: 'Thanks. I feel better now.',
  },
  'c.aunt.school': {
    es: 'Le dije el nombre de mi escuela.',
    'pt-BR': 'Eu falei o nome da minha escola.',
    en: 'I told him the name of my school.',
  },
  'c.aunt.help': {
    es: '¿Me ayudas a denunciar la cuenta?',
    'pt-BR': 'Você me ajuda a denunciar a conta?',
    en: 'Can you help me report the account?',
  },
  'end.safe.title': { es: 'Te cuidaste', 'pt-BR': 'Você se cuidou', en: 'You kept yourself safe' },
  'end.safe.what': {
    es: 'Notaste que pedir tu escuela y pedir secreto no estaba bien.',
    'pt-BR': 'Você percebeu que pedir sua escola e pedir segredo não estava certo.',
    en: 'You noticed that asking for your school and for secrecy was not okay.',
  },
  'end.helped.title': { es: 'Pediste ayuda', 'pt-BR': 'Você pediu ajuda', en: 'You got help' },
  'end.helped.what': {
    es: 'Con tu tía denunciaste la cuenta en el juego.',
    'pt-BR': 'Com sua tia, você denunciou a conta no jogo.',
    en: 'With your aunt, you reported the account in the game.',
  },
  'end.supported.title': {
    es: 'Nunca es tarde para contarlo',
    'pt-BR': 'Nunca é tarde para contar',
    en: 'It is never too late to tell',
  },
  'end.supported.what': {
    es: 'Nico_22 supo tu escuela. Tu tía ahora te ayuda a estar a salvo.',
    'pt-BR': 'Nico_22 soube sua escola. Agora sua tia te ajuda a ficar em segurança.',
    en: 'Nico_22 learned your school. Now your aunt helps you stay safe.',
  },
  'end.supported.not-fault': {
    es: 'No es tu culpa. El que hizo mal es quien pidió el secreto.',
    'pt-BR': 'Não é culpa sua. Quem errou foi quem pediu segredo.',
    en: 'It is not your fault. The one in the wrong is the one who asked for secrecy.',
  },
  'end.never-late': {
    es: 'Si algo en línea te preocupa, cuéntaselo a un adulto de confianza. Nunca es tarde para contarlo.',
    'pt-BR':
      'Se algo na internet te preocupar, conte para um adulto de confiança. Nunca é tarde para contar.',
    en: 'If something online worries you, tell an adult you trust. It is never too late to tell.',
  },
  'lesson.secrets': {
    es: 'Un secreto que te hace sentir mal no se guarda: se cuenta.',
    'pt-BR': 'Segredo que te faz mal não se guarda: se conta.',
    en: 'A secret that makes you feel bad is not one to keep: tell someone.',
  },
};
