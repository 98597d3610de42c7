/** One text drawn on a canvas: its box in canvas pixels and the canvas's sigma layer ("labels", "hovers"). */
export interface DrawnText {
  layer: string;
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * Runs in the page before the viewer (page.addInitScript): records every fillText on sigma's canvases,
 * frame by frame, so a test sees the labels as drawn, whatever code drew them.
 * `__canvasText.frame[layer]` holds the texts since that layer was last cleared; `all` every text ever drawn.
 */
export function recordCanvasText(): void {
  const record = { frame: {} as Record<string, DrawnText[]>, all: [] as string[] };
  (window as unknown as { __canvasText: typeof record }).__canvasText = record;
  const layerOf = (context: CanvasRenderingContext2D): string => {
    const name = Array.from({ length: context.canvas.classList.length }, (_, i) => context.canvas.classList.item(i) ?? '').find((c) => c.startsWith('sigma-'));
    return name ? name.slice('sigma-'.length) : '';
  };
  const proto = CanvasRenderingContext2D.prototype;
  const fillText = proto.fillText;
  proto.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth?: number): void {
    const layer = layerOf(this);
    record.all.push(text);
    if (layer) {
      const metrics = this.measureText(text);
      const right = this.textAlign === 'right' || this.textAlign === 'end';
      const x0 = right ? x - metrics.width : this.textAlign === 'center' ? x - metrics.width / 2 : x;
      (record.frame[layer] ??= []).push({
        layer, text, x0, x1: x0 + metrics.width, y0: y - metrics.actualBoundingBoxAscent, y1: y + metrics.actualBoundingBoxDescent,
      });
    }
    fillText.call(this, text, x, y, maxWidth);
  };
  const clearRect = proto.clearRect;
  proto.clearRect = function (this: CanvasRenderingContext2D, x: number, y: number, w: number, h: number): void {
    const layer = layerOf(this);
    if (layer) record.frame[layer] = [];
    clearRect.call(this, x, y, w, h);
  };
}

/** Pairs of drawn texts whose boxes overlap. */
export function overlaps(texts: DrawnText[]): [string, string][] {
  const pairs: [string, string][] = [];
  texts.forEach((a, i) => {
    for (const b of texts.slice(i + 1)) {
      if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) pairs.push([a.text, b.text]);
    }
  });
  return pairs;
}
