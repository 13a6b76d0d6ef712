import { describe, expect, test } from 'vitest';
import { MDX_COMPONENTS } from '../../../src/components/mdx/index.ts';
import { MDX_COMPONENT_NAMES } from '../../../src/lib/mdx-components.ts';

describe('MDX_COMPONENTS', () => {
  test('provides exactly the components the rules accept', () => {
    expect(Object.keys(MDX_COMPONENTS).sort()).toEqual([...MDX_COMPONENT_NAMES].sort());
  });
});
