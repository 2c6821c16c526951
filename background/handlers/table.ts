/** The background's handler for every protocol message; the `Handlers` type makes a missing one a type error. */
import type { Handlers } from '../router.ts';
import { pingHandler } from './ping.ts';
import { statusHandler, type StatusSources } from './status.ts';

export interface HandlerDependencies {
  instance: { id: string; startedAt: number };
  status: StatusSources;
}

export function createHandlers(deps: HandlerDependencies): Handlers {
  return {
    ping: pingHandler(deps.instance),
    status: statusHandler(deps.status),
  };
}
