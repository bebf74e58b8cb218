// The dependency rule from docs/architecture.md, enforced rather than hoped for.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const ioModules = [
  'node:*',
  'fs',
  'path',
  'http',
  'net',
  'child_process',
  'kysely',
  'pg',
  'better-sqlite3',
  'fastify',
];
const noImport = (names, message) => ({
  'no-restricted-imports': ['error', { patterns: names.map((group) => ({ group: [group], message })) }],
});

export default tseslint.config(
  // Generated modules are data written by scripts (the rules compiled from YAML, the trained models,
  // about 13 MB): their source is what gets linted, and walking the models' tree ran ESLint out of memory.
  { ignores: ['**/dist/**', 'node_modules/**', 'data/**', 'coverage/**', '**/*.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['packages/core/src/**', 'packages/analyzer/src/**'],
    ignores: ['**/*.test.ts'],
    rules: noImport(
      [...ioModules, '@amends/*', 'hash-wasm', '@noble/*', 'react'],
      'core and analyzer are pure: no I/O, no other workspace.',
    ),
  },
  {
    files: ['packages/crypto/src/**'],
    ignores: ['**/*.test.ts'],
    rules: noImport([...ioModules, '@amends/*', 'react'], 'crypto imports only its crypto libraries.'),
  },
  {
    files: ['packages/client/src/**'],
    ignores: ['**/*.test.ts'],
    rules: noImport(
      [
        '@amends/db',
        '@amends/server',
        '@amends/web',
        '@amends/cli',
        'react',
        'kysely',
        'pg',
        'better-sqlite3',
        'fastify',
      ],
      'client imports core, crypto and the wire types only.',
    ),
  },
  {
    files: ['packages/db/src/**'],
    ignores: ['**/*.test.ts'],
    rules: noImport(
      [
        '@amends/core',
        '@amends/client',
        '@amends/server',
        '@amends/web',
        '@amends/cli',
        '@amends/analyzer',
        'react',
        'fastify',
      ],
      'db knows storage only.',
    ),
  },
  {
    files: ['packages/server/src/**'],
    ignores: ['**/*.test.ts'],
    rules: noImport(
      ['@amends/client', '@amends/web', '@amends/cli', '@amends/analyzer', '@amends/core', 'react'],
      'the server never sees plaintext: it has no business with core or the analyzer.',
    ),
  },
  {
    files: ['packages/web/src/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...noImport(
        [...ioModules, '@amends/db', '@amends/server', '@amends/cli'],
        'web runs in the browser: core, analyzer and client only.',
      ),
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        navigator: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        HTMLElement: 'readonly',
        localStorage: 'readonly',
        crypto: 'readonly',
      },
    },
  },
);
