/** The committed template's configuration, synthesized fresh: one synthesis per test file. */
import { TEMPLATE_CONFIG } from '../config.ts';
import { synthesizeTemplate } from '../synthesize.ts';
import type { Template } from './intrinsics.ts';

export const template = synthesizeTemplate(TEMPLATE_CONFIG) as Template;

/** The logical ids of the resources of one type. */
export function idsOfType(type: string): string[] {
  return Object.entries(template.Resources)
    .filter(([, r]) => r.Type === type)
    .map(([id]) => id);
}

/** The one resource of a type; throws when there are none or several. */
export function only(type: string): { id: string; properties: Record<string, unknown> } {
  const ids = idsOfType(type);
  if (ids.length !== 1 || !ids[0]) throw new Error(`expected exactly one ${type}, found ${ids.length}`);
  return { id: ids[0], properties: template.Resources[ids[0]]?.Properties ?? {} };
}
