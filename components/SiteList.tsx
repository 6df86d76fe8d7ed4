/**
 * The sites where detection runs by itself. Adding one goes through `onAdd`, which asks the
 * browser for access to that site first; the list changes only when access was granted.
 */
import { useState } from 'preact/hooks';
import type { Ui } from './types';

/** A host suffix from what the user typed (`https://www.Example.org/x` → `www.example.org`),
 * or undefined when it is not a domain name. */
export function parseSite(input: string): string | undefined {
  const raw = input.trim().replace(/^\*\./, '');
  if (!raw) return undefined;
  try {
    const host = new URL(/^[a-z]+:\/\//i.test(raw) ? raw : `http://${raw}`).hostname;
    return /^(?:[a-z0-9-]+\.)+[a-z0-9-]{2,}$/.test(host) ? host : undefined;
  } catch {
    return undefined;
  }
}

export interface SiteListProps {
  ui: Ui;
  sites: readonly string[];
  /** Resolves with an error text when the site could not be added. */
  onAdd: (site: string) => Promise<string | undefined>;
  onRemove: (site: string) => void;
}

export function SiteList({ ui, sites, onAdd, onRemove }: SiteListProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const add = async (e: Event) => {
    e.preventDefault();
    const site = parseSite(text);
    if (!site) return setError(ui.t('siteInvalid'));
    const failure = await onAdd(site);
    setError(failure);
    if (!failure) setText('');
  };
  return (
    <div class="site-list">
      <ul>
        {sites.map((site) => (
          <li key={site} data-site={site}>
            <code>{site}</code>
            <button type="button" onClick={() => onRemove(site)}>
              {ui.t('removeSite')}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add}>
        <input
          name="site"
          value={text}
          placeholder={ui.t('sitePlaceholder')}
          aria-label={ui.t('autoSites')}
          onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit">{ui.t('addSite')}</button>
      </form>
      {error ? (
        <p class="notice" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
