// The dependency rule (docs/architecture.md) as eslint-plugin-boundaries elements and policies.
// Static imports, re-exports and dynamic import() are all checked; type-only imports follow the same
// folder rule. Anything not allowed here is an error.
import boundaries from 'eslint-plugin-boundaries';

/** Folder → the folders it may import (besides itself). */
const LOCAL = {
  engine: [],
  io: ['engine', 'models'],
  format: ['engine'],
  platform: ['io', 'engine'],
  export: ['engine', 'format'],
  optimise: ['engine'],
  worker: ['engine', 'io', 'optimise'],
  cli: ['engine', 'io', 'format', 'export', 'optimise', 'scenarios'],
  state: ['engine', 'io', 'format', 'platform', 'worker', 'scenarios'],
  'ui-app': ['feature', 'ui-components', 'ui-i18n', 'state', 'format', 'io', 'engine', 'scenarios'],
  feature: ['ui-components', 'ui-i18n', 'state', 'format', 'io', 'engine', 'export', 'scenarios'],
  'ui-components': ['ui-i18n', 'state', 'format', 'engine'],
  'ui-i18n': ['ui-components', 'state', 'format', 'io', 'engine'],
};

/**
 * The only imports from one feature into another (docs/architecture.md, "Features"): the analysis
 * tab hosts the four analysis panels; follow-up shows the guardrail list; results shows the
 * scenario's caveats and problems; explain and sensitivity name ledger lines with the results'
 * words; presentation mode and the printed report show the results' figures and charts, the
 * scenario's caveats, explanations and guardrails again; the editor shows guardrail marks, the
 * realised figures' rows and (lazily) the lever editor. Any other cross-feature import is an error.
 */
const FEATURE_TO_FEATURE = {
  analysis: ['sensitivity', 'monte-carlo', 'compare', 'budget-view', 'follow-up'],
  'follow-up': ['guardrails'],
  results: ['scenario'],
  explain: ['results'],
  sensitivity: ['results'],
  presentation: ['results', 'explain', 'scenario-editor'],
  report: ['results', 'explain', 'guardrails', 'scenario'],
  'scenario-editor': ['follow-up', 'guardrails', 'presentation'],
};

/** Folder → the packages it may import (by package name: 'zustand' covers 'zustand/shallow'). */
const PACKAGES = {
  engine: ['mathjs'],
  io: ['zod', 'lz-string'],
  format: [],
  platform: ['idb', 'browser-fs-access'],
  export: ['exceljs'],
  optimise: ['highs'],
  worker: ['highs'],
  cli: ['node:*'],
  state: ['zustand', 'react', 'zundo', 'immer', 'reselect'],
  'ui-app': ['react', 'react-dom', 'recharts', 'zustand'],
  feature: ['react', 'react-dom', 'recharts', 'zustand'],
  'ui-components': ['react', 'react-dom'],
  'ui-i18n': ['react'],
};

const elements = [
  ...['engine', 'io', 'format', 'platform', 'export', 'optimise', 'worker', 'cli', 'state'].map((type) => ({ type, pattern: `src/${type}` })),
  { type: 'ui-app', pattern: 'src/ui/app' },
  { type: 'feature', pattern: 'src/ui/features/*', capture: ['feature'] },
  { type: 'ui-components', pattern: 'src/ui/components' },
  { type: 'ui-i18n', pattern: 'src/ui/i18n' },
  { type: 'models', pattern: 'models' },
  { type: 'scenarios', pattern: 'scenarios' },
];

const local = (types) => ({ to: { element: { types: { anyOf: types } }, module: { origin: 'local' } } });

const localPolicies = Object.entries(LOCAL).map(([from, to]) => ({
  from: { element: { type: from } },
  allow: local([from, ...to]),
}));

const packagePolicies = Object.entries(PACKAGES).map(([from, allow]) => ({
  from: { element: { type: from } },
  allow: allow.map((source) => ({ to: { module: { origin: source.startsWith('node:') ? 'core' : 'external', source } } })),
}));

const featurePolicies = [
  // A feature never imports another feature…
  {
    from: { element: { type: 'feature' } },
    disallow: { to: { element: { type: 'feature' } } },
    message: 'A feature imports components, i18n, state and the pure layers, not another feature (docs/architecture.md).',
  },
  // …except the pairs listed in FEATURE_TO_FEATURE.
  ...Object.entries(FEATURE_TO_FEATURE).map(([from, to]) => ({
    from: { element: { type: 'feature', captured: { feature: from } } },
    allow: { to: { element: { type: 'feature', captured: { feature: to } } } },
  })),
];

// src/main.tsx mounts the app: it may import the app, the store and the style sheet, nothing else.
const entryPolicy = {
  from: { file: { categories: 'entry' } },
  allow: [
    local(['ui-app', 'state']),
    { to: { file: { categories: 'styles' } } },
    ...['react', 'react-dom'].map((source) => ({ to: { module: { origin: 'external', source } } })),
  ],
};

// Outside the engine, values come only from its public index.ts; types may come from anywhere in it.
const engineEntryPolicy = {
  from: { element: { type: '!engine' } },
  disallow: { to: { element: { type: 'engine', fileInternalPath: '!index.ts' } }, dependency: { kind: 'value' } },
  message: 'Import engine values from src/engine/index.ts (types may come from any engine file).',
};

export const boundariesConfig = [
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': elements,
      'boundaries/files': [{ category: 'entry', pattern: 'src/main.tsx' }, { category: 'styles', pattern: 'src/ui/styles.css' }],
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
      'boundaries/include': ['src/**/*', 'models/**/*', 'scenarios/**/*'],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
    },
    rules: {
      // Later policies win over earlier ones; anything no policy allows is an error.
      'boundaries/dependencies': [2, {
        default: 'disallow',
        checkAllOrigins: true,
        checkUnknownLocals: true,
        policies: [...localPolicies, ...packagePolicies, ...featurePolicies, entryPolicy, engineEntryPolicy],
      }],
      'boundaries/no-unknown-files': 2,
    },
  },
];
