/**
 * Entry point for the CDK CLI (see cdk.json): `cdk deploy -c prefix=my-tote` from infra/.
 * Options are read from context; config.ts lists them.
 */
import { App } from 'aws-cdk-lib';
import { configFromContext } from './config.ts';
import { addToteStack } from './synthesize.ts';

const app = new App({ analyticsReporting: false });
addToteStack(
  app,
  configFromContext((key) => app.node.tryGetContext(key)),
);
app.synth();
