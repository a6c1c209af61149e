/**
 * Property tests explore new random cases on every local run; in CI (CI=true) they use one fixed
 * seed, so a run is repeatable and a failure there can be replayed exactly. fast-check prints the
 * seed and the shrunk counterexample of any failure.
 */
import fc from 'fast-check';

if (process.env.CI) fc.configureGlobal({ seed: 20261123 });
