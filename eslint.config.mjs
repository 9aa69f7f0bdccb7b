// Lint, and the one-way imports of the architecture (../shared/architecture.md) as rules,
// so a wrong-way import fails `npm test` instead of waiting for a reviewer to notice.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import importPlugin from 'eslint-plugin-import'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import { readdirSync } from 'node:fs'

const features = readdirSync('src/renderer/src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

const renderer = './src/renderer/src'

/** import/no-restricted-paths zones: `target` may not import from `from`. */
const zones = [
  { target: './src/shared', from: ['./src/main', './src/preload', './src/renderer'], message: 'shared code is runtime-free' },
  { target: './src/main', from: ['./src/renderer', './src/preload'], message: 'main talks to the renderer only through the IPC contract' },
  { target: './src/preload', from: ['./src/main', './src/renderer'], message: 'the preload knows only the IPC contract' },
  { target: './src/renderer', from: ['./src/main', './src/preload'], message: 'the renderer reaches main only through platform/' },
  {
    target: `${renderer}/data`,
    from: [`${renderer}/app`, `${renderer}/features`, `${renderer}/ui`, `${renderer}/platform`, `${renderer}/locales`],
    message: 'data/ imports only @shared and Dexie'
  },
  { target: `${renderer}/ui`, from: [`${renderer}/features`, `${renderer}/app`, `${renderer}/data`], message: 'ui/ knows no feature and no data' },
  { target: `${renderer}/platform`, from: [`${renderer}/features`, `${renderer}/app`, `${renderer}/data`, `${renderer}/ui`], message: 'platform/ is the bridge only' },
  ...features.map((feature) => ({
    target: `${renderer}/features/${feature}`,
    from: `${renderer}/features`,
    except: [`./${feature}`],
    message: 'a feature never imports another feature; share through ui/, data/ or @shared'
  })),
  { target: `${renderer}/features`, from: `${renderer}/app`, message: 'features do not reach back into the app shell' }
]

const runtimePackages = ['electron', 'dexie', 'dexie-react-hooks', 'react', 'react-dom', 'zustand', 'i18next', 'react-i18next']

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    plugins: { import: importPlugin },
    languageOptions: { globals: { ...globals.node } },
    settings: {
      'import/resolver': { typescript: { project: ['tsconfig.json'] }, node: true }
    },
    rules: {
      'import/no-restricted-paths': ['error', { zones }],
      'import/no-cycle': ['error', { maxDepth: 6 }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'User text is text: never inject HTML.' }
      ],
      eqeqeq: ['error', 'always']
    }
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: runtimePackages, message: 'src/shared is runtime-free: no Electron, Dexie, React or DOM.' },
            { group: ['node:*'], message: 'src/shared is runtime-free: no Node modules.' }
          ]
        }
      ]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Advice for the React Compiler, which this project does not use; TanStack's hooks are fine without it.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer reaches Electron only through platform/ and the preload.' }],
          patterns: [{ group: ['node:*'], message: 'The renderer runs in a browser: no Node modules.' }]
        }
      ]
    }
  },
  {
    // Components never touch the database: reads go through data/ hooks, writes through repositories.
    files: [`src/renderer/src/{app,features,ui}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'Use the repositories and hooks in data/.' },
            { name: 'electron', message: 'Use platform/.' }
          ],
          patterns: [
            { group: ['**/data/db'], message: 'Components never touch db: use repositories and hooks in data/.' },
            { group: ['node:*'], message: 'The renderer runs in a browser: no Node modules.' }
          ]
        }
      ]
    }
  },
  {
    // The browser benchmark page runs in Chromium (bench/browser/run.mjs, beside it, is Node).
    files: ['bench/browser/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } }
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'The sandboxed preload has no Node modules.' }] }
      ]
    }
  }
)
