import type { GraphView } from '../GraphView.js';
import { downloadGexf, downloadPng } from '../downloads.js';
import type { LayoutRefiner } from '../LayoutRefiner.js';

/** Buttons: refine the layout live (FA2 worker), geographic view, PNG and GEXF downloads. */
export function mountToolbar(
  buttons: { refine: HTMLButtonElement; geo: HTMLButtonElement; png: HTMLButtonElement; gexf: HTMLButtonElement },
  view: GraphView,
  refiner: LayoutRefiner,
  status: HTMLElement,
): void {
  const { refine, geo, png, gexf } = buttons;
  const sync = (): void => {
    refine.textContent = refiner.running ? 'Stop layout' : 'Refine layout';
    refine.setAttribute('aria-pressed', String(refiner.running));
    refine.disabled = view.state.geo;
    refine.title = view.state.geo ? 'Leave the geographic view to refine the force layout' : 'Run ForceAtlas2 live in a web worker';
    geo.setAttribute('aria-pressed', String(view.state.geo));
    geo.textContent = view.state.geo ? 'Force layout' : 'Geographic';
  };
  if (!view.isGeoAvailable) {
    geo.disabled = true;
    geo.title = 'No locality in this graph has coordinates';
  }
  refine.addEventListener('click', () => {
    if (refiner.running) refiner.stop();
    else refiner.start();
    sync();
  });
  geo.addEventListener('click', () => {
    refiner.kill();
    view.update({ geo: !view.state.geo });
  });
  png.addEventListener('click', () => {
    downloadPng(view.sigma).catch((error: unknown) => {
      status.textContent = `PNG export failed: ${String(error)}`;
    });
  });
  gexf.addEventListener('click', () => downloadGexf(view.graph));
  view.onChange(sync);
  sync();
}
