/**
 * Official figures on the "Dân vận khéo" movement, as public sources report them, for `/so-lieu/`.
 * Every set is one source, one area, one period and one kind of count: figures of different sets
 * are never summed, joined or drawn on one axis. Each number was read on the page its `source.url`
 * points to, and is written here in our own words. Kept by developers (not through /admin): a new
 * set needs its page opened and its scope understood before it is added.
 */

/** The page a set of figures comes from. */
export interface FigureSource {
  /** The page's headline, as the page shows it. */
  title: string;
  /** Who published it: "Báo An Giang", "Cổng TTĐT Đảng bộ tỉnh An Giang". */
  publisher: string;
  url: string;
  /** The date the page shows (yyyy-mm-dd, yyyy-mm or yyyy); left out when the page shows none. */
  date?: string;
}

/** One number of a set. */
export interface OfficialFigure {
  /** What this number counts, short enough for a chart's bar: "Văn hóa - xã hội". */
  label: string;
  value: number;
  /** "mô hình", "tỷ đồng", "lượt đăng ký". */
  unit: string;
  /** When the source says "hơn", "gần", "khoảng" or "trên" before the number. */
  qualifier?: 'hơn' | 'gần' | 'khoảng' | 'trên';
}

/** Figures of one source about one area and one period, counted the same way. */
export interface FigureSet {
  /** Anchor on /so-lieu/: "an-giang-2018-linh-vuc". */
  id: string;
  /** Heading: "Năm 2018: mô hình đã thực hiện, theo lĩnh vực". */
  title: string;
  /** Place id from content/places.yaml: "an-giang", "kien-giang" or a former district ("tri-ton"). */
  place: string;
  /** The area in words, with its time: "tỉnh An Giang (trước 1/7/2025)". */
  area: string;
  /** The period in words: "năm 2018", "2021–2023", "5 năm đến 2025". */
  period: string;
  /** One sentence on what is counted, in our own words. */
  counts: string;
  /**
   * 'parts': the figures split one whole (a chart of bars on one axis is honest).
   * 'compare': figures counted the same way, in one unit, side by side but not parts of one whole
   * (registered and carried out; three levels that may overlap): a chart, never a sum.
   * 'list': figures that describe the set in different units or ways (a table, no chart).
   */
  kind: 'parts' | 'compare' | 'list';
  /** The whole the parts add up to, as the source states it (when it states one). */
  total?: OfficialFigure;
  figures: OfficialFigure[];
  source: FigureSource;
  /** A footnote: the set disagrees with others, its scope is unclear, its date is inferred… */
  note?: string;
}

const DANVAN_2018: FigureSource = {
  title: 'An Giang: Lan tỏa các phong trào dân vận khéo',
  publisher: 'Ban Dân vận Trung ương (danvan.vn)',
  url: 'http://danvan.vn/Home/Dan-van-kheo/8487/An-Giang-Lan-toa-cac-phong-trao-dan-van-kheo',
};

const DCS_2023: FigureSource = {
  title: 'An Giang nhân rộng các mô hình “Dân vận khéo” và “Dân vận khéo trong xây dựng nông thôn mới”',
  publisher: 'Cổng TTĐT Đảng bộ tỉnh An Giang',
  url: 'https://www.angiang.dcs.vn/Lists/XayDungDang/DispForm.aspx?PageIndex=2&ID=3554',
  date: '2023-12-14',
};

const NTM_PHU_TAN: FigureSource = {
  title: 'Ban Dân vận Tỉnh ủy tuyên truyền công tác dân vận tham gia xây dựng nông thôn mới tại huyện Phú Tân',
  publisher: 'Cổng thông tin Nông thôn mới tỉnh An Giang',
  url: 'https://nongthonmoi.angiang.gov.vn/wps/portal/Home/home/detail/sa-hoatdongcuasonganh/f517a2fa-d8d6-438e-b4b7-f17f3ba7089b',
};

const TUYENGIAO_TRI_TON_2022: FigureSource = {
  title: 'Tri Tôn có 430 mô hình dân vận khéo năm 2022',
  publisher: 'Tuyên giáo An Giang (tuyengiaoangiang.vn)',
  url: 'http://tuyengiaoangiang.vn/xay-dung-dang/dan-van/13898-tri-t%EF%BF%BD%EF%BF%BDn-c%EF%BF%BD%EF%BF%BD-430-m%EF%BF%BD%EF%BF%BD-h%EF%BF%BD%EF%BF%BDnh-d%EF%BF%BD%EF%BF%BDn-v%EF%BF%BD%EF%BF%BD%EF%BF%BDn-kh%EF%BF%BD%EF%BF%BDo-n%EF%BF%BD%EF%BF%BDm-2022.html',
};

const NOTE_4262 =
  'Bài không ghi năm và không nói số này đếm mô hình đăng ký, đang làm hay đã được công nhận. Con số không khớp với các bộ số khác của tỉnh (2.883 mô hình đã thực hiện năm 2018; 9.944 mô hình đăng ký trong 2021–2022; 12.362 mô hình đăng ký trong 2021–2023), nên chỉ nên đọc riêng, không so sánh.';

export const FIGURE_SETS: readonly FigureSet[] = [
  {
    id: 'an-giang-2018-linh-vuc',
    title: 'Năm 2018: mô hình đã thực hiện, theo lĩnh vực',
    place: 'an-giang',
    area: 'tỉnh An Giang (trước 1/7/2025)',
    period: 'năm 2018',
    counts:
      'Số mô hình của hai phong trào “Dân vận khéo” và “Dân vận khéo trong xây dựng nông thôn mới” mà toàn tỉnh đã làm trong năm, tách theo bốn lĩnh vực.',
    kind: 'parts',
    total: { label: 'Tổng số mô hình đã thực hiện', value: 2883, unit: 'mô hình' },
    figures: [
      { label: 'Phát triển kinh tế', value: 652, unit: 'mô hình' },
      { label: 'Văn hóa - xã hội', value: 1545, unit: 'mô hình' },
      { label: 'Quốc phòng - an ninh', value: 383, unit: 'mô hình' },
      { label: 'Xây dựng hệ thống chính trị', value: 303, unit: 'mô hình' },
    ],
    source: DANVAN_2018,
    note: 'Trang không ghi ngày đăng; số liệu do Phó Trưởng ban Dân vận Tỉnh ủy nêu cho năm 2018.',
  },
  {
    id: 'an-giang-2018-nguon-luc',
    title: 'Năm 2018: nguồn lực huy động qua phong trào',
    place: 'an-giang',
    area: 'tỉnh An Giang (trước 1/7/2025)',
    period: 'năm 2018',
    counts:
      'Tiền và nguồn lực mà tập thể, cá nhân, doanh nghiệp, nhà hảo tâm trong và ngoài tỉnh góp hoặc vận động được qua phong trào, dùng cho hạ tầng, chỉnh trang đô thị, đời sống người dân và giảm nghèo.',
    kind: 'list',
    figures: [{ label: 'Nguồn lực đóng góp và vận động', value: 1870, unit: 'tỷ đồng', qualifier: 'trên' }],
    source: DANVAN_2018,
    note: 'Trang không ghi ngày đăng.',
  },
  {
    id: 'an-giang-2021-2022',
    title: '2021–2022: mô hình đăng ký và đã thực hiện',
    place: 'an-giang',
    area: 'tỉnh An Giang (trước 1/7/2025)',
    period: '2021–2022',
    counts:
      'Mô hình của tập thể, cá nhân đăng ký theo hai danh hiệu “Dân vận khéo” và “Dân vận khéo trong xây dựng nông thôn mới” trong hai năm, và số mô hình đã làm được.',
    kind: 'compare',
    figures: [
      { label: 'Mô hình đăng ký', value: 9944, unit: 'mô hình' },
      { label: 'Mô hình đã thực hiện', value: 8926, unit: 'mô hình' },
    ],
    source: {
      title: 'An Giang: Dân vận khéo – cầu nối giữa ý Đảng với lòng dân',
      publisher: 'Báo Mới (trang tổng hợp tin, không ghi báo gốc)',
      url: 'https://lite.baomoi.com/an-giang-dan-van-kheo-cau-noi-giua-y-dang-voi-long-dan-c46727677.epi',
    },
    note: 'Bài đăng lại trên trang tổng hợp tin, không ghi báo gốc và ngày đăng; bài viết trong năm 2023. Số đăng ký khớp với bộ số 2021–2023: 9.944 cộng 2.418 lượt đăng ký năm 2023 đúng bằng 12.362.',
  },
  {
    id: 'an-giang-2021-2023',
    title: '2021–2023: mô hình đăng ký và đã thực hiện',
    place: 'an-giang',
    area: 'tỉnh An Giang (trước 1/7/2025)',
    period: '2021–2023',
    counts:
      'Mô hình của tập thể, cá nhân đăng ký theo hai danh hiệu “Dân vận khéo” và “Dân vận khéo trong xây dựng nông thôn mới”, cộng dồn ba năm, và số mô hình đã làm được, theo hội nghị sơ kết ngày 13/12/2023.',
    kind: 'compare',
    figures: [
      { label: 'Mô hình đăng ký', value: 12362, unit: 'mô hình' },
      { label: 'Mô hình đã thực hiện', value: 11651, unit: 'mô hình' },
    ],
    source: DCS_2023,
  },
  {
    id: 'an-giang-2023',
    title: 'Năm 2023: lượt đăng ký theo hai danh hiệu',
    place: 'an-giang',
    area: 'tỉnh An Giang (trước 1/7/2025)',
    period: 'năm 2023 (đến giữa tháng 12)',
    counts:
      'Số tập thể, cá nhân đăng ký theo hai danh hiệu “Dân vận khéo” và “Dân vận khéo trong xây dựng nông thôn mới” trên cả bốn lĩnh vực trong năm 2023.',
    kind: 'list',
    figures: [{ label: 'Tập thể, cá nhân đăng ký', value: 2418, unit: 'lượt đăng ký' }],
    source: DCS_2023,
    note: 'Số này đếm người và tập thể đăng ký, không phải số mô hình đã làm xong.',
  },
  {
    id: 'an-giang-dau-2024',
    title: 'Đầu tháng 3/2024: mô hình đang triển khai',
    place: 'an-giang',
    area: 'tỉnh An Giang (trước 1/7/2025)',
    period: 'tính đến đầu tháng 3/2024',
    counts:
      'Số mô hình “Dân vận khéo” và “Dân vận khéo trong xây dựng nông thôn mới” đang được triển khai trong toàn tỉnh, nêu tại hội nghị tổng kết công tác dân vận năm 2023 của Ban Dân vận Tỉnh ủy (ngày 7/3/2024).',
    kind: 'list',
    figures: [{ label: 'Mô hình được triển khai', value: 2400, unit: 'mô hình', qualifier: 'gần' }],
    source: {
      title: 'An Giang chú trọng công tác dân vận vùng đồng bào dân tộc thiểu số, tôn giáo',
      publisher: 'Dân tộc và Miền núi (dantocmiennui.vn)',
      url: 'https://dantocmiennui.vn/an-giang-chu-trong-cong-tac-dan-van-vung-dong-bao-dan-toc-thieu-so-ton-giao-post346663.html',
    },
    note: 'Con số này gần với 2.418 lượt đăng ký của riêng năm 2023 và nhỏ hơn nhiều so với số cộng dồn 2021–2023 (11.651 mô hình đã thực hiện); bài không nói rõ cách đếm.',
  },
  {
    id: 'an-giang-4262',
    title: 'Tổng số mô hình nêu tại một lớp tập huấn (không rõ năm)',
    place: 'an-giang',
    area: 'tỉnh An Giang (trước 1/7/2025)',
    period: 'không rõ năm (hội nghị ngày 15/3, trong giai đoạn 2021–2025)',
    counts:
      'Số mô hình “Dân vận khéo” và “Dân vận khéo trong xây dựng nông thôn mới” của toàn tỉnh, được giới thiệu tại hội nghị tập huấn ở xã Tân Hòa, huyện Phú Tân.',
    kind: 'list',
    figures: [{ label: 'Mô hình toàn tỉnh', value: 4262, unit: 'mô hình' }],
    source: NTM_PHU_TAN,
    note: NOTE_4262,
  },
  {
    id: 'phu-tan-mo-hinh',
    title: 'Phú Tân: số mô hình nêu tại một lớp tập huấn (không rõ năm)',
    place: 'phu-tan',
    area: 'huyện Phú Tân (trước 1/7/2025)',
    period: 'không rõ năm (hội nghị ngày 15/3, trong giai đoạn 2021–2025)',
    counts:
      'Số mô hình “Dân vận khéo” và “Dân vận khéo trong xây dựng nông thôn mới” của huyện, nêu cùng lúc với con số của toàn tỉnh.',
    kind: 'list',
    figures: [{ label: 'Mô hình trong huyện', value: 70, unit: 'mô hình' }],
    source: NTM_PHU_TAN,
    note: 'Bài không ghi năm và không nói cách đếm; số tiền vận động chỉ được nêu chung là “hàng tỷ đồng”, không có con số cụ thể.',
  },
  {
    id: 'an-giang-2025-theo-cap',
    title: 'Năm 2025: mô hình theo cấp, sau hợp nhất tỉnh',
    place: 'an-giang',
    area: 'tỉnh An Giang (từ 1/7/2025)',
    period: 'tính đến tháng 10/2025',
    counts: 'Số mô hình “Dân vận khéo” hiện có ở tỉnh An Giang mới, kể riêng theo từng cấp.',
    kind: 'compare',
    figures: [
      { label: 'Cấp cơ sở', value: 8889, unit: 'mô hình' },
      { label: 'Cấp xã', value: 3682, unit: 'mô hình' },
      { label: 'Cấp tỉnh', value: 2222, unit: 'mô hình' },
    ],
    source: {
      title: 'Dân vận khéo – sức mạnh kết nối ý Đảng với lòng dân',
      publisher: 'Báo An Giang (bản dịch đăng lại trên vietnam.vn)',
      url: 'https://www.vietnam.vn/sv/dan-van-kheo-suc-manh-ket-noi-y-dang-voi-long-dan',
      date: '2025-10-14',
    },
    note: 'Trang là bản dịch tiếng Thụy Điển của bài Báo An Giang; chưa đối chiếu được bản tiếng Việt, nên tên các cấp là dịch lại. Bài không nêu tổng và không nói một mô hình có được tính ở nhiều cấp hay không, nên không cộng ba con số.',
  },
  {
    id: 'an-giang-llvt-5-nam',
    title: '5 năm đến 2025: mô hình của lực lượng vũ trang tỉnh',
    place: 'an-giang',
    area: 'tỉnh An Giang, lực lượng vũ trang tỉnh (bài đăng sau 1/7/2025)',
    period: '5 năm, đến tháng 8/2025',
    counts:
      'Mô hình “Dân vận khéo” do lực lượng vũ trang tỉnh xây dựng trong 5 năm, tổng kinh phí và phần kinh phí huy động xã hội hóa.',
    kind: 'list',
    figures: [
      { label: 'Mô hình đã xây dựng', value: 96, unit: 'mô hình' },
      { label: 'Tổng kinh phí', value: 780, unit: 'tỷ đồng', qualifier: 'hơn' },
      { label: 'Phần xã hội hóa trong kinh phí', value: 90, unit: '%', qualifier: 'hơn' },
    ],
    source: {
      title: 'Dân vận khéo trong giai đoạn mới',
      publisher: 'Báo An Giang (bản dịch đăng lại trên vietnam.vn)',
      url: 'https://www.vietnam.vn/en/dan-van-kheo-trong-giai-doan-moi',
      date: '2025-08-21',
    },
    note: 'Trang là bản dịch tiếng Anh (“over”), nên chữ đứng trước số trong bản tiếng Việt có thể là “hơn” hoặc “trên”. Khoảng 5 năm này nằm cả trước và sau ngày hợp nhất tỉnh; bài không nói số liệu tính theo địa bàn cũ hay mới.',
  },
  {
    id: 'tri-ton-mo-hinh',
    title: 'Tri Tôn: mô hình đang thực hiện (không rõ thời điểm)',
    place: 'tri-ton',
    area: 'huyện Tri Tôn (trước 1/7/2025)',
    period: 'không rõ (bài không ghi ngày)',
    counts:
      'Mô hình “Dân vận khéo” trên các lĩnh vực đang được làm tại 79 khóm, ấp của huyện, tách theo mô hình tập thể và mô hình cá nhân.',
    kind: 'parts',
    total: { label: 'Tổng số mô hình đang thực hiện', value: 169, unit: 'mô hình' },
    figures: [
      { label: 'Mô hình tập thể', value: 132, unit: 'mô hình' },
      { label: 'Mô hình cá nhân', value: 37, unit: 'mô hình' },
    ],
    source: {
      title: 'An Giang: Dân vận khéo trong xây dựng nông thôn mới',
      publisher: 'Báo Công Thương',
      url: 'https://congthuong.vn/an-giang-dan-van-kheo-trong-xay-dung-nong-thon-moi-149517.html',
    },
    note: 'Bài không ghi ngày nên không rõ thời điểm. Một bài khác cho năm 2022 nêu 430 mô hình đăng ký ở Tri Tôn; hai con số khác thời điểm và cách đếm, không so sánh trực tiếp.',
  },
  {
    id: 'tri-ton-2022',
    title: 'Tri Tôn, năm 2022: mô hình đăng ký, theo tập thể và cá nhân',
    place: 'tri-ton',
    area: 'huyện Tri Tôn (trước 1/7/2025)',
    period: 'năm 2022',
    counts:
      'Mô hình do 29 cơ quan, đơn vị, xã, thị trấn đăng ký thực hiện qua phong trào “Dân vận khéo” và “Dân vận khéo trong xây dựng nông thôn mới”, tách theo tập thể và cá nhân.',
    kind: 'parts',
    total: { label: 'Tổng số mô hình đăng ký', value: 430, unit: 'mô hình' },
    figures: [
      { label: 'Mô hình tập thể', value: 254, unit: 'mô hình' },
      { label: 'Mô hình cá nhân', value: 176, unit: 'mô hình' },
    ],
    source: TUYENGIAO_TRI_TON_2022,
    note: 'Trang không ghi ngày đăng.',
  },
  {
    id: 'tri-ton-2022-linh-vuc',
    title: 'Tri Tôn, năm 2022: mô hình nêu theo lĩnh vực',
    place: 'tri-ton',
    area: 'huyện Tri Tôn (trước 1/7/2025)',
    period: 'năm 2022',
    counts: 'Số mô hình mà bài kể ra cho từng lĩnh vực, trong số mô hình đăng ký năm 2022.',
    kind: 'compare',
    figures: [
      { label: 'Kinh tế', value: 100, unit: 'mô hình' },
      { label: 'Văn hóa - xã hội', value: 188, unit: 'mô hình' },
      { label: 'Quốc phòng - an ninh', value: 46, unit: 'mô hình' },
      { label: 'Xây dựng hệ thống chính trị', value: 13, unit: 'mô hình' },
    ],
    source: TUYENGIAO_TRI_TON_2022,
    note: 'Bốn con số cộng lại là 347, không bằng tổng 430 mô hình đăng ký mà cùng bài nêu; bài không giải thích phần chênh lệch, nên không xem đây là cách chia của tổng số.',
  },
  {
    id: 'chau-phu-2018',
    title: 'Châu Phú, năm 2018: mô hình đăng ký và mô hình mới',
    place: 'chau-phu',
    area: 'huyện Châu Phú (trước 1/7/2025)',
    period: 'tính đến tháng 10/2018',
    counts:
      'Mô hình “Dân vận khéo” và “Dân vận khéo trong xây dựng nông thôn mới” đã đăng ký và đang được làm trong huyện, và số mô hình mới lập trong năm 2018.',
    kind: 'list',
    figures: [
      { label: 'Mô hình đăng ký, đang thực hiện', value: 235, unit: 'mô hình' },
      { label: 'Trong đó: mô hình mới năm 2018', value: 44, unit: 'mô hình' },
    ],
    source: {
      title: 'Châu Phú họp mặt Ngày truyền thống công tác dân vận của Đảng',
      publisher: 'Không rõ (trang tin trên địa chỉ 221.133.9.35, bài của Đài Truyền thanh)',
      url: 'http://221.133.9.35:8001/tin-tuc/tin-trong-tinh/chau-phu-hop-mat-ngay-truyen-thong-cong-tac-dan-van-cua-dang-13957.html',
      date: '2018-10-12',
    },
    note: '44 mô hình mới nằm trong số 235, không cộng thêm. Trang đặt trên một địa chỉ IP, không rõ cơ quan chủ quản.',
  },
  {
    id: 'chau-thanh-2019',
    title: 'Châu Thành, năm 2019: mô hình đã thực hiện',
    place: 'chau-thanh',
    area: 'huyện Châu Thành, tỉnh An Giang (trước 1/7/2025)',
    period: 'năm 2019',
    counts:
      'Mô hình “Dân vận khéo” mà các cấp, ngành của huyện đã làm trong năm trên bốn lĩnh vực, và tổng giá trị của các mô hình đó.',
    kind: 'list',
    figures: [
      { label: 'Mô hình đã thực hiện', value: 342, unit: 'mô hình' },
      { label: 'Tổng giá trị', value: 30, unit: 'tỷ đồng', qualifier: 'gần' },
    ],
    source: {
      title: 'Châu Thành: Thực hiện 342 mô hình “Dân vận khéo”',
      publisher: 'Báo An Giang',
      url: 'https://baoangiang.com.vn/chau-thanh-thuc-hien-342-mo-hinh-dan-van-kheo--a256929.html',
      date: '2019-10-24',
    },
  },
  {
    id: 'thoai-son-2016-2020',
    title: 'Thoại Sơn, 2016–2020: mô hình và đơn vị tham gia',
    place: 'thoai-son',
    area: 'huyện Thoại Sơn (trước 1/7/2025)',
    period: '2016–2020',
    counts:
      'Số mô hình “Dân vận khéo” và “Dân vận khéo trong xây dựng nông thôn mới, đô thị văn minh” trong huyện, và số đơn vị, tổ chức, cá nhân đăng ký mới hoặc duy trì các mô hình ấy.',
    kind: 'list',
    figures: [
      { label: 'Mô hình', value: 128, unit: 'mô hình' },
      { label: 'Đơn vị, tổ chức, cá nhân đăng ký hoặc duy trì', value: 440, unit: 'đơn vị, tổ chức, cá nhân' },
    ],
    source: {
      title:
        'Thoại Sơn: Phát huy và đẩy mạnh phong trào thi đua “Dân vận khéo” và “Dân vận khéo trong xây dựng nông thôn mới”',
      publisher: 'Báo An Giang',
      url: 'https://baoangiang.com.vn/thoai-son-phat-huy-va-day-manh-phong-trao-thi-dua-dan-van-kheo-va-dan-van-kheo-trong-xay-dung-no-a286571.html',
      date: '2020-10-14',
    },
  },
  {
    id: 'long-xuyen-2011-2015',
    title: 'Long Xuyên, 2011–2015: loại mô hình, tổ mô hình và thành viên',
    place: 'long-xuyen',
    area: 'thành phố Long Xuyên (trước 1/7/2025)',
    period: '2011–2015',
    counts:
      'Kết quả 5 năm phong trào thi đua “Dân vận khéo” của thành phố: số loại mô hình, số tổ mô hình và số người tham gia.',
    kind: 'list',
    figures: [
      { label: 'Loại mô hình', value: 17, unit: 'loại' },
      { label: 'Tổ mô hình', value: 1040, unit: 'tổ' },
      { label: 'Thành viên tham gia', value: 56000, unit: 'người', qualifier: 'trên' },
    ],
    source: {
      title: 'Long Xuyên: Họp mặt kỷ niệm 85 năm Ngày truyền thống công tác Dân vận của Đảng',
      publisher: 'Tuyên giáo An Giang (tuyengiaoangiang.vn)',
      url: 'http://tuyengiaoangiang.vn/xay-dung-dang/dan-van/1433-long-xuyen-hop-mat-ky-niem-85-nam-ngay-truyen-thong-cong-tac-dan-van-cua-dang.html',
    },
    note: 'Trang chỉ ghi buổi họp mặt diễn ra ngày 13/10, dịp kỷ niệm 85 năm (1930–2015), không ghi ngày đăng. Cách đếm (“tổ mô hình”) khác với các bộ số khác.',
  },
  {
    id: 'kien-luong-2021-2023',
    title: 'Kiên Lương, 2021–2023: mô hình đăng ký',
    place: 'kien-luong',
    area: 'huyện Kiên Lương, tỉnh Kiên Giang (trước 1/7/2025)',
    period: '2021–2023',
    counts:
      'Mô hình tập thể và cá nhân đăng ký trong hơn hai năm triển khai phong trào thi đua “Dân vận khéo” của huyện.',
    kind: 'list',
    figures: [{ label: 'Mô hình tập thể, cá nhân đăng ký', value: 248, unit: 'mô hình' }],
    source: {
      title: 'Kiên Lương biểu dương phong trào thi đua “Dân vận khéo” giai đoạn 2021-2023',
      publisher: 'Đài Truyền thanh huyện Kiên Lương (trang blog)',
      url: 'https://daitruyenthanhkl.blogspot.com/2023/10/kien-luong-bieu-duong-phong-trao-thi-ua.html',
    },
    note: 'Trang chỉ ghi hội nghị sơ kết diễn ra ngày 30/10, không ghi năm đăng.',
  },
  {
    id: 'vinh-thuan-2021-2023',
    title: 'Vĩnh Thuận, 2021–2023: mô hình được công nhận cấp huyện',
    place: 'vinh-thuan',
    area: 'huyện Vĩnh Thuận, tỉnh Kiên Giang (trước 1/7/2025)',
    period: '2021–2023',
    counts: 'Mô hình “Dân vận khéo” được huyện công nhận ở cấp huyện trong giai đoạn.',
    kind: 'list',
    figures: [{ label: 'Mô hình được công nhận cấp huyện', value: 93, unit: 'mô hình' }],
    source: {
      title: 'Vĩnh Thuận công nhận 93 mô hình “Dân vận khéo”',
      publisher: 'Báo Kiên Giang',
      url: 'https://www.baokiengiang.vn/trong-tinh/vinh-thuan-cong-nhan-93-mo-hinh-dan-van-kheo-17149.html',
      date: '2023-10-15',
    },
  },
];
