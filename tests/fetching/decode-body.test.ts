import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../src/fetching/decode-body.ts';

/** Bytes from a string whose characters are all below 256 (written as \xNN escapes where needed). */
const bytes = (latin1: string) => Buffer.from(latin1, 'latin1');

describe('decodeBody', () => {
  it('decodes windows-1252 from the Content-Type header, € and œ included', () => {
    const body = bytes('<p>Le c\x9cur du march\xe9 : 12 \x80, d\xe9j\xe0 sign\xe9</p>');
    expect(decodeBody(body, 'text/html; charset=windows-1252')).toEqual({
      text: '<p>Le cœur du marché : 12 €, déjà signé</p>',
      charset: 'windows-1252',
    });
  });

  it('reads ISO-8859-1 as windows-1252, as browsers do', () => {
    const decoded = decodeBody(
      bytes('Soci\xe9t\xe9 G\xe9n\xe9rale \x96 5 \x80'),
      'text/html; charset="ISO-8859-1"',
    );
    expect(decoded).toEqual({ text: 'Société Générale – 5 €', charset: 'windows-1252' });
  });

  it('decodes ISO-8859-15, where 0xA4 is the euro sign', () => {
    expect(decodeBody(bytes('Prix : 40 \xa4'), 'text/plain; charset=iso-8859-15').text).toBe('Prix : 40 €');
  });

  it('finds the charset in <meta charset> and in <meta http-equiv> when the header has none', () => {
    const meta = bytes('<html><head><meta charset="windows-1252"><title>R\xe9sultats</title>');
    expect(decodeBody(meta, 'text/html')).toEqual({
      text: '<html><head><meta charset="windows-1252"><title>Résultats</title>',
      charset: 'windows-1252',
    });
    const httpEquiv = bytes(
      '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"><p>Co\xfbt : 3 \xa4</p>',
    );
    expect(decodeBody(httpEquiv).text).toContain('Coût : 3 €');
  });

  it('uses the XML declaration of a feed read from disk', () => {
    const feed = bytes('<?xml version="1.0" encoding="ISO-8859-15"?><rss><title>\xa4 et \xe9</title></rss>');
    expect(decodeBody(feed)).toEqual({
      text: '<?xml version="1.0" encoding="ISO-8859-15"?><rss><title>€ et é</title></rss>',
      charset: 'iso-8859-15',
    });
  });

  it('lets a byte order mark win over a wrong header, and strips it', () => {
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Échéance', 'utf8')]);
    expect(decodeBody(utf8, 'text/html; charset=iso-8859-1')).toEqual({ text: 'Échéance', charset: 'utf-8' });
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Fusion €', 'utf16le')]);
    expect(decodeBody(le)).toEqual({ text: 'Fusion €', charset: 'utf-16le' });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Fusion €', 'utf16le').swap16()]);
    expect(decodeBody(be)).toEqual({ text: 'Fusion €', charset: 'utf-16be' });
  });

  it('decodes East Asian charsets named in the header', () => {
    expect(decodeBody(Buffer.from([0xd6, 0xd0, 0xb9, 0xfa]), 'text/html; charset=gb2312').text).toBe('中国');
    expect(decodeBody(Buffer.from([0xa4, 0xa4, 0xa4, 0xe5]), 'text/html; charset=big5').text).toBe('中文');
    expect(decodeBody(Buffer.from([0xc7, 0xd1, 0xb1, 0xb9]), 'text/html; charset=euc-kr').text).toBe('한국');
  });

  it('falls back to UTF-8 on an unknown charset, and to windows-1252 when the bytes are not UTF-8', () => {
    const utf8 = Buffer.from('Rachat confirmé', 'utf8');
    expect(decodeBody(utf8, 'text/html; charset=x-bogus-42')).toEqual({
      text: 'Rachat confirmé',
      charset: 'utf-8',
    });
    expect(decodeBody(bytes('Rachat confirm\xe9'), 'text/html; charset=x-bogus-42')).toEqual({
      text: 'Rachat confirmé',
      charset: 'windows-1252',
    });
    expect(decodeBody(bytes('Rachat d\xe9menti'))).toEqual({
      text: 'Rachat démenti',
      charset: 'windows-1252',
    });
  });

  it('keeps UTF-8 when a valid UTF-8 page has one broken byte', () => {
    const body = Buffer.concat([Buffer.from('Déjà annoncé ', 'utf8'), Buffer.from([0xff])]);
    const decoded = decodeBody(body, 'text/html; charset=utf-8');
    expect(decoded.charset).toBe('utf-8');
    expect(decoded.text.startsWith('Déjà annoncé ')).toBe(true);
  });

  it('never throws on empty or binary input', () => {
    expect(decodeBody(Buffer.alloc(0))).toEqual({ text: '', charset: 'utf-8' });
    expect(() => decodeBody(Buffer.from([0, 255, 1, 254, 0x80]), 'text/html; charset=')).not.toThrow();
  });
});
