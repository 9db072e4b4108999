import iconv from 'iconv-lite';
import { decodeBody } from '../../fetching/decode-body.ts';

/**
 * Feed bytes to text. XML's own detection (XML 1.0, appendix F) comes first, because it is the one a
 * feed can rely on and the only way to see UTF-32 or UTF-16 written without a byte order mark: the
 * first bytes of `<?xml` tell the code unit width. Everything else is the fetching step's decoding
 * (BOM, Content-Type charset, XML declaration, meta, UTF-8 else windows-1252).
 */
export function decodeFeedBytes(body: Buffer, contentType?: string): { text: string; charset: string } {
  const charset = sniffXmlUnits(body);
  if (charset) {
    const text = iconv.decode(body, charset, { stripBOM: true });
    return { text, charset };
  }
  return decodeBody(body, contentType);
}

function sniffXmlUnits(body: Buffer): string | undefined {
  if (body.length < 4) return undefined;
  const [a, b, c, d] = [body[0], body[1], body[2], body[3]];
  if (a === 0x00 && b === 0x00 && c === 0xfe && d === 0xff) return 'utf-32be';
  if (a === 0xff && b === 0xfe && c === 0x00 && d === 0x00) return 'utf-32le';
  if (a === 0x00 && b === 0x00 && c === 0x00 && d === 0x3c) return 'utf-32be';
  if (a === 0x3c && b === 0x00 && c === 0x00 && d === 0x00) return 'utf-32le';
  if (a === 0x00 && b === 0x3c && c === 0x00 && d === 0x3f) return 'utf-16be';
  if (a === 0x3c && b === 0x00 && c === 0x3f && d === 0x00) return 'utf-16le';
  return undefined;
}
