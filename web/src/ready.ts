// The page tells when it is interactive: its data loaded and drawn. Tests and the bench wait for
// <body data-ready="PATH">, the address whose view is complete.
import { useLayoutEffect } from "preact/hooks";

export function useReady(done: boolean, key: string): void {
  // A layout effect: the mark goes before the browser paints the render that starts a new load
  // (a page reading its data again after a correction shows its notice in that render).
  useLayoutEffect(() => {
    if (!done) { delete document.body.dataset.ready; return; }
    // After the browser has laid the view out.
    const frame = requestAnimationFrame(() => { document.body.dataset.ready = key; });
    return () => cancelAnimationFrame(frame);
  }, [done, key]);
}
