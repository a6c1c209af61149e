/**
 * `npm run simulate -- <scenario.json> [options]`: reads a scenario file, projects it with the same
 * engine the browser uses, and prints the result. Exit codes: 0 ok, 1 the file or the calculation
 * is invalid (each problem as `path: message`), 2 the command was used wrongly. Never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseScenarioText } from '../io/load-scenario';
import { parseCliArgs } from './args';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, runCommand, withSettingOverrides, type Output } from './commands';
import { textsFor, type Texts } from './texts';
import type { ReadScenario } from './uncertainty-commands';

function main(argv: string[], io: Output, texts: (lang: 'da' | 'en') => Texts): number {
  const parsed = parseCliArgs(argv);
  if (parsed.kind === 'usage-error') return (io.usage(parsed.message), EXIT_USAGE);
  if (parsed.kind === 'help') return (io.out(texts(parsed.lang).help), EXIT_OK);
  const { options } = parsed;
  const t = texts(options.lang);
  const read: ReadScenario = (file) => {
    let text: string;
    try {
      text = readFileSync(inputPath(file), 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      return { ok: false, errors: [{ path: file, message: t.cannotRead(reason) }] };
    }
    const loaded = parseScenarioText(text);
    if (!loaded.ok) return loaded;
    const { scenario, model, warnings } = loaded.value;
    for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
    return { ok: true, value: { scenario: withSettingOverrides(scenario, options), model, warnings } };
  };
  const loaded = read(options.file);
  if (!loaded.ok) return (io.errors(loaded.errors), EXIT_INVALID);
  return runCommand(loaded.value, options, t, io, read);
}

/**
 * `npm run` starts the script in the package root; a relative path typed by the user means the
 * directory they typed it in, which npm passes as INIT_CWD.
 */
function inputPath(file: string): string {
  const base = process.env.npm_lifecycle_event === 'simulate' ? process.env.INIT_CWD : undefined;
  return resolve(base ?? process.cwd(), file);
}

const io: Output = {
  out: (text) => void process.stdout.write(text),
  errors: (errors) => void process.stderr.write(errors.map((e) => `${e.path}: ${e.message}\n`).join('')),
  usage: (message) => void process.stderr.write(`simulate: ${message}\n${textsFor('da').usageHint}\n`),
};

try {
  process.exitCode = main(process.argv.slice(2), io, textsFor);
} catch (error) {
  // A defect, not a user error: say what happened in one line rather than dumping a stack.
  process.stderr.write(`simulate: internal error: ${(error as Error).message}\n`);
  process.exitCode = EXIT_INVALID;
}
