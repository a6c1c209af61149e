/**
 * The example gallery: every scenario in scenarios/, bundled at build time (no fetch). Each file is
 * imported by name so the bundle holds exactly these; test/state/examples.test.ts fails when a file
 * in scenarios/ is missing here. Titles and descriptions are read from the files themselves.
 */
import brobygning from '../../scenarios/brobygning.json';
import gevinstPrPersonIJob from '../../scenarios/gevinst-pr-person-i-job.json';
import ipsInklusion from '../../scenarios/ips-inklusion.json';
import mentorUddannelseshjaelp from '../../scenarios/mentor-uddannelseshjaelp.json';
import opfoelgningMentor from '../../scenarios/opfoelgning-mentor.json';
import portefoeljeBudgetperiode from '../../scenarios/portefoelje-budgetperiode.json';
import sygedagpengeRefusionstrappe from '../../scenarios/sygedagpenge-refusionstrappe.json';
import virksomhedspraktikAktivitetsparat from '../../scenarios/virksomhedspraktik-aktivitetsparat.json';
import voksenlaerling from '../../scenarios/voksenlaerling.json';

export interface Example {
  /** The file name in scenarios/ without '.json'. */
  id: string;
  /** The scenario's title, as in the file. */
  title: string;
  /** The first sentence of the file's description. */
  summary: string;
  /** The scenario file's JSON, validated when it is loaded. */
  json: unknown;
}

/** The first sentence: up to the first '.', '!' or '?' followed by a space and a capital letter. */
export function firstSentence(text: string): string {
  const match = /[.!?](?=\s+[A-ZÆØÅ])/.exec(text);
  return match ? text.slice(0, match.index + 1) : text.trim();
}

function example(id: string, json: unknown): Example {
  const { title, description } = json as { title?: unknown; description?: unknown };
  return {
    id,
    title: typeof title === 'string' ? title : id,
    summary: typeof description === 'string' ? firstSentence(description) : '',
    json,
  };
}

export const IPS_EXAMPLE: Example = example('ips-inklusion', ipsInklusion);

/** The gallery, the published IPS case first. */
export const EXAMPLES: readonly Example[] = [
  IPS_EXAMPLE,
  example('brobygning', brobygning),
  example('gevinst-pr-person-i-job', gevinstPrPersonIJob),
  example('mentor-uddannelseshjaelp', mentorUddannelseshjaelp),
  example('opfoelgning-mentor', opfoelgningMentor),
  example('portefoelje-budgetperiode', portefoeljeBudgetperiode),
  example('sygedagpenge-refusionstrappe', sygedagpengeRefusionstrappe),
  example('virksomhedspraktik-aktivitetsparat', virksomhedspraktikAktivitetsparat),
  example('voksenlaerling', voksenlaerling),
];
