/** "Show notifications": the settings file's `showNotifications` (absent: on), changed on its own with `settings.patch`. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Client } from '../src/messaging/client.ts';
import { onEvent } from '../src/messaging/events.ts';
import { Checkbox } from './text-field.tsx';

export function NotificationsSwitch({ client }: { client: Client }) {
  const [on, setOn] = useState(true);
  const [message, setMessage] = useState<{ error: boolean; text: string } | undefined>();
  const reload = useCallback(() => {
    void client.call('settings.get', {}).then((reply) => reply.ok && setOn(reply.value.settings?.showNotifications !== false));
  }, [client]);
  useEffect(() => {
    reload();
    return onEvent('settings.changed', reload);
  }, [reload]);

  async function choose(next: boolean) {
    setOn(next);
    const reply = await client.call('settings.patch', { patch: { showNotifications: next } });
    if (!reply.ok) {
      setOn(!next);
      return setMessage({ error: true, text: reply.error.message });
    }
    setMessage({ error: false, text: next ? 'Tote will show notifications.' : 'Tote will not show notifications.' });
  }

  return (
    <section aria-labelledby="notifications-heading">
      <h2 id="notifications-heading">Notifications</h2>
      <Checkbox
        id="show-notifications"
        label="Show notifications"
        checked={on}
        onChange={(next) => void choose(next)}
        hint="When an upload finishes or fails, a save from a page is done, or your session expires. Clicking one opens Tote."
      />
      <p role={message?.error ? 'alert' : 'status'} class={message?.error ? 'error' : 'hint'} data-testid="notifications-status">
        {message?.text ?? ''}
      </p>
    </section>
  );
}
