// Clustering over a stream of records (one run of `attache extract`, the eval): each record's
// events get their cluster ids as the record passes, from the reports seen before it.
import type { ArticleRecord } from "../export/record.js";
import { ClusterIndex, clusterIdMaker } from "./clusterIndex.js";
import { eventSignature } from "./eventSignature.js";

export class RecordClusterer {
  private readonly index = new ClusterIndex(clusterIdMaker());

  /** Sets `cluster` on each event of `record` and returns it. */
  assign(record: ArticleRecord): ArticleRecord {
    for (const e of record.events) e.cluster = this.index.add(eventSignature(record.id, record.published, e));
    return record;
  }
}
