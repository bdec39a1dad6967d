// One interface over the two PostgreSQL engines attache stores into: PGlite embedded in the
// process (a data folder on disk, the default) and a PostgreSQL server reached by URL.
// Both speak the same SQL, so the schema and every query are written once.
import { PGlite, types } from "@electric-sql/pglite";
import pg from "pg";

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  /** The rows of a query that returns many, each column text, a number or an array of text (as
   * JSON has them), in the order its `order by` gives. PGlite decodes a result a row and a field
   * at a time in JavaScript; as one JSON document the rows are parsed natively. Clustering a
   * batch of 200 generated articles into a PGlite store of 100,000 read the stored reports of its
   * candidate clusters in 36 ms instead of 56 (medians of 24), and the candidates in 44 ms
   * instead of 48. A server's rows come as they are: aggregating them cost it more than the
   * client gained (2,800 reports: 35 ms instead of 22). */
  manyRows<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Several statements, no parameters (a migration). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  /** "embedded PGlite at <dir>" or "PostgreSQL server <host>/<db>": for messages. */
  readonly description: string;
  /** PGlite in this process, whose one session is this process's alone; false for a server,
   * which other processes may write to. */
  readonly embedded: boolean;
  /** Whether storing takes CPU of this machine beyond this process's own share: PGlite, or a
   * server at a loopback address or a local socket. */
  readonly onThisMachine: boolean;
  /** Runs `work` in one transaction: all of it is stored, or none. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** PGlite's own text for a jsonb parameter (a string as it is, anything else as JSON). */
const jsonbText = types.serializers[types.JSONB]!;

/** A jsonb parameter in its binary form: a version byte (1), then the text's UTF-8. PGlite sends
 * a text parameter after measuring its UTF-8 length in a JavaScript loop over its characters,
 * twice: for the megabytes of JSON a batch of articles is stored as, that was 1.2 s of the
 * storing thread's 28 s for 10,000 generated articles. Bytes are sent as they are. (The
 * serializer type says string; PGlite sends any Uint8Array a serializer returns as binary.) */
function jsonbBytes(value: unknown): Uint8Array {
  const json = jsonbText(value);
  const bytes = Buffer.allocUnsafe(Buffer.byteLength(json) + 1);
  bytes[0] = 1;
  bytes.write(json, 1);
  return bytes;
}

/** `sql`'s rows as one JSON array, in its order (an aggregate takes the rows of a subquery in the
 * order the subquery gives them). */
const asOneJsonArray = (sql: string) => `select coalesce(json_agg(q), '[]'::json) as rows from (${sql}) q`;

type PGliteQueries = Pick<PGlite, "query" | "exec">;

function embeddedQueries(db: PGliteQueries): Queryable {
  return {
    query: async <T>(sql: string, params?: unknown[]) => ({ rows: (await db.query<T>(sql, params)).rows }),
    manyRows: async <T>(sql: string, params?: unknown[]) => (await db.query<{ rows: T[] }>(asOneJsonArray(sql), params)).rows[0]!.rows,
    exec: async (sql) => { await db.exec(sql); },
  };
}

export async function openEmbedded(dataDir: string): Promise<Database> {
  const db = await PGlite.create(dataDir, { serializers: { [types.JSONB]: jsonbBytes as unknown as (x: unknown) => string } });
  return {
    description: `embedded PGlite at ${dataDir}`,
    embedded: true,
    onThisMachine: true,
    ...embeddedQueries(db),
    transaction: (work) => db.transaction((tx) => work(embeddedQueries(tx))),
    close: () => db.close(),
  };
}

/** A server URL that names this machine: a loopback address, "localhost", or no host (a socket). */
export function isLoopback(url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const socket = url.searchParams.get("host");
  if (!host) return socket === null || socket.startsWith("/");
  return host === "localhost" || host === "::1" || /^127\./.test(host);
}

function serverQueries(db: pg.Pool | pg.PoolClient): Queryable {
  return {
    query: async <T>(sql: string, params?: unknown[]) => ({ rows: (await db.query(sql, params)).rows as T[] }),
    manyRows: async <T>(sql: string, params?: unknown[]) => (await db.query(sql, params)).rows as T[],
    exec: async (sql) => { await db.query(sql); },
  };
}

export async function openServer(url: string): Promise<Database> {
  // Fail now, with the server's own reason, rather than at the first query.
  const probe = new pg.Client({ connectionString: url });
  let lz4 = false;
  try {
    await probe.connect();
    // Article text is stored compressed: lz4 compresses several times faster than the default
    // pglz (and PGlite has only pglz). A server built without lz4 keeps pglz.
    const { rows } = await probe.query<{ lz4: boolean }>("select 'lz4' = any(enumvals) as lz4 from pg_settings where name = 'default_toast_compression'");
    lz4 = rows[0]?.lz4 ?? false;
  } finally {
    await probe.end().catch(() => undefined);
  }
  // Set when each connection starts: no query of ours can run before it. JIT compilation is off:
  // the server compiles any plan whose estimated cost passes jit_above_cost, and ours are index
  // probes and aggregates of milliseconds, which compiling made slower (clustering's look-up for
  // a batch of 200 articles in a store of 100,000: 62 ms with JIT, 41 ms without).
  const settings = ["-c jit=off", ...(lz4 ? ["-c default_toast_compression=lz4"] : [])];
  const pool = new pg.Pool({ connectionString: url, max: 4, options: settings.join(" ") });
  // The server may end a connection while the pool holds it idle (a restart, an administrator,
  // a database dropped just as close() returns, which does not wait for the connections to go).
  // The pool drops that connection and opens another for the next query, which reports its own
  // errors; unheard, the pool's "error" event would end the process.
  pool.on("error", () => undefined);
  const where = new URL(url);
  return {
    description: `PostgreSQL server ${where.host}${where.pathname}`,
    embedded: false,
    onThisMachine: isLoopback(where),
    ...serverQueries(pool),
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query("begin");
        const out = await work(serverQueries(client));
        await client.query("commit");
        return out;
      } catch (err) {
        await client.query("rollback").catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
