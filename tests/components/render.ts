/** Renders an Astro component to HTML with the Container API, the way the build would. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';

let container: AstroContainer | undefined;

export async function renderToString(
  component: Parameters<AstroContainer['renderToString']>[0],
  props: Record<string, unknown> = {},
  path = '/',
  /** HTML for the component's slots, by name (`default` for its children). */
  slots: Record<string, string> = {},
): Promise<string> {
  container ??= await AstroContainer.create();
  const html = await container.renderToString(component, {
    props,
    slots,
    request: new Request(`https://example.test${path}`),
  });
  // Scoped-style markers say nothing about behaviour; dropping them keeps assertions readable.
  return html.replace(/ data-astro-cid-[a-z0-9]+(?:="true")?/g, '');
}

/** The visible text of an HTML fragment, with tags removed and white space folded, as a reader sees it. */
export function textOf(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
