import { useEffect, useRef } from 'preact/hooks';

export type KeyMap = Record<string, (event: KeyboardEvent) => void>;

/** True while the user types into a field: single-key shortcuts must not fire then. */
export function typing(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  return target !== null && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable);
}

/**
 * Single-key shortcuts for a view (`j`, `k`, `Enter`, `?`...), ignored while typing and with
 * Ctrl/Alt/Meta held (except the bindings that name them, e.g. `Ctrl+Enter`). The latest map is
 * used without re-registering the listener.
 */
export function useKeys(keys: KeyMap): void {
  const current = useRef(keys);
  current.current = keys;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const name = `${event.ctrlKey || event.metaKey ? 'Ctrl+' : ''}${event.altKey ? 'Alt+' : ''}${event.key}`;
      const handler = current.current[name];
      if (!handler) return;
      if (typing(event) && !name.startsWith('Ctrl+') && event.key !== 'Escape') return;
      event.preventDefault();
      handler(event);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
