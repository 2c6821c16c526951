/** Content-script scopes: per origin, a prefix and the operations allowed there (none by default). */
import { messageParts } from '../src/i18n/message-parts.ts';
import { type MessageKey, t } from '../src/i18n/t.ts';
import type { FieldErrors } from './field-errors.ts';
import type { FormValues, Operation, ScopeRow } from './form-model.ts';
import { TextField } from './text-field.tsx';

const OPERATIONS: Array<{ operation: Operation; label: MessageKey }> = [
  { operation: 'list', label: 'optionsOperationList' },
  { operation: 'put', label: 'optionsOperationPut' },
  { operation: 'get', label: 'optionsOperationGet' },
];

/** Example values in the empty fields: the same in every language. */
const EXAMPLE = { origin: 'https://example.com', prefix: 'public/inbox/' };

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
      <legend>{t('optionsContentScopes')}</legend>
      <p class="hint">{messageParts('optionsContentScopesHint', <code>{'${identityId}'}</code>)}</p>
      {rows.length === 0 && <p>{t('optionsNoContentScopes')}</p>}
      {rows.map((row, index) => {
        const base = `contentScopes.${index}`;
        return (
          <fieldset key={index} class="scope-row">
            <legend>{t('optionsOriginNumber', index + 1)}</legend>
            <TextField
              path={`${base}.origin`}
              label={t('optionsOrigin')}
              type="url"
              required
              placeholder={EXAMPLE.origin}
              value={row.origin}
              error={errors[`${base}.origin`]}
              onInput={(value) => update(index, { origin: value }, `${base}.origin`)}
              onBlur={() => touch(`${base}.origin`)}
            />
            <TextField
              path={`${base}.prefix`}
              label={t('optionsPrefix')}
              required
              placeholder={EXAMPLE.prefix}
              value={row.prefix}
              error={errors[`${base}.prefix`]}
              onInput={(value) => update(index, { prefix: value }, `${base}.prefix`)}
              onBlur={() => touch(`${base}.prefix`)}
            />
            <fieldset class="operations" aria-describedby={`${base}-allow-error`}>
              <legend>{t('optionsAllowedOperations')}</legend>
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
                  {t(label)}
                </label>
              ))}
              <p id={`${base}-allow-error`} class="field-error" aria-live="polite">
                {errors[`${base}.allow`] ? t('optionsTickOneOperation') : ''}
              </p>
            </fieldset>
            <button type="button" onClick={() => set({ contentScopes: rows.filter((_row, i) => i !== index) }, base)}>
              {t('optionsRemoveOrigin', index + 1)}
            </button>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => set({ contentScopes: [...rows, { origin: '', prefix: '', allow: ['put'] }] }, `contentScopes.${rows.length}`)}>
        {t('optionsAddOrigin')}
      </button>
    </fieldset>
  );
}
