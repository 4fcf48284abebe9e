// ESLint flat config. Besides the usual TypeScript rules, it enforces the
// core boundary: code under src/engine and src/format imports only what the
// allow-list in eslint-rules/core-boundary.js names (each other, engine →
// format only, plus zod and yaml), and reads no ambient effects (time,
// randomness, timers, network, storage, globalThis). Those are injected.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import coreBoundary from './eslint-rules/core-boundary.js';

// Text from story packs and imported files must never become markup. There
// is no allow-list: no file of the game needs any of these (docs/security.md);
// Trusted Types in the CSP refuse them at run time as well.
const noMarkupStrings = [
  {
    selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
    message: 'Never parse markup strings: render with Preact or set textContent.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Never parse markup strings: render with Preact or set textContent.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Never parse markup strings: render with Preact or set textContent.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
    message: 'Never use document.write.',
  },
  {
    selector: "CallExpression[callee.property.name='createContextualFragment']",
    message: 'Never parse markup strings: render with Preact or set textContent.',
  },
  {
    selector: "NewExpression[callee.name='DOMParser']",
    message: 'Never parse markup strings: render with Preact or set textContent.',
  },
  {
    selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(srcdoc)$/]',
    message: 'Never parse markup strings: render with Preact or set textContent.',
  },
];

const ambient = [
  'window',
  'document',
  'navigator',
  'globalThis',
  'self',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'fetch',
  'XMLHttpRequest',
  'setTimeout',
  'setInterval',
  'requestAnimationFrame',
  'performance',
  'process',
  'require',
  'Date',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-output/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...noMarkupStrings],
      // Strings never become code either (the CSP forbids it too: no 'unsafe-eval').
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/engine/**/*.ts', 'src/format/**/*.ts'],
    plugins: { core: coreBoundary },
    rules: {
      'core/imports': 'error',
      'no-restricted-globals': [
        'error',
        ...ambient.map((name) => ({
          name,
          message: `${name} is an ambient effect: inject it into the engine instead.`,
        })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Randomness is injected into the engine.' },
        {
          object: 'Intl',
          property: 'DateTimeFormat',
          message: 'Intl.DateTimeFormat reads the clock and time zone: format dates outside the core.',
        },
      ],
      'no-restricted-syntax': [
        'error',
        ...noMarkupStrings,
        {
          selector: "MetaProperty[meta.name='import']",
          message: 'import.meta reads the build and host environment; the core is given what it needs.',
        },
      ],
    },
  },
);
