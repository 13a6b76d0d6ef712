/**
 * A synthetic corpus for benchmarks: thousands of models and news items in realistic Vietnamese,
 * with references, figures and sources, written to a folder OUTSIDE `content/`. It is made up
 * (every source says so) and must never be published: it exists to measure the build and search
 * at the province's real scale (close to 2,400 models).
 */
import { copyFile, link, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface CorpusOptions {
  /** Folder to write into; it is emptied first. Its `content/` subfolder is the content root. */
  dir: string;
  models: number;
  news: number;
  /** Give every model a cover picture (a generated PNG), as real models have. */
  images?: boolean;
  /**
   * With `images`, draw only this many distinct pictures and let models share them. Processing
   * thousands of distinct pictures is a one-time cost that the build benchmark excludes anyway;
   * sharing keeps its first run short. Default: one picture per model.
   */
  distinctCovers?: number;
  seed?: number;
}

/** Small deterministic PRNG (mulberry32): the same seed always writes the same corpus. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  'long-xuyen',
  'chau-doc',
  'tan-chau',
  'tinh-bien',
  'an-phu',
  'chau-phu',
  'chau-thanh',
  'cho-moi',
  'phu-tan',
  'thoai-son',
  'tri-ton',
];
const PLACE_NAMES: Record<string, string> = {
  'long-xuyen': 'Long Xuyên',
  'chau-doc': 'Châu Đốc',
  'tan-chau': 'Tân Châu',
  'tinh-bien': 'Tịnh Biên',
  'an-phu': 'An Phú',
  'chau-phu': 'Châu Phú',
  'chau-thanh': 'Châu Thành',
  'cho-moi': 'Chợ Mới',
  'phu-tan': 'Phú Tân',
  'thoai-son': 'Thoại Sơn',
  'tri-ton': 'Tri Tôn',
};
const FIELDS = ['kinh-te', 'van-hoa-xa-hoi', 'quoc-phong-an-ninh', 'xay-dung-he-thong-chinh-tri'];
const ACTIONS = [
  'Bê tông hóa',
  'Xây dựng',
  'Vận động',
  'Hỗ trợ',
  'Nâng cấp',
  'Tổ chức',
  'Duy trì',
  'Nhân rộng',
  'Chăm lo',
  'Phát triển',
];
const OBJECTS = [
  'đường giao thông nông thôn',
  'cầu dân sinh',
  'tuyến đường ra cánh đồng',
  'tổ tự quản an ninh trật tự',
  'quỹ khuyến học',
  'nhà đại đoàn kết',
  'vườn rau an toàn',
  'tổ hợp tác trồng lúa',
  'điểm sinh hoạt văn hóa ấp',
  'mô hình nuôi cá lồng bè',
  'câu lạc bộ phụ nữ khởi nghiệp',
  'đội thanh niên tình nguyện',
  'tủ sách pháp luật',
  'bếp ăn tình thương',
  'hệ thống đèn đường',
  'tổ hòa giải ở cơ sở',
  'vốn vay giúp hộ nghèo',
  'nghề đan đát truyền thống',
  'hàng rào xanh',
  'điểm thu gom rác',
];
const GROUPS = [
  'Hội Nông dân',
  'Đoàn Thanh niên',
  'Hội Liên hiệp Phụ nữ',
  'Hội Cựu chiến binh',
  'Mặt trận Tổ quốc',
  'chính quyền xã',
];
const RESULTS = [
  'Người dân đi lại thuận tiện hơn, nhất là vào mùa mưa.',
  'Nhiều hộ có thêm thu nhập ổn định.',
  'Tình hình an ninh trật tự ở ấp được giữ vững.',
  'Trẻ em trong ấp có thêm sách đọc và chỗ học.',
  'Đường sá sạch đẹp, đồng thuận trong nhân dân được nâng lên.',
  'Chi phí vận chuyển lúa giảm đáng kể.',
  'Các đoàn thể phối hợp chặt chẽ hơn với chính quyền.',
];
/** YAML-safe text: a double-quoted JSON string is valid YAML whatever it contains. */
const q = (text: string) => JSON.stringify(text);

const UNITS = ['km', 'tuyến', 'hộ', 'triệu đồng', 'ngày công', 'cây cầu', 'thành viên', 'm²'];

const root = path.resolve(import.meta.dirname, '..', '..');

/**
 * The folder the generator replaces: DIR/content and nothing else. Throws when that would be the
 * site's own content (or inside it), before anything is deleted.
 */
export function corpusContentDir(dir: string): string {
  const content = path.resolve(dir, 'content');
  const real = path.join(root, 'content');
  if (content === real || content.startsWith(real + path.sep)) {
    throw new Error(
      `Không ghi dữ liệu thử nghiệm vào ${real}: đó là nội dung thật của trang. Chọn thư mục khác, ví dụ .bench/corpus.`,
    );
  }
  return content;
}

export async function generateCorpus(options: CorpusOptions): Promise<{ models: string[]; news: string[] }> {
  const rand = random(options.seed ?? 2400);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const content = corpusContentDir(options.dir);
  await rm(content, { recursive: true, force: true });
  await mkdir(path.join(content, 'models'), { recursive: true });
  await mkdir(path.join(content, 'news'), { recursive: true });
  for (const file of ['places.yaml', 'fields.yaml', 'organisations.yaml']) {
    await copyFile(path.join(root, 'content', file), path.join(content, file));
  }
  const cover = options.images ? await coverPicture() : undefined;
  const shared = options.images && options.distinctCovers ? options.distinctCovers : 0;
  // Shared drawings are kept beside content/ and linked (hard links: no copy, no symlink) into each
  // model's folder, since an entry's pictures must be in its own folder (src/loaders/pictures.ts).
  const sharedDir = path.join(options.dir, 'anh-chung');
  if (cover && shared) {
    await rm(sharedDir, { recursive: true, force: true });
    await mkdir(sharedDir, { recursive: true });
    for (let i = 1; i <= shared; i++) await writeFile(path.join(sharedDir, `anh-${i}.png`), await cover(i));
  }

  const models: string[] = [];
  for (let i = 1; i <= options.models; i++) {
    const place = pick(PLACES);
    const action = pick(ACTIONS);
    const object = pick(OBJECTS);
    const group = pick(GROUPS);
    const title = `${action} ${object} ở ${PLACE_NAMES[place]} (mẫu ${i})`;
    const slug = `mau-mo-hinh-${i}`;
    const year = 2018 + Math.floor(rand() * 7);
    const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
    const figures = Array.from({ length: Math.floor(rand() * 3) }, () =>
      [
        `  - label: ${q(pick(['Kết quả đạt được', 'Số lượng thực hiện', 'Kinh phí vận động', 'Người tham gia']))}`,
        `    value: ${1 + Math.floor(rand() * 500)}`,
        `    unit: ${q(pick(UNITS))}`,
        `    asOf: '${year}'`,
        '    source: 1',
      ].join('\n'),
    );
    const lines = [
      '---',
      `title: ${q(title)}`,
      `summary: ${q(`${group} ở ${PLACE_NAMES[place]} ${action.toLowerCase()} ${object}, được người dân đồng tình, ủng hộ và góp công, góp của cùng thực hiện.`)}`,
      `place: ${place}`,
      `field: ${pick(FIELDS)}`,
      `kind: ${rand() < 0.8 ? 'tap-the' : 'ca-nhan'}`,
      `movement: ${rand() < 0.5 ? 'dan-van-kheo' : 'dan-van-kheo-nong-thon-moi'}`,
      `year: ${year}`,
      `published: ${year}-${month}-15`,
      ...(cover
        ? [
            'cover:',
            '  src: ./anh-bia.png',
            '  alt: Hình minh họa tổng hợp cho dữ liệu thử nghiệm.',
            '  credit: Dữ liệu thử nghiệm, không phải ảnh thật.',
          ]
        : []),
      `context: ${q(`Trước đây ${object} ở địa phương còn thiếu, người dân gặp nhiều khó khăn trong sản xuất và sinh hoạt.`)}`,
      'steps:',
      `  - ${q(`${group} họp dân, lấy ý kiến và thống nhất cách làm.`)}`,
      `  - ${q(`Vận động bà con đóng góp ngày công, vật liệu và đất để ${action.toLowerCase()} ${object}.`)}`,
      `  - ${q('Ban điều hành công khai thu chi và nghiệm thu cùng người dân.')}`,
      'results:',
      `  - ${q(pick(RESULTS))}`,
      ...(figures.length > 0 ? ['figures:', ...figures] : []),
      'sources:',
      `  - title: ${q(`Dữ liệu thử nghiệm số ${i}, không phải tin thật`)}`,
      `    outlet: Bộ sinh dữ liệu thử nghiệm`,
      `    noUrl: Dữ liệu thử nghiệm, không có bài trên mạng.`,
      `    dateNotShown: true`,
      `    danVanKheo: mo-hinh`,
      '---',
      '',
      `Đây là nội dung thử nghiệm về việc ${action.toLowerCase()} ${object} ở ${PLACE_NAMES[place]}. ${pick(RESULTS)} ${pick(RESULTS)}`,
      '',
    ];
    const folder = path.join(content, 'models', slug);
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'index.md'), lines.join('\n'));
    if (cover && shared)
      await link(path.join(sharedDir, `anh-${1 + (i % shared)}.png`), path.join(folder, 'anh-bia.png'));
    if (cover && !shared) await writeFile(path.join(folder, 'anh-bia.png'), await cover(i));
    models.push(slug);
  }

  const news: string[] = [];
  for (let i = 1; i <= options.news; i++) {
    const place = pick(PLACES);
    const related = Array.from(
      { length: 1 + Math.floor(rand() * 3) },
      () => models[Math.floor(rand() * models.length)]!,
    );
    const year = 2019 + Math.floor(rand() * 6);
    const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
    const slug = `mau-tin-${i}`;
    const lines = [
      '---',
      `title: ${q(`${PLACE_NAMES[place]} sơ kết cách làm ${pick(OBJECTS)} (tin mẫu ${i})`)}`,
      `summary: ${q(`Tin thử nghiệm: các đoàn thể ở ${PLACE_NAMES[place]} sơ kết, rút kinh nghiệm và bàn cách nhân rộng mô hình dân vận khéo.`)}`,
      `date: ${year}-0${1 + Math.floor(rand() * 9)}-${day}`,
      'author: Bộ sinh dữ liệu thử nghiệm',
      'models:',
      ...[...new Set(related)].map((slugOf) => `  - ${slugOf}`),
      'tags:',
      '  - sơ kết',
      '---',
      '',
      `Hội nghị ở ${PLACE_NAMES[place]} đánh giá ${pick(RESULTS).toLowerCase()} Đại diện ${pick(GROUPS)} đề nghị tiếp tục nhân rộng cách làm.`,
      '',
    ];
    const folder = path.join(content, 'news', slug);
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'index.md'), lines.join('\n'));
    news.push(slug);
  }
  return { models, news };
}

/**
 * A different flat-coloured PNG per model, drawn with sharp, so that no two covers share a hash
 * and the build processes each one as it would real photographs (which are larger).
 */
async function coverPicture(): Promise<(i: number) => Promise<Buffer>> {
  const { default: sharp } = await import('sharp');
  return (i: number) =>
    sharp({
      create: {
        width: 1200,
        height: 675,
        channels: 3,
        background: { r: 120 + (i % 100), g: 160 + ((i * 7) % 90), b: 110 + ((i * 13) % 120) },
      },
    })
      .png()
      .toBuffer();
}
