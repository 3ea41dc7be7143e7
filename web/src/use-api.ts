import { useEffect, useState } from 'preact/hooks';
import { api, type Loaded } from './api.js';

/** Loads a URL whenever it changes (and when `version` changes, to reload after a write). */
export function useApi<T>(url: string | undefined, version = 0): Loaded<T> | undefined {
  const [loaded, setLoaded] = useState<Loaded<T>>();
  useEffect(() => {
    if (!url) return;
    let live = true;
    setLoaded(undefined);
    api<T>(url).then(
      (answer) => live && setLoaded(answer),
      (error: unknown) => live && setLoaded({ state: 'error', message: String(error) }),
    );
    return () => {
      live = false;
    };
  }, [url, version]);
  return loaded;
}
