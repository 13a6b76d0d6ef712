/**
 * Site-wide settings, resolved once. Pages and components import from here instead of repeating
 * a string or a number; `astro.config.mjs` reads `SITE_URL` from here too.
 */

/** Where the public site will live. Used for canonical URLs, feeds and citations. */
export const SITE_URL = 'https://danvankheo.angiang.example';

/** Name shown in the header, in `<title>` and in citations. */
export const SITE_NAME = 'Dân vận khéo An Giang';

/** One line describing the site, used as the home page description. */
export const SITE_DESCRIPTION =
  'Nơi giới thiệu từng mô hình “Dân vận khéo” tiêu biểu của tỉnh An Giang: ở đâu, ai làm, làm gì, kết quả ra sao và nguồn tin.';

/**
 * The headline of the site's own share picture, which Zalo and Facebook show for every page that
 * has none of its own (the home page, listings, places): what the site is, in the words of
 * SITE_DESCRIPTION.
 */
export const SITE_SHARE_TITLE = 'Mô hình “Dân vận khéo” tiêu biểu của tỉnh An Giang';

/** Who publishes the site (shown in the footer and in citations). */
export const PUBLISHER = 'Ban biên tập Dân vận khéo An Giang';

/**
 * Where the press and readers write to. The domain is the same reserved `.example` placeholder as
 * SITE_URL: both must be set to the real ones at deployment, never guessed.
 */
export const CONTACT_EMAIL = 'bientap@danvankheo.angiang.example';

/** All calendar logic ("is this published yet?", "today") uses Vietnam's time zone. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Locale for dates, numbers and sorting. */
export const LOCALE = 'vi-VN';

/** Cards per listing page; facet and listing pages paginate by this. */
export const PAGE_SIZE = 12;

/** How many models and news items the home page features. */
export const HOME_FEATURED_MODELS = 3;
export const HOME_LATEST_NEWS = 3;
