/**
 * "Stay signed in on this browser": a choice of this browser (kept in its own record, not in the
 * settings file that can be exported and imported elsewhere). Off removes the kept session at once.
 */
import { useState } from 'preact/hooks';
import type { Client } from '../src/messaging/client.ts';
import { useBackground } from '../src/ui/use-background.ts';
import { Checkbox } from './text-field.tsx';

export function StaySignedIn({ client }: { client: Client }) {
  const { answer, reload } = useBackground(client, 'auth.status', {}, { refreshOn: 'auth.changed' });
  const on = answer.state === 'ready' ? answer.value.staySignedIn : undefined;
  const [message, setMessage] = useState<{ error: boolean; text: string } | undefined>();

  async function choose(next: boolean) {
    const reply = await client.call('auth.setStaySignedIn', { on: next });
    if (!reply.ok) return setMessage({ error: true, text: reply.error.message });
    await reload();
    setMessage({
      error: false,
      text: next ? 'Tote will keep you signed in when the browser closes.' : 'Tote forgot the session it kept: closing the browser now signs you out.',
    });
  }

  return (
    <section aria-labelledby="this-browser-heading">
      <h2 id="this-browser-heading">This browser</h2>
      <Checkbox
        id="stay-signed-in"
        label="Stay signed in on this browser"
        checked={on ?? true}
        onChange={(next) => void choose(next)}
        hint="Your session is kept, encrypted, in this browser's profile. Turn this off on a shared computer: closing the browser then signs you out."
      />
      <p role={message?.error ? 'alert' : 'status'} class={message?.error ? 'error' : 'hint'} data-testid="stay-signed-in-status">
        {message?.text ?? ''}
      </p>
    </section>
  );
}
