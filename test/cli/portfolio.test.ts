/**
 * `npm run portfolio` (docs/portfolio.md §7), run in-process: the pool year by year, the choice,
 * the Monte Carlo, JSON, and the exit codes of a bad file and wrong usage.
 */
import { describe, expect, it } from 'vitest';
import { outputTo } from '../../src/cli/main';
import { portfolioMain } from '../../src/cli/portfolio';

const ROOT = new URL('../../', import.meta.url).pathname;
const FILE = 'scenarios/portefoeljer/pulje-2027-2030.json';

async function run(args: string[]) {
  let stdout = '', stderr = '';
  const code = await portfolioMain(args, outputTo((t) => { stdout += t; }, (t) => { stderr += t; }), ROOT);
  return { code, stdout, stderr };
}

describe('npm run portfolio', () => {
  it('shows the file\'s set: draws, repayments, balance, the limits it breaks', async () => {
    const r = await run([FILE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Pulje: 6.000.000 kr. fra kommune, budgetperiode 2027–2030');
    expect(r.stdout).toMatch(/Træk på puljen +5\.150\.000 kr\. +3\.700\.000 kr\. +3\.700\.000 kr\. +800\.000 kr\./);
    expect(r.stdout).toContain('Årsrammen er overskredet i 2027, 2028, 2029.');
    expect(r.stdout).toContain('Tilbagebetaling pr. forvaltning (kommune)');
  });

  it('--choose states the best set, the binding limit and the runners-up', async () => {
    const r = await run([FILE, '--choose']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Bedste sæt inden for rammen (mål: størst nutidsværdi for puljens kasse)');
    expect(r.stdout).toContain('Mentor til unge på uddannelseshjælp: Halve hold (25 om året)');
    expect(r.stdout).toMatch(/Årsrammen er bundet i 2027: uden den grænse kunne målet blive [\d.]+ kr\. bedre\./);
    expect(r.stdout).toMatch(/Nr\. 2 \(−[\d.]+ kr\. i forhold til det bedste\)/);
  });

  it('--montecarlo with a seed gives the same answer twice, in English too', async () => {
    const a = await run([FILE, '--choose', '--montecarlo', '60', '--seed', '3', '--lang', 'en']);
    const b = await run([FILE, '--choose', '--montecarlo', '60', '--seed', '3', '--lang', 'en']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toMatch(/Probability that the pool is whole again by 2030 \(the budget period\): \d+\.\d%/);
    expect(a.stdout).toContain('Balance at year end, percentiles');
  });

  it('--json gives the overview, the choice and the Monte Carlo', async () => {
    const r = await run([FILE, '--json', '--choose', '--goal', 'public-npv']);
    const json = JSON.parse(r.stdout) as { goal: string; overview: { years: number[] }; choice: { best: { selection: Record<string, string | null> } } };
    expect(json.goal).toBe('public-npv');
    expect(json.overview.years[0]).toBe(2027);
    expect(Object.keys(json.choice.best.selection)).toEqual(['mentor', 'brobygning', 'voksenlaerling', 'sygedagpenge']);
  });

  it('exits 1 with field paths for a bad file and 2 for wrong usage', async () => {
    const bad = await run(['scenarios/ips-inklusion.json']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^kind: expected 'afkast\.portfolio'/);
    expect((await run([FILE, '--goal', 'fastest'])).code).toBe(2);
    expect((await run([])).code).toBe(2);
  });
});
