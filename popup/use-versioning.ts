/** Whether the bucket keeps versions (`s3.versioning`); undefined until it has said, so nothing is claimed meanwhile. */
import type { Client } from '../src/messaging/client.ts';
import { useBackground } from '../src/ui/use-background.ts';

export function useVersioning(client: Client): boolean | undefined {
  const { answer } = useBackground(client, 's3.versioning', {});
  if (answer.state === 'loading') return undefined;
  return answer.state === 'ready' && answer.value.enabled;
}
