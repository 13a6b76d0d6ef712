/**
 * The components `.mdx` entries use without importing them: the layouts hand this map to the
 * entry's `<Content components={…} />`. Its keys are the names the rules in
 * src/lib/mdx-components.ts accept, and TypeScript keeps the two lists equal.
 */
import type { MdxComponentName } from '../../lib/mdx-components.ts';
import DongThoiGian from './DongThoiGian.astro';
import Moc from './Moc.astro';
import SoLieu from './SoLieu.astro';
import TrichDan from './TrichDan.astro';

export const MDX_COMPONENTS = { TrichDan, DongThoiGian, Moc, SoLieu } satisfies Record<MdxComponentName, unknown>;
