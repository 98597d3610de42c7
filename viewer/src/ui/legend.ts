import { el } from '../internal/dom.js';
import { LEGEND } from '../palette.js';

export function mountLegend(list: HTMLElement): void {
  for (const { label, color } of LEGEND) {
    const swatch = el('span', { className: 'swatch round' });
    swatch.style.background = color;
    list.append(el('li', {}, [swatch, el('span', { text: label })]));
  }
}
