import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import type { Settings } from 'sigma/settings';

type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>;
interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Space kept free around a label, in pixels. */
const MARGIN = 2;

/**
 * Sigma's label grid keeps one label per cell, but long labels still run into the next cell, and
 * forced labels (a selection's neighbours) skip the grid. This rule draws a label only where it
 * overlaps no label drawn before it in the frame and stays inside the canvas: to the right of its
 * node, else to the left, else not at all. `reset` starts a frame (sigma's `beforeRender`).
 */
export class LabelPlacer {
  private drawn: Box[] = [];

  reset(): void {
    this.drawn = [];
  }

  draw(context: CanvasRenderingContext2D, data: LabelData, settings: Pick<Settings, 'labelSize' | 'labelWeight' | 'labelFont' | 'labelColor'>): void {
    if (!data.label) return;
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const width = context.measureText(data.label).width;
    const baseline = data.y + size / 3;
    const y0 = baseline - size * 0.85 - MARGIN;
    const y1 = baseline + size * 0.3 + MARGIN;
    const canvas = { width: context.canvas.clientWidth, height: context.canvas.clientHeight };
    if (y0 < 0 || y1 > canvas.height) return;
    const right = data.x + data.size + 3;
    const left = data.x - data.size - 3 - width;
    for (const x of [right, left]) {
      const box = { x0: x - MARGIN, x1: x + width + MARGIN, y0, y1 };
      if (box.x0 < 0 || box.x1 > canvas.width || this.drawn.some((other) => intersects(box, other))) continue;
      this.drawn.push(box);
      context.fillStyle = settings.labelColor.attribute
        ? String((data as Record<string, unknown>)[settings.labelColor.attribute] ?? settings.labelColor.color ?? '#000')
        : (settings.labelColor.color ?? '#000');
      context.fillText(data.label, x, baseline);
      return;
    }
  }
}

function intersects(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}
