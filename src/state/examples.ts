/** The example scenarios shipped with the app, bundled at build time (no fetch). */
import ipsInklusion from '../../scenarios/ips-inklusion.json';

export interface Example {
  id: string;
  /** The scenario file's JSON, validated when it is loaded. */
  json: unknown;
}

export const IPS_EXAMPLE: Example = { id: 'ips-inklusion', json: ipsInklusion };
