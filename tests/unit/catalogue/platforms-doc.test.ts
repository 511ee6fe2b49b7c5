import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPlatformsDoc } from '../../../src/catalogue/platforms-doc';
import { loadCatalogue } from '../support/catalogue';

describe('docs/platforms.md', () => {
  it('is current with the catalogue (run npx tsx scripts/write-platforms-doc.ts)', () => {
    const onDisk = readFileSync(new URL('../../../docs/platforms.md', import.meta.url), 'utf8');
    expect(onDisk === renderPlatformsDoc(loadCatalogue()), 'docs/platforms.md is stale: run npx tsx scripts/write-platforms-doc.ts').toBe(true);
  });

  it('lists every platform with its encryption, owner, the guide, the changes and sources', () => {
    const doc = renderPlatformsDoc(loadCatalogue());
    for (const p of loadCatalogue().platforms) {
      expect(doc).toContain(`## ${p.name} (\`${p.id}\`)`);
      for (const s of p.sources) expect(doc).toContain(s.url);
    }
    expect(doc).toContain('| `encryption.group` | to-server | admin-e2ee');
  });
});
