// Lint rules for Invite Guard (issue 17). `npm run lint` runs this; `npm test` runs it first.
// Every rule switched off or relaxed here says why on the line above it.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Packages and src modules the content script must not pull in: it stays ~22 KB (README, issue 12). */
const contentScriptImports = {
  paths: [
    { name: 'preact', message: 'The content script builds its few elements by hand (src/page/make-element).' },
    { name: 'zod', message: 'The background validates; the content script trusts its own port.' },
    { name: 'tldts', message: 'Host parsing happens in the background.' },
  ],
  patterns: [
    {
      group: ['preact/*', 'zod/*', 'tldts/*'],
      message: 'Too big for the content script: ask the background instead.',
    },
    {
      // Type-only imports are erased, so `import type` from these stays allowed.
      group: [
        '**/assess/*',
        '**/background/*',
        '**/catalogue/*',
        '**/cli/*',
        '**/i18n/*',
        '**/recognise/*',
        '!**/recognise/escape-regexp',
        '**/settings/*',
        '**/ui/*',
      ],
      message: 'This module (or what it imports) pulls zod, tldts, preact or catalogue data into the content script.',
      allowTypeImports: true,
    },
  ],
};

export default defineConfig(
  {
    ignores: [
      '.output/',
      '.wxt/',
      'dist/',
      'demo-output/',
      '.tmp/',
      'tests/e2e/artifacts/',
      'tests/fixtures/',
      // Generated (scripts/write-generated.ts and friends): fixed at the generator, not here.
      'data/index.ts',
      'src/recognise/confusables-data.ts',
      'src/recognise/everyday-words.ts',
      'src/recognise/latin-letter-bases-data.ts',
      'src/background/bundled-candidate-data.ts',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    rules: {
      // Named in issue 17; on in strict-type-checked already, listed so that they stay on.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unnecessary-condition': 'error',
      // Not in any preset: every union switch names each case, or says `default`.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false }],
      // Not in any preset: type-only imports are erased, so the bundles never carry them.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],

      // Relaxed: with noUncheckedIndexedAccess, `xs[i]!` inside a bounds check is the plain way to say so.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Relaxed: numbers in messages and reports are meant (counts, milliseconds, byte sizes).
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Relaxed: `onClick={() => setOpen(false)}` style one-line callbacks stay one line.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Off: hosts and words are split into code points with `[...s]` on purpose (that is the rule's complaint).
      '@typescript-eslint/no-misused-spread': 'off',
      // Relaxed: `this: void` is what unbound-method asks for on callbacks passed around detached.
      '@typescript-eslint/no-invalid-void-type': ['error', { allowAsThisParameter: true }],
      // Relaxed: `a || b` on strings treats "" as missing on purpose (attributes, hrefs, messages).
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
      // Relaxed: `{ dropped: _, ...rest }` is how a copy leaves a field out.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // Off: records keyed by host or id are maps here, and are only deleted from in fresh copies.
      '@typescript-eslint/no-dynamic-delete': 'off',
      // Off: hostile hrefs and confusables are matched against control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    // Takes the page's DOM methods before page scripts can replace them, and calls them with Reflect.apply.
    files: ['src/page/captured-dom.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  {
    // Plain JavaScript (build scripts, this file): no type information to lint with.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['tests/**'],
    rules: {
      // Off in tests: results of JSON.parse, page.evaluate and mocks are checked by expect(), not by types.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      // Off in tests: stand-in callbacks and listeners that must do nothing.
      '@typescript-eslint/no-empty-function': 'off',
      // Off in tests: mutating and fuzzing raw JSON, and reaching the page's own `browser`, need `any`.
      '@typescript-eslint/no-explicit-any': 'off',
      // Off in tests: `async () => value` is the plain stand-in for an async dependency.
      '@typescript-eslint/require-await': 'off',
      // Off in tests: expect(obj.method) and vi.spyOn hand methods around without calling them.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['tests/e2e/**', 'tests/bench/**'],
    rules: {
      // Off here: teardown guards (`browser?.close()`) cover a set-up that failed halfway, which the declared types cannot show.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // Off here: page values are not always what lib.dom says (an SVG element's className, a thrown non-Error).
      '@typescript-eslint/no-unnecessary-type-conversion': 'off',
    },
  },
  {
    files: ['src/ui/**', 'entrypoints/popup/**', 'entrypoints/options/**'],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      // A warning would not fail CI: a missing dependency is a stale-value bug.
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/page/**', 'entrypoints/content.ts'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', contentScriptImports],
    },
  },
);
