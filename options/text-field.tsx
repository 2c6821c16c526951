/**
 * A labelled input whose error sits beside it: `aria-invalid`, and `aria-describedby` pointing at
 * the hint and the error. The error's container is always there and polite-live, so a screen
 * reader hears an error appear while the user types.
 */
import type { ComponentChildren } from 'preact';
import { t } from '../src/i18n/t.ts';

export function fieldId(path: string): string {
  return `field-${path.replace(/\./g, '-')}`;
}

interface TextFieldProps {
  path: string;
  label: string;
  value: string;
  error: string | undefined;
  onInput(value: string): void;
  onBlur?(): void;
  hint?: ComponentChildren;
  type?: 'text' | 'url';
  placeholder?: string;
  required?: boolean;
}

export function TextField(props: TextFieldProps) {
  const id = fieldId(props.path);
  const describedBy = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{props.required ? props.label : t('optionsOptionalField', props.label)}</label>
      <input
        id={id}
        name={props.path}
        type="text"
        inputMode={props.type === 'url' ? 'url' : 'text'}
        value={props.value}
        placeholder={props.placeholder}
        spellcheck={false}
        autocomplete="off"
        required={props.required}
        aria-invalid={props.error ? 'true' : 'false'}
        aria-describedby={describedBy || undefined}
        onInput={(event) => props.onInput((event.currentTarget as HTMLInputElement).value)}
        onBlur={props.onBlur}
      />
      {props.hint && (
        <p id={`${id}-hint`} class="hint">
          {props.hint}
        </p>
      )}
      <p id={`${id}-error`} class="field-error" aria-live="polite">
        {props.error ?? ''}
      </p>
    </div>
  );
}

export function Checkbox({
  id,
  label,
  checked,
  onChange,
  hint,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  hint?: string;
}) {
  return (
    <div class="check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
      />
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
