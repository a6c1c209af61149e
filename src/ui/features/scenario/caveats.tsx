/** The caveats the scenario file carries (for IPS: docs/reference-case-ips.md §7), in the file's own words. */
import { useAppStore } from '../../../state';
import { useTexts } from '../../i18n/use-texts';
import { scenarioTexts } from './texts';

const NONE: string[] = [];

export function Caveats() {
  const caveats = useAppStore((s) => s.scenario?.caveats ?? NONE);
  const t = useTexts(scenarioTexts);
  if (caveats.length === 0) return null;
  return (
    <aside className="panel caveats" aria-labelledby="caveats-heading">
      <h2 id="caveats-heading">{t.caveats}</h2>
      <ul>{caveats.map((text) => <li key={text}>{text}</li>)}</ul>
    </aside>
  );
}
