const named: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘',
  rsquo: '’', mdash: '—', ndash: '–', hellip: '…', middot: '·', times: '×', divide: '÷', ge: '≥',
  le: '≤', plusmn: '±', deg: '°', permil: '‰', sup2: '²', sup3: '³', bull: '•', yen: '¥',
  ensp: ' ', emsp: ' ', thinsp: ' ', copy: '©', reg: '®', laquo: '«', raquo: '»', minus: '−',
};

/** Decodes HTML character references (&amp;, &#20154;, &#x4eba;); unknown names stay as printed. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return named[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
