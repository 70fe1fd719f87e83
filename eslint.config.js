// Lint enforces the layer edges drawn in docs/architecture.md: only main/ imports electron; the core (src/)
// never does; the renderer reaches the core only through src/api; inside the core each capability folder
// imports only the folders its zone lists (below).
import path from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import silkworm from './eslint/import-zones.js';

// Import zones of the core. A folder may import itself, any zod-only `*-schema.js` contract file, and the
// folders listed for it, nothing else; a folder missing here fails lint until it is given a zone. Tests
// (`*.test.ts`, tests/) and perf/ may import anything.
//
//   folder        may import
//   api           (nothing: it is shared with the renderer)
//   async         (nothing)
//   install       (nothing: where the app is installed, its version and dashboard bundle)
//   logging       api
//   protocol      logging
//   settings      api, logging
//   sensors       logging (GPU telemetry and the one tool runner, shared by availability and bench)
//   state-files   api, logging, settings
//   availability  api, logging, sensors
//   desktop       api
//   transport     api, logging
//   engine        api, async, logging, settings
//   attestation   engine, state-files
//   bench         api, engine, logging, sensors, settings
//   chain         logging, state-files
//   earnings      chain, logging, settings, state-files
//   discovery     async, chain, logging, protocol, state-files (the root contract, proxy checks; no devnet)
//   net           async, attestation, earnings, engine, logging, protocol
//   devnet        async, attestation, chain, discovery, earnings, engine, install, logging, net, protocol,
//                 settings, state-files, transport
//   node          the composition root: everything above but devnet and install
//   launch        api, bench, chain, devnet, discovery, install, logging, node, settings
//   daemon        api, bench, install, launch, logging, node, settings, transport
//   cli           api, availability, bench, daemon, devnet, engine, install, launch, logging, node, protocol,
//                 settings
//
// So devnet (the local network) is reached only from the entry points, launch and cli — never from the
// node, which reaches every network over TON's HTTP API; protocol, net and engine never reach up into
// node, devnet or the transports.
const zones = {
  api: [],
  async: [],
  install: [],
  logging: ['api'],
  protocol: ['logging'],
  settings: ['api', 'logging'],
  sensors: ['logging'],
  'state-files': ['api', 'logging', 'settings'],
  availability: ['api', 'logging', 'sensors'],
  desktop: ['api'],
  transport: ['api', 'logging'],
  engine: ['api', 'async', 'logging', 'settings'],
  attestation: ['engine', 'state-files'],
  bench: ['api', 'engine', 'logging', 'sensors', 'settings'],
  chain: ['logging', 'state-files'],
  earnings: ['chain', 'logging', 'settings', 'state-files'],
  discovery: ['async', 'chain', 'logging', 'protocol', 'state-files'],
  net: ['async', 'attestation', 'earnings', 'engine', 'logging', 'protocol'],
  devnet: [
    'async',
    'attestation',
    'chain',
    'discovery',
    'earnings',
    'engine',
    'install',
    'logging',
    'net',
    'protocol',
    'settings',
    'state-files',
    'transport',
  ],
  node: [
    'api',
    'async',
    'attestation',
    'availability',
    'bench',
    'chain',
    'discovery',
    'earnings',
    'engine',
    'logging',
    'net',
    'sensors',
    'settings',
    'state-files',
    'transport',
  ],
  daemon: ['api', 'bench', 'install', 'launch', 'logging', 'node', 'settings', 'transport'],
  // The entry points' network choice: the only folder besides cli that may start a local network.
  launch: ['api', 'bench', 'chain', 'devnet', 'discovery', 'install', 'logging', 'node', 'settings'],
  cli: [
    'api',
    'availability',
    'bench',
    'daemon',
    'devnet',
    'engine',
    'install',
    'launch',
    'logging',
    'node',
    'protocol',
    'settings',
  ],
};

const strictRules = {
  '@typescript-eslint/no-explicit-any': 'error',
  '@typescript-eslint/no-floating-promises': 'error',
  '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
  '@typescript-eslint/no-confusing-void-expression': 'off',
  '@typescript-eslint/restrict-template-expressions': [
    'error',
    { allowNumber: true, allowBoolean: true, allowNullish: true },
  ],
  '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
  '@typescript-eslint/no-unnecessary-condition': 'off',
  'max-lines': ['warn', { max: 300, skipBlankLines: true, skipComments: true }],
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.cache/**',
      'bin/**',
      'scripts/**',
      'resources/**',
      'contracts/build/**',
      '**/*.gen.ts',
      'eslint.config.js',
      'eslint/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: strictRules,
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The core never imports electron.' }],
          patterns: [
            {
              regex: '(^|/)impostors/',
              message:
                'src/devnet/impostors are cheating workers for tests and perf only: no product code uses them.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    plugins: { silkworm },
    rules: { 'silkworm/import-zones': ['error', { root: path.join(import.meta.dirname, 'src'), zones }] },
  },
  {
    files: ['src/api/**/*.ts'],
    ignores: ['src/api/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'electron'],
              message: 'src/api is shared with the renderer: zod and types only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/vite.config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer has no electron access; use window.silkworm.' }],
          patterns: [
            { group: ['node:*'], message: 'The renderer has browser globals only.' },
            {
              regex: '^(\\.\\./)+src/(?!api/|\\w+/[\\w-]+-schema\\.js$)',
              message: 'The renderer imports only src/api and zod-only *-schema.js files.',
            },
            { regex: '^(\\.\\./)+main/', message: 'The renderer imports only src/api.' },
          ],
        },
      ],
    },
  },
  {
    // Sandboxed preloads are CommonJS and may only require electron.
    files: ['main/preload.cts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.test.ts', 'tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', 'max-lines': 'off' },
  },
);
