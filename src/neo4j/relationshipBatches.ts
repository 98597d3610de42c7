import { isMentionType } from './schema.js';
import type { RelationshipGroup, RelationshipRow } from './toRows.js';
import { mentionWireRow, relationshipWireRow, type MentionWireRow, type WireRow } from './toWireRow.js';

export interface Batch {
  rows: Array<WireRow | MentionWireRow>;
  /** Relationships in the batch (a mention row holds several). */
  relationships: number;
}

const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * The wire rows of one relationship group in batches of about `size` relationships, ordered by
 * end node: concurrent batches then lock disjoint sets of articles (sparse nodes, locked whole)
 * and share only start nodes, most of them in one batch or dense (locked per relationship group).
 * Mentions go one row per article; a batch never splits an article.
 */
export function relationshipBatches(group: RelationshipGroup, size: number): Batch[] {
  const sorted = [...group.rows].sort((x, y) => compare(x.target, y.target) || compare(x.source, y.source));
  const batches: Batch[] = [];
  if (!isMentionType(group.type)) {
    for (let i = 0; i < sorted.length; i += size) {
      const rows = sorted.slice(i, i + size).map(relationshipWireRow);
      batches.push({ rows, relationships: rows.length });
    }
    return batches;
  }
  let batch: Batch = { rows: [], relationships: 0 };
  for (let i = 0; i < sorted.length; ) {
    const target = sorted[i]!.target;
    const same: RelationshipRow[] = [];
    while (i < sorted.length && sorted[i]!.target === target) same.push(sorted[i++]!);
    if (batch.relationships > 0 && batch.relationships + same.length > size) {
      batches.push(batch);
      batch = { rows: [], relationships: 0 };
    }
    batch.rows.push(mentionWireRow(target, same));
    batch.relationships += same.length;
  }
  if (batch.relationships > 0) batches.push(batch);
  return batches;
}
