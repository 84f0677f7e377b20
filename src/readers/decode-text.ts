import iconv from 'iconv-lite';
import jschardet from 'jschardet';

/** Bytes looked at to choose an encoding: detection never scans a whole 50 MB file. */
const SAMPLE_BYTES = 64 * 1024;

export interface DecodedText {
  readonly text: string;
  /** utf-8 | utf-16le | utf-16be | gb18030 | big5 … (lower case, as iconv-lite names it) */
  readonly encoding: string;
}

/** The reason bytes are not text, or undefined when they are. */
export type NotText = 'binary' | 'undecodable';

/**
 * Decodes document bytes whatever their Chinese encoding: BOM first, then valid UTF-8,
 * else the detector's guess (GBK and GB2312 read as their superset GB18030).
 * Returns undefined when the bytes are not text (NUL bytes, control characters).
 */
export function decodeText(bytes: Uint8Array): DecodedText | undefined {
  const encoding = detectEncoding(bytes);
  if (encoding === undefined) return undefined;
  const text = decodeWith(bytes, encoding);
  return looksLikeText(text.slice(0, SAMPLE_BYTES)) ? { text, encoding } : undefined;
}

/** The encoding of bytes judged on their first 64 KB, or undefined for binary data. */
export function detectEncoding(bytes: Uint8Array): string | undefined {
  const bom = encodingFromBom(bytes);
  if (bom) return bom;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (sample.includes(0)) return undefined;
  if (isUtf8(sample, bytes.length > SAMPLE_BYTES)) return 'utf-8';
  return fromDetector(sample);
}

function encodingFromBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Valid UTF-8, forgiving a character cut at the end of a sample taken from a longer file. */
function isUtf8(sample: Uint8Array, truncated: boolean): boolean {
  const end = truncated ? completeUtf8End(sample) : sample.length;
  try {
    strictUtf8.decode(sample.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

/** Index just after the last complete UTF-8 sequence start (drops at most 3 trailing bytes). */
function completeUtf8End(sample: Uint8Array): number {
  for (let i = sample.length - 1; i >= Math.max(0, sample.length - 4); i--) {
    if ((sample[i] & 0xc0) !== 0x80) return i;
  }
  return sample.length;
}

const detectorNames: Record<string, string> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  gb18030: 'gb18030',
  big5: 'big5',
  'euc-tw': 'big5',
  ascii: 'utf-8',
};

function fromDetector(sample: Uint8Array): string {
  const guess = jschardet.detect(Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength));
  const name = (guess.encoding ?? '').toLowerCase();
  if (detectorNames[name]) return detectorNames[name];
  // Chinese plans are overwhelmingly GB18030 when not UTF-8; other guesses on short samples are noise.
  return name && iconv.encodingExists(name) && guess.confidence > 0.9 ? name : 'gb18030';
}

/** Decodes bytes in a known encoding (iconv-lite names), dropping a leading BOM. */
export function decodeWith(bytes: Uint8Array, encoding: string): string {
  const text =
    encoding === 'utf-8' || encoding === 'utf-16le'
      ? new TextDecoder(encoding).decode(bytes)
      : iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Text has few control characters other than tab, line breaks and form feed. */
export function looksLikeText(sample: string): boolean {
  if (sample.length === 0) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return control / sample.length < 0.01;
}
