// The page tells when it is interactive: its data loaded and drawn. Tests and the bench wait for
// <body data-ready="PATH">, the address whose view is complete.
import { useEffect } from "preact/hooks";

export function useReady(done: boolean, key: string): void {
  useEffect(() => {
    if (!done) { delete document.body.dataset.ready; return; }
    // After the browser has laid the view out.
    const frame = requestAnimationFrame(() => { document.body.dataset.ready = key; });
    return () => cancelAnimationFrame(frame);
  }, [done, key]);
}
