import { Component } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, it } from 'vitest';
import { hydrateIsland } from '../../src/tools/shell/hydrate-island';

interface Props {
  greeting: string;
}

/** Like the tools: a class component with live state, rendered on the server first. */
class Counter extends Component<Props, { clicks: number }> {
  override state = { clicks: 0 };
  override render({ greeting }: Props, { clicks }: { clicks: number }) {
    return (
      <div class="tool">
        <p>{greeting}</p>
        <button type="button" onClick={() => this.setState({ clicks: clicks + 1 })}>
          Clicked {clicks}
        </button>
      </div>
    );
  }
}

function serverRender(props: Props) {
  document.body.innerHTML = `<div data-island="counter" data-props='${JSON.stringify(props)}'>${renderToString(<Counter {...props} />)}</div>`;
}

describe('hydrateIsland', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('keeps the server-built elements, so nothing on screen is replaced', () => {
    serverRender({ greeting: 'Hello' });
    const paragraph = document.querySelector('p')!;
    const button = document.querySelector('button')!;
    hydrateIsland('counter', Counter);
    expect(document.querySelector('p')).toBe(paragraph);
    expect(document.querySelector('button')).toBe(button);
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

  it('leaves the page alone when the island is not on it', () => {
    document.body.innerHTML = '<main><p>Nothing to hydrate</p></main>';
    expect(() => hydrateIsland('counter', Counter)).not.toThrow();
    expect(document.body.innerHTML).toBe('<main><p>Nothing to hydrate</p></main>');
  });
});
