/**
 * On narrow screens the sidebar (filters, timeline, legend) is hidden; the "Filters" button opens it
 * over the graph, below the top bar, whose height changes as its buttons wrap.
 */
export function mountSidebarToggle(button: HTMLButtonElement, topbar: HTMLElement): void {
  const placeBelowTopbar = (): void => document.body.style.setProperty('--topbar-height', `${topbar.offsetHeight}px`);
  new ResizeObserver(placeBelowTopbar).observe(topbar);
  button.addEventListener('click', () => {
    const open = document.body.classList.toggle('sidebar-open');
    button.setAttribute('aria-pressed', String(open));
  });
}
