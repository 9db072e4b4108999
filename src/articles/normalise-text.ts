/**
 * Whitespace rules for extracted text. Only ASCII whitespace collapses: non-breaking and thin
 * spaces carry meaning in French typography ("5,57\u202f%", "« oui »") and stay as they are.
 */
const ASCII_WHITESPACE = /[ \t\n\r\f\v]+/g;

/** Collapses runs of ASCII whitespace to one space and trims ASCII whitespace at both ends. */
export function collapseWhitespace(text: string): string {
  return text.replace(ASCII_WHITESPACE, ' ').replace(/^ | $/g, '');
}

/** The form hashed for duplicate detection: lowercase, every kind of whitespace collapsed. */
export function normaliseForHash(text: string): string {
  return text.toLowerCase().replace(/\s+/gu, ' ').trim();
}
