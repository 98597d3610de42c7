/** "12,000 / 70,000 nodes and relationships" on one rewritten line on a terminal, a plain line every 5 s otherwise. */
export function progressLine(stream: NodeJS.WritableStream & { isTTY?: boolean }, enabled: boolean) {
  let last = 0;
  let shown = false;
  return {
    update(done: number, total: number): void {
      const now = Date.now();
      if (!enabled || done === 0 || (now - last < (stream.isTTY ? 200 : 5000) && done < total)) return;
      last = now;
      const text = `neo4j: ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} nodes and relationships`;
      stream.write(stream.isTTY ? `\r${text}` : `${text}\n`);
      shown = true;
    },
    stop(): void {
      if (shown && stream.isTTY) stream.write('\n');
      shown = false;
    },
  };
}
