/**
 * The example gallery: every scenario in scenarios/, bundled at build time (no fetch). Each file is
 * imported by name so the bundle holds exactly these; test/state/examples.test.ts fails when a file
 * in scenarios/ is missing here. Titles and descriptions are read from the files themselves. Only
 * the gallery and the portfolio's case list use this (both load on demand); the page starts with
 * ips-example.ts.
 */
import brobygning from '../../scenarios/brobygning.json';
import gevinstPrPersonIJob from '../../scenarios/gevinst-pr-person-i-job.json';
import mentorUddannelseshjaelp from '../../scenarios/mentor-uddannelseshjaelp.json';
import opfoelgningMentor from '../../scenarios/opfoelgning-mentor.json';
import portefoeljeBudgetperiode from '../../scenarios/portefoelje-budgetperiode.json';
import sygedagpengeRefusionstrappe from '../../scenarios/sygedagpenge-refusionstrappe.json';
import virksomhedspraktikAktivitetsparat from '../../scenarios/virksomhedspraktik-aktivitetsparat.json';
import voksenlaerling from '../../scenarios/voksenlaerling.json';
import { example, IPS_EXAMPLE, type Example } from './ips-example';

export { firstSentence, IPS_EXAMPLE, type Example } from './ips-example';

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
