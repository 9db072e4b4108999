import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARCS } from '../../fixtures/press-site/arcs.ts';
import { type PressSite, startPressSite } from '../../fixtures/press-site/server.ts';

let site: PressSite;
beforeAll(async () => {
  site = await startPressSite();
});
afterAll(async () => {
  await site.close();
});

async function bytesOf(url: string): Promise<{ bytes: Buffer; contentType: string }> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return {
    bytes: Buffer.from(await response.arrayBuffer()),
    contentType: response.headers.get('content-type') ?? '',
  };
}

describe('Agence Éco Presse, the windows-1252 wire', () => {
  it('sends cp1252 bytes with the charset in the HTTP header only', async () => {
    const { bytes, contentType } = await bytesOf(site.urlOf('aep-telvia-bourse'));
    expect(contentType).toBe('text/html; charset=windows-1252');
    const latin1 = bytes.toString('latin1');
    expect(latin1).not.toMatch(/<meta[^>]+charset/i);
    // "clôturé" with ô = 0xF4, "à" = 0xE0, é = 0xE9, ’ = 0x92 and € = 0x80 (only cp1252 has the last two).
    expect(bytes.includes(Buffer.from([0x63, 0x6c, 0xf4, 0x74, 0x75, 0x72, 0xe9]))).toBe(true);
    expect(bytes.includes(Buffer.from('L\x92action Telvia', 'latin1'))).toBe(true);
    expect(bytes.includes(Buffer.from('14,62 \x80', 'latin1'))).toBe(true);
    expect(bytes.includes(Buffer.from([0xc3, 0xa9]))).toBe(false); // no UTF-8 "é" anywhere
    expect(iconv.decode(bytes, 'win1252')).toContain('L’action Telvia a bondi de 4,8\u00a0% mardi');
  });

  it('has one page whose charset is only in a <meta>, not in the header', async () => {
    const { bytes, contentType } = await bytesOf(site.urlOf('aep-accord-de-paris'));
    expect(contentType).toBe('text/html');
    expect(bytes.toString('latin1')).toContain(
      '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
    );
    expect(bytes.includes(Buffer.from('mise en \x9cuvre', 'latin1'))).toBe(true); // œ = 0x9C
    expect(iconv.decode(bytes, 'win1252')).toContain(ARCS.articles['aep-accord-de-paris']?.title);
  });

  it('serves its RSS 1.0 feed in windows-1252, declared in the header and in the XML declaration', async () => {
    const url = site.sources().find((source) => source.name === 'agence-eco-presse')?.url ?? '';
    const { bytes, contentType } = await bytesOf(url);
    expect(contentType).toBe('application/rdf+xml; charset=windows-1252');
    expect(bytes.toString('latin1')).toMatch(/^<\?xml version="1.0" encoding="windows-1252"\?>/);
    expect(bytes.includes(Buffer.from('Agence \xc9co Presse', 'latin1'))).toBe(true); // É = 0xC9
    expect(iconv.decode(bytes, 'win1252')).toContain('<title>Telvia s’envole en Bourse');
  });
});
