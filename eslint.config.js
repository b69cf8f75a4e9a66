import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-cli/', 'out/', 'coverage/', 'tests/.artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The core decides everything and touches nothing: no I/O, no host, no clock.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process'],
              message: 'src/core is pure: no Node APIs.',
            },
            {
              group: [
                'exceljs',
                'react',
                'react-dom',
                '@fluentui/*',
                '**/office/**',
                '**/xlsx/**',
                '**/cli/**',
                '**/taskpane/**',
              ],
              message: 'src/core must not depend on a shell or face.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Office', message: 'src/core is pure: no Office.js.' },
        { name: 'Excel', message: 'src/core is pure: no Office.js.' },
        { name: 'process', message: 'src/core is pure: no process.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'src/core has no clock: take "today" as a parameter.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'src/core has no clock: take "today" as a parameter.',
        },
      ],
    },
  },
  prettier,
);
