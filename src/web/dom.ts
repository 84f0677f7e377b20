/**
 * The one way the web app builds HTML: elements with text set through textContent, so every text from a
 * document or a user is shown as text (a plan containing <script> renders the characters). No innerHTML.
 */
type Child = Node | string | number | null | undefined | false;
type Attributes = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else if (name === 'href' && typeof value === 'string' && !/^(#|\/|https?:)/.test(value)) continue;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

export function mount(...children: Child[]): HTMLElement {
  const app = document.getElementById('app')!;
  app.replaceChildren();
  append(app, ...children);
  return app;
}

export const message = (text: string, kind: 'error' | 'info' | 'ok' = 'info') => h('p', { class: `message ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);

/**
 * The one way a form reports its outcome in place: a failure in red with role=alert (read out at once), a
 * success or progress note politely — the same look as `message`, never the grey of a hint.
 */
export function showOutcome(element: HTMLElement, kind: 'error' | 'info' | 'ok', ...content: Child[]): void {
  element.className = `message ${kind}`;
  element.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  element.replaceChildren();
  append(element, ...content);
}

export const showFailure = (element: HTMLElement, error: unknown) => showOutcome(element, 'error', error instanceof Error ? error.message : String(error));
