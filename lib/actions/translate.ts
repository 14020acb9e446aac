import 'server-only';
import { headers } from 'next/headers';
import { createTranslator } from 'next-intl';
import { loadMessages } from '@/lib/i18n/messages';
import type { Namespace } from '@/lib/i18n/namespaces';
import { routing, type Locale } from '@/lib/i18n/routing';

/**
 * Translation outside React rendering (action results, mail). The locale is the one next-intl's proxy
 * resolved for this request from the URL; outside a request (scripts) it is the default locale.
 */

export async function requestLocale(): Promise<Locale> {
  try {
    const value = (await headers()).get('X-NEXT-INTL-LOCALE');
    return (routing.locales as readonly string[]).includes(value ?? '') ? (value as Locale) : routing.defaultLocale;
  } catch {
    return routing.defaultLocale;
  }
}

export type Translate = ((key: string, values?: Record<string, string | number | Date>) => string) & {
  has: (key: string) => boolean;
};

/**
 * A namespace, or a part of one (`workspace.frameworks`): an area whose forms keep their field errors,
 * conflict and code messages together under one key of a shared file.
 */
export type MessageScope = Namespace | `${Namespace}.${string}`;

export async function translatorFor(locale: Locale, namespace: MessageScope): Promise<Translate> {
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace, timeZone: 'UTC', onError: () => {} });
  const translate = ((key: string, values?: Record<string, string | number | Date>) =>
    t(key as never, values as never)) as Translate;
  translate.has = (key: string) => t.has(key as never);
  return translate;
}
