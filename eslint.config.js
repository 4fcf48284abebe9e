// ESLint flat config. Besides the usual TypeScript rules, it enforces the
// engine boundary: code under src/engine and src/format may not import
// Phaser, the DOM, i18next, storage or Node, and may not read ambient
// effects (time, randomness, timers, network, storage). Those are injected.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const forbiddenInCore = {
  paths: ['phaser', 'i18next', 'howler', 'dexie', 'idb', 'fs', 'path', 'os', 'child_process'],
  patterns: [
    { group: ['node:*'], message: 'The engine and format run anywhere: no Node modules.' },
    {
      group: ['**/game/**', '**/store/**', '**/i18n/**', '**/teacher/**', '**/cli/**'],
      message: 'The core may not depend on the outer layers.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-output/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Never use innerHTML: build nodes and set textContent.',
        },
      ],
    },
  },
  {
    files: ['src/engine/**/*.ts', 'src/format/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', forbiddenInCore],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
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
        ].map((name) => ({
          name,
          message: `${name} is an ambient effect: inject it into the engine instead.`,
        })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Randomness is injected into the engine.' },
      ],
    },
  },
);
