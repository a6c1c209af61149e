/** A labelled group of toggle buttons, one of which is pressed (aria-pressed): a small segmented control. */
export interface ToggleOption<T extends string> {
  value: T;
  label: string;
}

interface Props<T extends string> {
  label: string;
  options: ToggleOption<T>[];
  value: T;
  onChange: (value: T) => void;
}

export function ToggleGroup<T extends string>({ label, options, value, onChange }: Props<T>) {
  return (
    <div className="toggle-group" role="group" aria-label={label}>
      <span className="toggle-group__label" aria-hidden="true">{label}</span>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className="toggle"
          aria-pressed={option.value === value}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
