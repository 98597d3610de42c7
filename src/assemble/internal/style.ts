
export function nodeSize(degree: number): number {
  return Math.min(30, 3 + 2 * Math.sqrt(degree));
}

/** FNV-1a: initial positions come from the node id, so layouts are reproducible. */
export function hash32(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function initialPosition(id: string): { x: number; y: number } {
  const x = (hash32(id) / 0xffffffff) * 200 - 100;
  const y = (hash32(id, 0x9747b28c) / 0xffffffff) * 200 - 100;
  return { x, y };
}
