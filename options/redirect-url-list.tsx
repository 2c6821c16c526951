/** Both browsers' redirect URLs to register with the identity provider, each with a copy button. */
import { useEffect, useState } from 'preact/hooks';
import type { BrowserName } from '../src/build-info.ts';
import { t } from '../src/i18n/t.ts';
import { chromeRedirectUrl, firefoxRedirectUrl, GECKO_ID } from './redirect-urls.ts';

interface Props {
  browserName: BrowserName;
  /** This browser's, from `identity.getRedirectURL()`. */
  current: string;
  /** The Chrome extension id to compute Chrome's from when this is Firefox (known for development builds). */
  chromeId: string | undefined;
}

export function RedirectUrlList({ browserName, current, chromeId }: Props) {
  const [other, setOther] = useState<string | undefined>();
  const [copied, setCopied] = useState('');
  useEffect(() => {
    if (browserName === 'chrome') void firefoxRedirectUrl(GECKO_ID).then(setOther);
    else setOther(chromeId ? chromeRedirectUrl(chromeId) : undefined);
  }, [browserName, chromeId]);
  const rows = [
    { name: 'Chrome', url: browserName === 'chrome' ? current : other, isCurrent: browserName === 'chrome' },
    { name: 'Firefox', url: browserName === 'firefox' ? current : other, isCurrent: browserName === 'firefox' },
  ];
  return (
    <section aria-labelledby="redirect-heading">
      <h2 id="redirect-heading">{t('optionsRedirectUrls')}</h2>
      <p>{t('optionsRedirectHint')}</p>
      <dl class="redirects">
        {rows.map((row) => (
          <div key={row.name}>
            <dt>{t(row.isCurrent ? 'optionsRedirectThisBrowser' : 'optionsRedirectComputed', row.name)}</dt>
            <dd>
              {row.url ? (
                <>
                  <code>{row.url}</code>{' '}
                  <button
                    type="button"
                    aria-label={t('optionsCopyRedirect', row.name)}
                    onClick={() =>
                      void navigator.clipboard.writeText(row.url as string).then(
                        () => setCopied(t('optionsCopiedRedirect', row.name)),
                        () => setCopied(t('optionsCopyRefused')),
                      )
                    }
                  >
                    {t('optionsCopy')}
                  </button>
                </>
              ) : (
                <span>{t('optionsRedirectElsewhere', row.name)}</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <p role="status" class="hint">
        {copied}
      </p>
    </section>
  );
}
