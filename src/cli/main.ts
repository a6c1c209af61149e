/**
 * `npm run simulate -- <scenario.json> [options]`: reads a scenario file, projects it with the same
 * engine the browser uses, and prints the result. Exit codes: 0 ok, 1 the file or the calculation
 * is invalid (each problem as `path: message`), 2 the command was used wrongly. Never a stack trace.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { terminalLine, terminalSafe } from '../format/export-safety';
import { pathToFileURL } from 'node:url';
import { parseScenarioText } from '../io/load-scenario';
import { loadCatalogueMetadata } from '../io/catalogue-metadata-loader';
import { parseCliArgs } from './args';
import { runBatch } from './batch';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, runCommand, withSettingOverrides, type Output } from './commands';
import { workbookBytes } from './workbook-command';
import { textsFor, type Texts } from './texts';
import type { ReadScenario } from './uncertainty-commands';

/** A number, or a promise of one for --xlsx (the workbook writer is asynchronous). */
export function main(argv: string[], io: CliOutput, texts: (lang: 'da' | 'en') => Texts = textsFor): number | Promise<number> {
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
    for (const warning of warnings) io.warn(warning);
    return { ok: true, value: { scenario: withSettingOverrides(scenario, options), model, warnings } };
  };
  if (options.batch !== undefined) return runBatch(inputPath(options.batch), options, t, io, read);
  const loaded = read(options.file);
  if (!loaded.ok) return (io.errors(loaded.errors), EXIT_INVALID);
  if (options.xlsx !== undefined) {
    const target = inputPath(options.xlsx);
    return workbookBytes(loaded.value).then((written) => {
      if (!written.ok) return (io.errors(written.errors), EXIT_INVALID);
      try {
        writeFileSync(target, written.bytes);
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        return (io.errors([{ path: options.xlsx!, message: t.cannotWrite(reason) }]), EXIT_INVALID);
      }
      io.out(t.wroteWorkbook(options.xlsx!, written.bytes.length, written.valueLines));
      return EXIT_OK;
    });
  }
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

/** The command line's output, plus its warnings and a defect's one line. */
export interface CliOutput extends Output {
  warn: (warning: string) => void;
  internal: (message: string) => void;
}

/** The command line's output on two writers (process.stdout/stderr when run; strings in tests). */
export function outputTo(stdout: (text: string) => void, stderr: (text: string) => void): CliOutput {
  return {
    // What a file supplies is echoed escaped (no terminal codes), one line per problem, cut when long.
    out: (text) => stdout(terminalSafe(text)),
    errors: (errors) => stderr(errors.map((e) => `${terminalLine(`${e.path}: ${e.message}`)}\n`).join('')),
    usage: (message) => stderr(`simulate: ${terminalLine(message)}\n${textsFor('da').usageHint}\n`),
    warn: (warning) => stderr(`warning: ${terminalLine(warning)}\n`),
    internal: (message) => stderr(`simulate: internal error: ${terminalLine(message)}\n`),
  };
}

/** Runs the command line on `argv`; returns the exit code. A defect is one line, never a stack. */
export function runProgram(argv: string[], io: CliOutput): number | Promise<number> {
  const defect = (error: unknown) => (io.internal((error as Error).message), EXIT_INVALID);
  try {
    const code = main(argv, io);
    return typeof code === 'number' ? code : code.catch(defect);
  } catch (error) {
    return defect(error);
  }
}

// Run when started as a program (tsx src/cli/main.ts …), not when a test imports it.
// The full catalogues first (catalogue-metadata-loader.ts): the explanation and the workbook print sources and notes.
if (isMainThread && process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  void loadCatalogueMetadata().then(() => runProgram(process.argv.slice(2), outputTo((t) => void process.stdout.write(t), (t) => void process.stderr.write(t))))
    .then((code) => { process.exitCode = code; });
}
