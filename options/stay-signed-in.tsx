/**
 * "Stay signed in on this browser": a choice of this browser (kept in its own record, not in the
 * settings file that can be exported and imported elsewhere). Off removes the kept session at once.
 */
import { useState } from 'preact/hooks';
import { t } from '../src/i18n/t.ts';
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
      text: t(next ? 'optionsStaySignedInOn' : 'optionsStaySignedInOff'),
    });
  }

  return (
    <section aria-labelledby="this-browser-heading">
      <h2 id="this-browser-heading">{t('optionsThisBrowser')}</h2>
      <Checkbox
        id="stay-signed-in"
        label={t('optionsStaySignedIn')}
        checked={on ?? true}
        onChange={(next) => void choose(next)}
        hint={t('optionsStaySignedInHint')}
      />
      <p role={message?.error ? 'alert' : 'status'} class={message?.error ? 'error' : 'hint'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}
