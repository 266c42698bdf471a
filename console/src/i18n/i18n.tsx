/**
 * The console's language: Danish by default, English on request (kept for the tab only). `t(key,
 * values)` looks a text up in the language's one message file and fills in `{name}` placeholders.
 */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { da, type MessageKey, type Messages } from './da.ts';
import { en } from './en.ts';

export type Language = 'da' | 'en';
const MESSAGES: Record<Language, Messages> = { da, en };

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** The text of `key` in `language` with its placeholders filled. */
export function translate(language: Language, key: MessageKey, values: Record<string, string | number> = {}): string {
  return MESSAGES[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Whether a text exists (for keys built from an enum value the schema may extend). */
export const hasMessage = (key: string): key is MessageKey => key in da;

interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t: Translate;
  /** A date (YYYY-MM-DD or an ISO instant) as the language writes it. */
  date(value: string): string;
  dateTime(value: string): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>('da');
  const value = useMemo<I18n>(() => {
    const locale = language === 'da' ? 'da-DK' : 'en-GB';
    return {
      language,
      setLanguage(next) {
        document.documentElement.lang = next;
        setLanguage(next);
      },
      t: (key, values) => translate(language, key, values),
      date: (v) => new Date(v.length === 10 ? `${v}T12:00:00` : v).toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric' }),
      dateTime: (v) => new Date(v).toLocaleString(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }),
    };
  }, [language]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

/** The language, its texts and its date formats. */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
