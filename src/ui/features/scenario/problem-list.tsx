/** Why there are no results: the file's or the engine's problems, each with its field path. */
import type { EngineError } from '../../../engine';

export function ProblemList({ title, problems }: { title: string; problems: EngineError[] }) {
  return (
    <section className="panel problems" role="alert" aria-labelledby="problems-heading">
      <h2 id="problems-heading">{title}</h2>
      <ul>
        {problems.map((p) => <li key={`${p.path}:${p.message}`}><code>{p.path}</code>: {p.message}</li>)}
      </ul>
    </section>
  );
}
