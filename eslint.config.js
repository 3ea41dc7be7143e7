import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const adapterPackages = [
  'pg',
  'pg-copy-streams',
  'better-sqlite3',
  'fastify',
  '@fastify/*',
  'nats',
  'saxes',
  'commander',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'web/dist/**', 'coverage/**', 'data/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'max-params': ['error', 3],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // The domain core stays pure: no I/O, no adapters, no drivers, no frameworks.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'The core does no I/O: declare a port in src/core/ports instead.' },
            { group: adapterPackages, message: 'The core imports no driver or framework.' },
            {
              group: [
                '**/store/**',
                '**/formats/**',
                '**/http/**',
                '**/cli/**',
                '**/broker/**',
                '**/app/**',
                '**/adapters/**',
              ],
              message: 'The core never imports an adapter.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts', '**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'max-params': 'off',
    },
  },
);
