/** The scenario's title and description, as written in the file. */
import { useAppStore } from '../../../state';

export function ScenarioHeader() {
  const scenario = useAppStore((s) => s.scenario);
  if (!scenario) return null;
  return (
    <header className="scenario-header">
      <h1>{scenario.title}</h1>
      {scenario.description && <p className="scenario-header__description">{scenario.description}</p>}
    </header>
  );
}
