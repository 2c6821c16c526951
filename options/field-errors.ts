/**
 * Valibot issues → one message per form field. An issue's dot path (`provider.scopes.2`,
 * `contentScopes.0.allow`) belongs to the longest field path it starts with; an issue no field
 * owns goes under "" (shown for the whole form).
 */
import * as v from 'valibot';
import { t } from '../src/i18n/t.ts';

export type FieldErrors = Record<string, string>;

export function fieldFor(path: string, fields: readonly string[]): string {
  let best = '';
  for (const field of fields) {
    if ((path === field || path.startsWith(`${field}.`)) && field.length > best.length) best = field;
  }
  return best;
}

export function fieldErrors(issues: readonly v.BaseIssue<unknown>[], fields: readonly string[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = fieldFor(v.getDotPath(issue) ?? '', fields);
    // The first issue of a field is the one to fix first (e.g. "required" before "format").
    errors[field] ??= sentence(issue);
  }
  return errors;
}

/** The schema's own rules read as the end of a sentence (`must end with "/"`); valibot's defaults start `Invalid …`. */
function sentence(issue: v.BaseIssue<unknown>): string {
  if (issue.input === '' || issue.input === undefined) return t('optionsFieldRequired');
  if (issue.type === 'url') return t('optionsFieldUrl');
  if (issue.message.startsWith('Invalid ')) return t('optionsFieldInvalid', issue.message.replace(/^Invalid /, '').toLowerCase());
  return t('optionsFieldRule', issue.message);
}
