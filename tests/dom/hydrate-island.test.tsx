import { Component, h, type ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, it } from 'vitest';
import { hydrateIsland } from '../../src/tools/shell/hydrate-island';

interface Props {
  greeting: string;
  form?: ComponentChildren;
  later?: ComponentChildren;
}

/** Like the tools: live state around static slots, one of them shown only after a click. */
class Counter extends Component<Props, { clicks: number }> {
  override state = { clicks: 0 };
  override render({ greeting, form, later }: Props, { clicks }: { clicks: number }) {
    return h(
      'div',
      { class: 'tool' },
      h('p', null, greeting),
      form,
      h('button', { type: 'button', onClick: () => this.setState({ clicks: clicks + 1 }) }, `Clicked ${clicks}`),
      clicks > 0 && later,
    );
  }
}

const serverSlot = (name: string, html: string) => h('tool-slot', { name, dangerouslySetInnerHTML: { __html: html } });

function serverRender(props: Omit<Props, 'form' | 'later'>) {
  const island = renderToString(h(Counter, { ...props, form: serverSlot('form', '<form><input name="q"></form>') }));
  document.body.innerHTML =
    `<div data-island="counter" data-props='${JSON.stringify(props)}'>${island}</div>` +
    '<template data-slot-of="counter" data-slot="later"><p class="later">Shown later</p></template>';
}

describe('hydrateIsland', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('keeps the server-built elements, so listeners added to them keep working', () => {
    serverRender({ greeting: 'Hello' });
    const form = document.querySelector('form')!;
    const paragraph = document.querySelector('p')!;
    hydrateIsland('counter', Counter);
    expect(document.querySelector('form')).toBe(form);
    expect(document.querySelector('p')).toBe(paragraph);
    expect(document.querySelectorAll('[data-island="counter"] form')).toHaveLength(1);
  });

  it('reads its props from the page and reacts to the reader', async () => {
    serverRender({ greeting: 'Hello from the page' });
    hydrateIsland('counter', Counter);
    const button = document.querySelector('button')!;
    button.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(button.textContent).toBe('Clicked 1');
    expect(document.querySelector('p')!.textContent).toBe('Hello from the page');
  });

  it('brings in a slot kept in a template when the component first shows it', async () => {
    serverRender({ greeting: 'Hi' });
    hydrateIsland('counter', Counter);
    expect(document.querySelector('[data-island] .later')).toBeNull();
    document.querySelector('button')!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.querySelector('[data-island] .later')?.textContent).toBe('Shown later');
  });

  it('leaves the page alone when the island is not on it', () => {
    document.body.innerHTML = '<main><p>Nothing to hydrate</p></main>';
    expect(() => hydrateIsland('counter', Counter)).not.toThrow();
    expect(document.body.innerHTML).toBe('<main><p>Nothing to hydrate</p></main>');
  });
});
