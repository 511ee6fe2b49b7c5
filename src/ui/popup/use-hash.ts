/** The page's fragment, following changes (`#check=…` typed or set while the page is open). */
import { useEffect, useState } from 'preact/hooks';

export function useHash(): [string, (hash: string) => void] {
  const [hash, setHash] = useState(() => location.hash);
  useEffect(() => {
    const follow = () => setHash(location.hash);
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  // replaceState: a checked link stays on reload without piling up history entries.
  const set = (next: string) => {
    history.replaceState(null, '', next || location.pathname);
    setHash(next);
  };
  return [hash, set];
}
