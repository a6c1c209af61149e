/**
 * The IPS reference case (scenarios/ips-inklusion.json) with one target group of n cohorts of one
 * participant each, all starting in month 0: the shape of issue 9's 4.9 MB file with 100,000
 * cohorts. Every cohort is alike, so totals are n × the per-participant figures (82.500 kr. of cost
 * each, see test/e2e/editor.test.ts). Used by bench/editor-cohorts.ts and test/e2e/many-cohorts.test.ts.
 */
import { readFileSync } from 'node:fs';

const IPS = new URL('../scenarios/ips-inklusion.json', import.meta.url);

export function manyCohortsScenario(n: number): { title: string; json: Record<string, unknown>; text: string } {
  const json = JSON.parse(readFileSync(IPS, 'utf8')) as Record<string, unknown> & { targetGroups: { cohorts: unknown[] }[] };
  const title = `IPS med ${n} hold`;
  json.title = title;
  json.targetGroups[0]!.cohorts = Array.from({ length: n }, (_, c) => ({ label: `Hold ${c + 1}`, count: 1, startMonth: 0 }));
  return { title, json, text: JSON.stringify(json) };
}
