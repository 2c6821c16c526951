/**
 * Regenerates infra/template.json, the template for deploying from the CloudFormation console.
 *   npm run infra:synth
 * template-current.test.ts fails when the committed file differs from what this writes.
 */
import { writeFileSync } from 'node:fs';
import { TEMPLATE_CONFIG } from './config.ts';
import { renderTemplate, synthesizeTemplate, TEMPLATE_PATH } from './synthesize.ts';

writeFileSync(TEMPLATE_PATH, renderTemplate(synthesizeTemplate(TEMPLATE_CONFIG)));
console.log(`wrote ${TEMPLATE_PATH}`);
