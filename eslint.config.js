import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.next/',
      '.data/',
      'payload-types.ts',
      'src/migrations/',
      'src/app/(payload)/admin/importMap.js',
      'src/site/graphql/generated.ts',
      'next-env.d.ts',
      'dist/',
      'build/',
      // The benchmark's peer (a vanilla Payload app): its build and Payload's generated import map.
      'bench/peer/.next-peer/',
      'bench/peer/next-env.d.ts',
      'bench/peer/app/(payload)/admin/importMap.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'off',
    },
  },
  {
    // The library compiles to plain ES modules that Node loads without a bundler: relative imports
    // name the source file (.ts/.tsx, rewritten to .js by tsc; an admin component's .css, copied
    // beside it by scripts/build-library.ts), and nothing reaches into the app
    // (src/, its generated types).
    files: [
      'index.ts',
      'client.ts',
      'rsc.ts',
      'collections/**/*.{ts,tsx}',
      'plugins/**/*.{ts,tsx}',
      'upstream/**/*.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          'ImportDeclaration',
          'ExportNamedDeclaration',
          'ExportAllDeclaration',
          'ImportExpression',
        ].map((node) => ({
          selector: `${node}[source.value=/^\\.\\.?\\/(?!.*\\.(tsx?|css)$)/]`,
          message:
            'Library imports name the source file: add .ts or .tsx (or /index.ts for a folder).',
        })),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(src|payload-types|payload\\.config)(/|$)',
              message: 'The library must not import the app.',
            },
          ],
        },
      ],
    },
  },
  {
    // The library's tests are a consumer's: they boot a config of their own (tests/helpers/consumerApp.ts)
    // and import the library by its package name, never the runnable CMS (its config, its harness,
    // src/). Its generated types may be imported as types: they describe the library's collections.
    files: [
      'tests/library/**/*.ts',
      'tests/helpers/consumerApp.ts',
      'tests/helpers/lexical.ts',
      'tests/helpers/useTestApp.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(src|payload\\.config|payloadHarness)(/|$)',
              message:
                'Library tests run on a consumer config (tests/helpers/consumerApp.ts), not the app: move the test to tests/int or leave the app out.',
            },
          ],
        },
      ],
    },
  },
)
