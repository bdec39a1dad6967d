// The unfiltered figures count over every event: seconds on a large store (100,000 articles). The
// server counts them when it starts and again after each write has cleared them, one after another
// in the background, so that the pages a visitor opens first (the overview, the navigation's
// timeline, events, persons and network) find them ready.
//
// Visitors come first: a figure is counted only once no visitor's request has started or ended for
// a moment. An embedded store answers one query at a time, so a figure counted right after a
// correction held up the corrected page's own reading for as long as the count took (3.7 s on
// 100,000 articles); the page's requests come within that moment and go first.
import { setTimeout as sleep } from "node:timers/promises";
import type { App } from "./context.js";

export const UNFILTERED_FIGURES = ["/api/stats", "/api/timeline", "/api/facets", "/api/persons", "/api/network"];

/** The header that marks the warmer's own requests, which are no visitor's. */
export const WARM_HEADER = "x-attache-warm";

/** How long no visitor's request must have started or ended before a figure is counted. */
export const QUIET_MS = 1000;

export interface FigureWarmer {
  /** Counts the figures again (once more after the current round, when one is under way). */
  warm(): void;
  /** Told when a visitor's request starts or ends. */
  heard(): void;
  /** No round starts after this; the one under way ends after its current request. */
  stop(): void;
  /** Resolves when no round is under way. */
  idle(): Promise<void>;
}

export interface WarmerOptions {
  urls?: string[];
  /** Sent with each request (the write token, where reads need it). */
  headers?: Record<string, string>;
  quietMs?: number;
}

export function figureWarmer(app: Pick<App, "inject">, options: WarmerOptions = {}): FigureWarmer {
  const { urls = UNFILTERED_FIGURES, headers = {}, quietMs = QUIET_MS } = options;
  let stopped = false;
  let again = false;
  let running: Promise<void> | null = null;
  let lastHeard = -Infinity;
  const stopping = new AbortController();
  const quiet = async () => {
    for (let wait = lastHeard + quietMs - performance.now(); wait > 0 && !stopped; wait = lastHeard + quietMs - performance.now()) {
      await sleep(wait, undefined, { signal: stopping.signal }).catch(() => undefined);
    }
  };
  const round = async () => {
    again = false;
    for (const url of urls) {
      await quiet();
      if (stopped) return;
      // A figure that fails is counted for the visitor who asks, and the error reported then.
      await app.inject({ url, headers: { ...headers, [WARM_HEADER]: "1" } }).catch(() => undefined);
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
    heard() { lastHeard = performance.now(); },
    stop() { stopped = true; stopping.abort(); },
    idle: async () => { while (running) await running; },
  };
}
