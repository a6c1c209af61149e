/** Why there are no results, or why a file was refused: the problems, each with its field path. */
import type { EngineError } from '../../../engine';
import { useLocale } from '../../i18n/use-texts';
import { fieldPathText, problemMessageText } from '../../../format/problem-text';

interface Props {
  title: string;
  problems: EngineError[];
  onClose?: () => void;
  closeLabel?: string;
}

export function ProblemList({ title, problems, onClose, closeLabel }: Props) {
  const locale = useLocale();
  return (
    <section className="panel problems" role="alert" aria-labelledby="problems-heading">
      <div className="panel__head">
        <h2 id="problems-heading">{title}</h2>
        {onClose && <button type="button" className="button" onClick={onClose}>{closeLabel}</button>}
      </div>
      <ul>
        {problems.map((p) => <li key={`${p.path}:${p.message}`}>{fieldPathText(p.path, locale)}: {problemMessageText(p.message, locale)}</li>)}
      </ul>
    </section>
  );
}
