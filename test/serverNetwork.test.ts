// The network of a dyad (with types and years) is counted from the dyad's rows, its events'
// participants and dyads; with any other filter, from the events' own lists. Both give the same
// edges, weights and ties kept at the limit, and count the ties there are. On PGlite, and on a server when one is configured.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findEvents } from "../src/store/queries/events.js";
import { NETWORK_EDGES, NETWORK_EDGES_MAX, network } from "../src/store/queries/network.js";
import { BACKENDS } from "./support/storeBackends.js";
import { serveSamples } from "./support/serverFixture.js";

for (const backend of BACKENDS) {
  test(`network (${backend.name}): a dyad's network from its rows equals the one from its events`, { skip: backend.skip, timeout: 180_000 }, async () => {
    const b = await backend.make();
    const s = await serveSamples(b);
    try {
      for (const kind of ["persons", "states"] as const) {
        for (const extra of [{}, { type: ["meeting" as const, "visit" as const] }, { from: "2019", to: "2022" }]) {
          for (const limit of [1, 3, 150]) {
            const filter = { dyad: "RU-CN", ...extra };
            // Every RU-CN event has RU: the country only sends the filter down the events' path.
            const fromRows = await network(s.db, filter, kind, limit);
            const fromEvents = await network(s.db, { ...filter, country: ["RU"] }, kind, limit);
            assert.deepEqual(fromRows, fromEvents, `${kind} ${JSON.stringify(extra)} ${limit}`);
            if (limit === 150) assert.ok(fromRows.edges.length > 0, `${kind} ${JSON.stringify(extra)}`);
          }
        }
      }
      // ties counts every pair under the filter, however few are kept; the API keeps NETWORK_EDGES unless asked.
      for (const filter of [{ dyad: "RU-CN" }, { dyad: "RU-CN", country: ["RU"] }, {}]) {
        for (const kind of ["persons", "states"] as const) {
          const all = await network(s.db, filter, kind, 1000);
          assert.equal(all.ties, all.edges.length, `${kind} ${JSON.stringify(filter)}`);
          assert.equal((await network(s.db, filter, kind, 1)).ties, all.ties);
          if (kind === "persons") assert.ok(all.ties > 1);
        }
      }
      const api = await s.app.inject("/api/network?dyad=CN-RU");
      const body = api.json() as { edges: unknown[]; ties: number; edgeLimits: unknown };
      assert.equal(body.edges.length, Math.min(NETWORK_EDGES, body.ties));
      assert.deepEqual(body.edgeLimits, { asked: NETWORK_EDGES, default: NETWORK_EDGES, max: NETWORK_EDGES_MAX });
      const one = (await s.app.inject("/api/network?dyad=CN-RU&edges=1")).json() as { edges: unknown[]; ties: number; edgeLimits: unknown };
      assert.deepEqual([one.edges.length, one.ties], [1, body.ties]);
      assert.deepEqual(one.edgeLimits, { asked: 1, default: NETWORK_EDGES, max: NETWORK_EDGES_MAX });
      assert.equal((await s.app.inject(`/api/network?edges=${NETWORK_EDGES_MAX + 1}`)).statusCode, 400);

      // And the weights are engagements together: distinct real-world events of the pair.
      const events = await findEvents(s.db, { dyad: "CN-RU" });
      const together = new Map<string, Set<string>>();
      for (const e of events) {
        for (const a of e.countries) for (const c of e.countries) {
          if (a < c) together.set(`${a}-${c}`, (together.get(`${a}-${c}`) ?? new Set()).add(e.cluster ?? e.id));
        }
      }
      const states = await network(s.db, { dyad: "CN-RU" }, "states", 1000);
      assert.deepEqual(new Map(states.edges.map((e) => [`${e.source}-${e.target}`, e.weight])), new Map([...together].map(([k, v]) => [k, v.size])));
    } finally {
      await s.close();
      await b.cleanup();
    }
  });
}
