import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

/** Where Debian's fonts-noto-cjk puts the font that draws Chinese labels. */
const cjkFont = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

/**
 * Rasterises a chart's SVG for Word. System fonts are loaded so that Chinese labels are drawn
 * with a CJK font (Noto Sans CJK SC) rather than as empty boxes.
 */
export function svgToPng(svg: string, width: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    background: '#ffffff',
    font: {
      loadSystemFonts: true,
      fontFiles: existsSync(cjkFont) ? [cjkFont] : [],
      defaultFontFamily: 'Noto Sans CJK SC',
    },
  });
  return resvg.render().asPng();
}
