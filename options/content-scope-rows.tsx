/** Content-script scopes: per origin, a prefix and the operations allowed there (none by default). */
import type { FieldErrors } from './field-errors.ts';
import type { FormValues, Operation, ScopeRow } from './form-model.ts';
import { TextField } from './text-field.tsx';

const OPERATIONS: Array<{ operation: Operation; label: string }> = [
  { operation: 'list', label: 'List' },
  { operation: 'put', label: 'Upload' },
  { operation: 'get', label: 'Download' },
];

interface Props {
  rows: ScopeRow[];
  errors: FieldErrors;
  set(patch: Partial<FormValues>, path: string): void;
  touch(path: string): void;
}

export function ContentScopeRows({ rows, errors, set, touch }: Props) {
  const update = (index: number, patch: Partial<ScopeRow>, path: string) =>
    set({ contentScopes: rows.map((row, i) => (i === index ? { ...row, ...patch } : row)) }, path);
  return (
    <fieldset>
      <legend>Web pages that may use Tote</legend>
      <p class="hint">
        Content scripts on these origins may do only what you tick, only inside the prefix. <code>{'${identityId}'}</code> in a prefix is the user's own folder.
      </p>
      {rows.length === 0 && <p data-testid="scopes-empty">No web page may use Tote.</p>}
      {rows.map((row, index) => {
        const base = `contentScopes.${index}`;
        return (
          <fieldset key={index} class="scope-row" data-testid={`scope-${index}`}>
            <legend>Origin {index + 1}</legend>
            <TextField
              path={`${base}.origin`}
              label="Origin"
              type="url"
              required
              placeholder="https://example.com"
              value={row.origin}
              error={errors[`${base}.origin`]}
              onInput={(value) => update(index, { origin: value }, `${base}.origin`)}
              onBlur={() => touch(`${base}.origin`)}
            />
            <TextField
              path={`${base}.prefix`}
              label="Prefix"
              required
              placeholder="public/inbox/"
              value={row.prefix}
              error={errors[`${base}.prefix`]}
              onInput={(value) => update(index, { prefix: value }, `${base}.prefix`)}
              onBlur={() => touch(`${base}.prefix`)}
            />
            <fieldset class="operations" aria-describedby={`${base}-allow-error`}>
              <legend>Allowed operations</legend>
              {OPERATIONS.map(({ operation, label }) => (
                <label key={operation} class="radio">
                  <input
                    type="checkbox"
                    value={operation}
                    checked={row.allow.includes(operation)}
                    onChange={(event) => {
                      const on = (event.currentTarget as HTMLInputElement).checked;
                      update(
                        index,
                        { allow: OPERATIONS.map((o) => o.operation).filter((o) => (o === operation ? on : row.allow.includes(o))) },
                        `${base}.allow`,
                      );
                    }}
                  />
                  {label}
                </label>
              ))}
              <p id={`${base}-allow-error`} class="field-error" aria-live="polite">
                {errors[`${base}.allow`] ? 'Tick at least one operation.' : ''}
              </p>
            </fieldset>
            <button type="button" onClick={() => set({ contentScopes: rows.filter((_row, i) => i !== index) }, base)}>
              Remove origin {index + 1}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        data-testid="add-scope"
        onClick={() => set({ contentScopes: [...rows, { origin: '', prefix: '', allow: ['put'] }] }, `contentScopes.${rows.length}`)}
      >
        Add an origin
      </button>
    </fieldset>
  );
}
