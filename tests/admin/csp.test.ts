/** /admin/'s own Content-Security-Policy: the trial's working policy for Sveltia, plus the office's forge. */
import { describe, expect, test } from 'vitest';
import { FORGE } from '../../src/admin/backend.ts';
import { adminCsp } from '../../src/admin/csp.ts';

const directives = (policy: string) =>
  new Map(policy.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)] as const));

describe('adminCsp', () => {
  test('runs scripts from the site only and lets the editor reach the forge of the backend settings', () => {
    const policy = directives(adminCsp());
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'", 'blob:', 'data:', new URL(FORGE.origin).origin]);
    expect(policy.get('img-src')).toContain(new URL(FORGE.origin).origin);
    expect(policy.get('font-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });

  test('names only the forge’s origin, whatever path its address has', () => {
    expect(adminCsp({ forge: 'https://git.x.example/forgejo/' })).toContain(
      "connect-src 'self' blob: data: https://git.x.example;",
    );
  });

  test('adds frame-ancestors only for a response header, where it works (a <meta> cannot carry it)', () => {
    expect(adminCsp()).not.toContain('frame-ancestors');
    expect(adminCsp({ frameAncestors: true })).toMatch(/; frame-ancestors 'none'$/);
  });
});
