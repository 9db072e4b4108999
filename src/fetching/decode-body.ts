import iconv from 'iconv-lite';

/**
 * Bytes to text, the way a browser would pick the charset (WHATWG encoding sniffing, simplified):
 * a byte order mark first (it cannot lie, while headers often do), then the Content-Type charset,
 * then the XML declaration, then a <meta> charset in the first 2 KB, then UTF-8 when the bytes are
 * valid UTF-8 and windows-1252 when they are not. An unknown label is skipped, never fatal.
 * Pure: used on HTTP bodies and on feed files read from disk alike.
 */
export interface DecodedBody {
  text: string;
  /** The charset used, as a lower-case canonical name (e.g. 'utf-8', 'windows-1252'). */
  charset: string;
}

const metaScanBytes = 2048;

/** WHATWG label aliases that iconv-lite would otherwise decode differently (or not know). */
const aliases: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  'iso_8859-1': 'windows-1252',
  latin1: 'windows-1252',
  l1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  cp1252: 'windows-1252',
  'x-cp1252': 'windows-1252',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  gb2312: 'gbk',
  'x-gbk': 'gbk',
  'x-sjis': 'shift_jis',
  sjis: 'shift_jis',
  'ks_c_5601-1987': 'euc-kr',
  'big5-hkscs': 'big5hkscs',
  utf16: 'utf-16le',
  'utf-16': 'utf-16le',
  unicode: 'utf-16le',
};

/** A charset label to the canonical name we decode with, or undefined when no decoder knows it. */
export function canonicalCharset(label: string): string | undefined {
  const cleaned = label
    .trim()
    .replace(/^["']|["']$/g, '')
    .toLowerCase();
  if (cleaned === '') return undefined;
  const name = aliases[cleaned] ?? cleaned;
  return iconv.encodingExists(name) ? name : undefined;
}

export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const match = contentType?.match(/;\s*charset\s*=\s*("[^"]*"|[^;\s]*)/i);
  return match?.[1] === undefined ? undefined : canonicalCharset(match[1]);
}

function charsetFromBom(body: Buffer): { charset: string; length: number } | undefined {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (body[0] === 0xfe && body[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  if (body[0] === 0xff && body[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  return undefined;
}

/** Only ASCII-compatible charsets can be declared inside the document: a UTF-16 claim there is wrong. */
function declaredInDocument(label: string | undefined): string | undefined {
  const charset = label === undefined ? undefined : canonicalCharset(label);
  return charset?.startsWith('utf-16') ? 'utf-8' : charset;
}

function charsetFromXmlDeclaration(head: string): string | undefined {
  const declaration = head.match(/^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([^"']+)["']/i);
  return declaredInDocument(declaration?.[1]);
}

function charsetFromMeta(head: string): string | undefined {
  // Covers <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
  for (const tag of head.matchAll(/<meta\b[^>]*>/gi)) {
    const charset = tag[0].match(/charset\s*=\s*["']?\s*([\w.:-]+)/i);
    const found = declaredInDocument(charset?.[1]);
    if (found !== undefined) return found;
  }
  return undefined;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

/**
 * UTF-8 unless the bytes say otherwise: invalid UTF-8 with no valid multi-byte character at all is
 * windows-1252 (a page that says UTF-8, or nothing, but was written in a Western legacy charset);
 * invalid UTF-8 mixed with valid accents is UTF-8 with a few broken bytes, decoded leniently.
 */
function utf8OrWindows1252(body: Buffer): string {
  try {
    strictUtf8.decode(body);
    return 'utf-8';
  } catch {
    const text = lenientUtf8.decode(body);
    const validNonAscii = /[\u0080-\ufffc\ufffe\uffff\u{10000}-\u{10ffff}]/u.test(text);
    return validNonAscii ? 'utf-8' : 'windows-1252';
  }
}

function decodeWith(body: Buffer, charset: string): string {
  return iconv.decode(body, charset, { stripBOM: true });
}

export function decodeBody(body: Buffer, contentType?: string): DecodedBody {
  const bom = charsetFromBom(body);
  if (bom !== undefined) return { text: decodeWith(body, bom.charset), charset: bom.charset };

  const head = body.subarray(0, metaScanBytes).toString('latin1');
  const declared =
    charsetFromContentType(contentType) ?? charsetFromXmlDeclaration(head) ?? charsetFromMeta(head);
  // A page that says UTF-8 (or nothing) but holds no valid UTF-8 is almost always windows-1252 in
  // the French press; decoding it as UTF-8 would turn every accent into U+FFFD.
  if (declared === undefined || declared === 'utf-8') {
    const charset = utf8OrWindows1252(body);
    return { text: decodeWith(body, charset), charset };
  }
  return { text: decodeWith(body, declared), charset: declared };
}
