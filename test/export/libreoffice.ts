/**
 * Recalculates workbooks in LibreOffice Calc, headless: every file in one soffice call, with a
 * private user profile whose settings force recalculation on load (LibreOffice otherwise trusts
 * the cached results of an .xlsx, and exceljs writes none). Returns the recalculated copies' paths.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** True when soffice runs; under CI=true its absence is a failure, never a skip. */
export function hasSoffice(): boolean {
  const found = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
  if (!found && process.env.CI === 'true') throw new Error('LibreOffice (soffice) is required under CI=true: apt-get install libreoffice-calc');
  return found;
}

export function recalculate(files: string[]): string[] {
  const work = mkdtempSync(join(tmpdir(), 'afkast-lo-'));
  const profile = join(work, 'profile');
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  const out = join(work, 'out');
  mkdirSync(out);
  execFileSync('soffice', [
    `-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--calc',
    '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, ...files,
  ], { stdio: 'pipe', timeout: 300_000 });
  return files.map((f) => join(out, basename(f)));
}
