/**
 * The console's pages as paths under /console (history API): a deep link opens the same page, and
 * the gateway answers index.html for every such path. Small on purpose: a handful of routes.
 */
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

export const BASE = '/console';
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
};
const current = () => window.location.pathname.slice(BASE.length) + window.location.search;

/** Goes to `path` (relative to /console) without reloading. */
export function navigate(path: string): void {
  window.history.pushState(null, '', BASE + path);
  for (const listener of listeners) listener();
  window.scrollTo(0, 0);
}

/** The current path under /console, with its query string. */
export function usePath(): string {
  return useSyncExternalStore(subscribe, current);
}

/** A link to a console page that navigates without reloading (and as a normal link with a modifier key). */
export function Link({ to, ...rest }: { to: string } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={BASE + to} onClick={onClick} {...rest} />;
}
