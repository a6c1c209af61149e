/** The caveats the scenario file carries (for IPS: reference-case-ips.md §7). */
import { useAppStore } from '../../../state';

const NONE: string[] = [];

export function Caveats() {
  const caveats = useAppStore((s) => s.scenario?.caveats ?? NONE);
  if (caveats.length === 0) return null;
  return (
    <aside className="panel caveats" aria-labelledby="caveats-heading">
      <h2 id="caveats-heading">Forbehold</h2>
      <ul>{caveats.map((text) => <li key={text}>{text}</li>)}</ul>
    </aside>
  );
}
