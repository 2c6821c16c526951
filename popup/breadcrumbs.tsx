import { t } from '../src/i18n/t.ts';

/** Where you are: the scope's root, then each folder; every step but the last opens that folder. */
export function Breadcrumbs({ rootLabel, folder, onOpen }: { rootLabel: string; folder: string; onOpen: (folder: string) => void }) {
  const names = folder.split('/').filter(Boolean);
  const steps = [{ label: rootLabel, folder: '' }, ...names.map((name, index) => ({ label: name, folder: `${names.slice(0, index + 1).join('/')}/` }))];
  return (
    <nav aria-label={t('popupFolderPath')} class="breadcrumbs">
      <ol>
        {steps.map((step, index) => (
          <li key={step.folder}>
            {index === steps.length - 1 ? (
              <span aria-current="location">{step.label}</span>
            ) : (
              <button type="button" class="link" onClick={() => onOpen(step.folder)}>
                {step.label}
              </button>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
