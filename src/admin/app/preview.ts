/**
 * The editor's preview pane, in the site's own styles: what a model's page shows first (title,
 * summary, the facts box, key figures with their sources, the source list) and a news item's
 * head, drawn with the site's own formatting (src/lib/format.ts, src/lib/sources.ts) and the CSS
 * of the components that draw them on the site (virtual:dvk-preview-style, made by
 * src/admin/bundle.ts from the components' own <style> blocks). Sveltia draws preview templates
 * with React; it hands its `createElement` to templates as the global `h`.
 */
import type { CustomPreviewTemplateProps } from '@sveltia/cms';
import previewStyle from 'virtual:dvk-preview-style';
import { formatDate, formatFigure, formatPartialDate } from '../../lib/format.ts';
import { formatSourceDetails, getSourceName } from '../../lib/sources.ts';
import type { Figure, Source } from '../../schemas/common.ts';

type Child = unknown;
type CreateElement = (type: unknown, props?: Record<string, unknown> | null, ...children: Child[]) => unknown;
type Cms = typeof import('@sveltia/cms').default;

interface ClassSpec<S> {
  getInitialState(this: { props: CustomPreviewTemplateProps }): S;
  componentDidMount?(this: { props: CustomPreviewTemplateProps; setState(state: Partial<S>): void }): void;
  render(this: { props: CustomPreviewTemplateProps; state: S }): unknown;
}
const globals = window as unknown as { h: CreateElement; createClass<S>(spec: ClassSpec<S>): unknown };
const h: CreateElement = (...args) => globals.h(...args);

/** Immutable's maps and lists, as far as the preview reads them. */
interface Immutable {
  get(key: string): Immutable | undefined;
  toJS(): unknown;
}

/** A value without the empty strings and lists the editor keeps for fields not filled in yet. */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => item !== '' && item !== null && item !== undefined)
        .map(([key, item]) => [key, withoutEmpty(item)]),
    );
  }
  return value;
}

/** The entry's data as plain values (Sveltia hands it over as an Immutable map). */
function dataOf(props: CustomPreviewTemplateProps): Record<string, unknown> {
  const data = (props.entry as unknown as Immutable).get('data');
  return (withoutEmpty(data?.toJS()) as Record<string, unknown> | undefined) ?? {};
}

/** Names of the places, fields and organisations by id, read once from the lists the pickers read. */
type Names = Record<'places' | 'fields' | 'organisations', Map<string, string>>;
let names: Names | undefined;

async function loadNames(props: CustomPreviewTemplateProps): Promise<Names> {
  const read = async (file: keyof Names, label: (item: Record<string, string>) => string) => {
    const entry = (await props.getCollection('lists', file)) as unknown as Immutable;
    const items = (entry.get('data')?.get('items')?.toJS() ?? []) as Record<string, string>[];
    return new Map(items.map((item) => [item['id'] ?? '', label(item)]));
  };
  return {
    places: await read('places', (place) => `${place['kind']} ${place['name']}`),
    fields: await read('fields', (field) => field['name'] ?? ''),
    organisations: await read('organisations', (organisation) => organisation['name'] ?? ''),
  };
}

/**
 * A preview that knows the lists' names: drawn at once with ids, again with names once the lists
 * are read (the first preview of a session reads them).
 */
function withNames(view: (props: CustomPreviewTemplateProps, names: Names | undefined) => unknown) {
  return globals.createClass<{ names: Names | undefined }>({
    getInitialState: () => ({ names }),
    componentDidMount() {
      if (names) return;
      loadNames(this.props).then(
        (loaded) => {
          names = loaded;
          this.setState({ names });
        },
        () => undefined,
      );
    },
    render() {
      return view(this.props, this.state.names);
    },
  });
}

/** The name of `id` in `list`, or the id itself while names are not read yet. */
const nameOf = (list: Map<string, string> | undefined, id: unknown) => list?.get(String(id)) ?? String(id);

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

/** A part the editor has not filled yet, said so instead of left blank. */
const missing = (what: string) => h('span', { className: 'muted' }, `(chưa có ${what})`);

/** A figure as the site shows it, even half-typed (the number is the only part that must be there). */
function figureItem(figure: Partial<Figure>, index: number) {
  const complete = typeof figure.value === 'number';
  return h(
    'div',
    { className: 'figure', key: index },
    h('dt', null, text(figure.label) || missing('tên số liệu')),
    h(
      'dd',
      { className: 'value' },
      complete ? formatFigure({ ...figure, value: figure.value!, unit: text(figure.unit) }) : missing('con số'),
    ),
    h(
      'dd',
      { className: 'meta' },
      figure.asOf ? formatPartialDate(String(figure.asOf)) : 'nguồn không ghi thời điểm',
      ' · ',
      h('a', { href: `#nguon-${figure.source ?? ''}` }, `nguồn [${figure.source ?? '?'}]`),
    ),
  );
}

function figureList(figures: Partial<Figure>[]) {
  return h('div', { className: 'dvk-FigureList' }, h('dl', { className: 'figures' }, ...figures.map(figureItem)));
}

function sourceList(sources: Partial<Source>[]) {
  return h(
    'div',
    { className: 'dvk-SourceList' },
    h(
      'ol',
      { className: 'sources' },
      ...sources.map((source, index) => {
        const filled = { ...source, outlet: text(source.outlet) || '(chưa có nơi đăng)' } as Source;
        const name = getSourceName(filled);
        return h(
          'li',
          { id: `nguon-${index + 1}`, key: index },
          source.url ? h('a', { href: source.url, target: '_blank', rel: 'noreferrer' }, name) : h('cite', null, name),
          formatSourceDetails(filled),
        );
      }),
    ),
  );
}

function cover(props: CustomPreviewTemplateProps, data: Record<string, unknown>) {
  const picture = data['cover'] as { src?: string; alt?: string; credit?: string; caption?: string } | undefined;
  if (!picture?.src) return null;
  const asset = props.getAsset(picture.src);
  return h(
    'div',
    { className: 'dvk-CoverPicture' },
    h(
      'figure',
      { className: 'picture' },
      h('img', { src: asset?.url ?? picture.src, alt: text(picture.alt) }),
      h(
        'figcaption',
        null,
        picture.caption ? h('span', null, `${picture.caption} `) : null,
        h('span', { className: 'credit' }, text(picture.credit) || missing('nguồn ảnh')),
      ),
    ),
  );
}

/** A fact of the facts box. */
function fact(label: string, value: unknown) {
  return value ? h('div', { key: label }, h('dt', null, label), h('dd', null, value)) : null;
}

function modelView(props: CustomPreviewTemplateProps, lists: Names | undefined) {
  const data = dataOf(props);
  const organisations = list<string>(data['organisations']).map((id) => nameOf(lists?.organisations, id));
  const figures = list<Partial<Figure>>(data['figures']);
  const own = figures.filter((f) => !f.scope);
  const area = figures.filter((f) => f.scope);
  const sources = list<Partial<Source>>(data['sources']);
  return h(
    'div',
    { className: 'container dvk-ModelLayout' },
    h(
      'article',
      { className: 'model' },
      h(
        'header',
        null,
        h('p', { className: 'eyebrow' }, data['draft'] ? 'Bản nháp — xem trước' : 'Xem trước'),
        h('h1', null, text(data['title']) || missing('tên mô hình')),
        h('p', { className: 'lead' }, text(data['summary']) || missing('tóm tắt')),
      ),
      cover(props, data),
      h(
        'dl',
        { className: 'facts' },
        fact('Địa bàn', data['place'] ? nameOf(lists?.places, data['place']) : missing('địa bàn')),
        fact('Lĩnh vực', data['field'] ? nameOf(lists?.fields, data['field']) : missing('lĩnh vực')),
        fact('Loại mô hình', data['kind'] ? props.widgetFor('kind') : missing('loại mô hình')),
        fact('Phong trào', data['movement'] ? props.widgetFor('movement') : null),
        fact('Chủ trì', organisations.join(', ')),
        h(
          'div',
          null,
          h('dt', null, 'Năm ghi nhận'),
          h('dd', null, data['year'] ? String(data['year']) : 'Chưa rõ (nguồn không ghi ngày)'),
        ),
        data['startYear'] ? h('div', null, h('dt', null, 'Bắt đầu'), h('dd', null, String(data['startYear']))) : null,
      ),
      h(
        'section',
        null,
        h('h2', null, 'Số liệu chính'),
        own.length > 0
          ? figureList(own)
          : h('p', { className: 'muted' }, 'Nguồn tin hiện có chưa công bố số liệu cụ thể cho mô hình này.'),
      ),
      area.length > 0 ? h('section', null, h('h2', null, 'Số liệu chung của địa bàn'), figureList(area)) : null,
      h(
        'section',
        { className: 'prose' },
        h('h2', null, 'Nguồn'),
        sources.length > 0 ? sourceList(sources) : missing('nguồn tin'),
      ),
      data['published']
        ? h('p', { className: 'dates muted' }, `Đăng ngày ${formatDate(String(data['published']))}.`)
        : null,
    ),
  );
}

function newsView(props: CustomPreviewTemplateProps) {
  const data = dataOf(props);
  const source = data['source'] as Partial<Source> | undefined;
  const tags = list<string>(data['tags']);
  return h(
    'div',
    { className: 'container dvk-NewsLayout' },
    h(
      'article',
      { className: 'news prose' },
      h('h1', null, text(data['title']) || missing('tiêu đề')),
      h(
        'p',
        { className: 'byline muted' },
        h('span', null, text(data['author']) || missing('người viết')),
        data['date'] ? ` · Đăng ngày ${formatDate(String(data['date']))}` : null,
      ),
      data['eventDate']
        ? h('p', { className: 'muted' }, `Sự kiện diễn ra ngày ${formatDate(String(data['eventDate']))}.`)
        : null,
      h('p', { className: 'lead' }, text(data['summary']) || missing('tóm tắt')),
      cover(props, data),
      h('div', { className: 'body' }, props.widgetFor('body')),
      source?.outlet ? h('section', null, h('h2', null, 'Nguồn'), sourceList([source])) : null,
      tags.length > 0
        ? h(
            'p',
            { className: 'tags' },
            ...tags.flatMap((tag, i) => [h('span', { className: 'tag', key: i }, tag), ' ']),
          )
        : null,
    ),
  );
}

/** Registers the site's styles and the two templates with the editor. */
export function registerPreviews(cms: Cms): void {
  cms.registerPreviewStyle(previewStyle);
  cms.registerPreviewTemplate('models', withNames(modelView) as never);
  cms.registerPreviewTemplate('news', newsView as never);
}
