/**
 * The one way the viewer builds DOM. Text from the graph (names, sentences, titles) goes
 * through `textContent` only, so markup in an article is shown literally and never parsed.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; title?: string } = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.text !== undefined) element.textContent = props.text;
  if (props.title !== undefined) element.title = props.title;
  for (const child of children) element.append(child);
  return element;
}

/** An external link, or null when the URL is not http(s) (a `javascript:` URL must never become a link). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`viewer: element #${id} is missing from index.html; rebuild the viewer (npm run build:viewer)`);
  return element as T;
}
