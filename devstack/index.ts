/**
 * The devstack's programmatic API: local stand-ins for AWS and an identity provider that really
 * check credentials. Tests, benchmarks and `npm start` use `startDevstack`; `npm run devstack`
 * (main.ts) is the same in the foreground.
 *
 * @example
 * const { description, stop } = await startDevstack();
 * // … description.settings is a Tote settings file pointing at the stack …
 * await stop();
 */
export { startDevstack, DEFAULT_LIFETIMES, type Devstack, type DevstackOptions } from './stack.ts';
export type { StackDescription, StackPorts, TokenLifetimes } from './description.ts';
export { PortInUseError } from './ports.ts';
export { StateDirInUseError } from './processes.ts';
export { DEFAULT_PORTS, TEST_USERS, type TestUser } from './constants.ts';
