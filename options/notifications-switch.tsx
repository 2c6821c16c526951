/** "Show notifications": the settings file's `showNotifications` (absent: on), changed on its own with `settings.patch`. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '../src/i18n/t.ts';
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
    setMessage({ error: false, text: t(next ? 'optionsNotificationsOn' : 'optionsNotificationsOff') });
  }

  return (
    <section aria-labelledby="notifications-heading">
      <h2 id="notifications-heading">{t('optionsNotifications')}</h2>
      <Checkbox
        id="show-notifications"
        label={t('optionsShowNotifications')}
        checked={on}
        onChange={(next) => void choose(next)}
        hint={t('optionsNotificationsHint')}
      />
      <p role={message?.error ? 'alert' : 'status'} class={message?.error ? 'error' : 'hint'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}
