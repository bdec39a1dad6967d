// The unfiltered figures count over every event: seconds on a large store (100,000 articles). The
// server counts them when it starts and again after each write has cleared them, one after another
// in the background, so that the pages a visitor opens first (the overview, the navigation's
// timeline, events, persons and network) find them ready.
import type { App } from "./context.js";

export const UNFILTERED_FIGURES = ["/api/stats", "/api/timeline", "/api/facets", "/api/persons", "/api/network"];

export interface FigureWarmer {
  /** Counts the figures again (once more after the current round, when one is under way). */
  warm(): void;
  /** No round starts after this; the one under way ends after its current request. */
  stop(): void;
  /** Resolves when no round is under way. */
  idle(): Promise<void>;
}

export function figureWarmer(app: Pick<App, "inject">, urls = UNFILTERED_FIGURES): FigureWarmer {
  let stopped = false;
  let again = false;
  let running: Promise<void> | null = null;
  const round = async () => {
    again = false;
    for (const url of urls) {
      if (stopped) return;
      // A figure that fails is counted for the visitor who asks, and the error reported then.
      await app.inject(url).catch(() => undefined);
    }
  };
  const start = () => {
    running = round().finally(() => {
      running = null;
      if (again && !stopped) start();
    });
  };
  return {
    warm() {
      if (stopped) return;
      if (running) again = true; else start();
    },
    stop() { stopped = true; },
    idle: async () => { while (running) await running; },
  };
}
