import { existsSync } from 'node:fs';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';

/** Where Debian's fonts-noto-cjk puts the font that draws Chinese labels. */
const cjkFont = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

/**
 * With the CJK font at hand only it is loaded (loading every system font costs more per chart
 * than drawing it); without it, system fonts are searched. Either way Chinese labels are drawn
 * with a CJK font rather than as empty boxes.
 */
const fontOptions = (): ResvgRenderOptions['font'] =>
  existsSync(cjkFont)
    ? { loadSystemFonts: false, fontFiles: [cjkFont], defaultFontFamily: 'Noto Sans CJK SC' }
    : { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' };

/** Rasterises a chart's SVG for Word, off the main thread (a server keeps answering meanwhile). */
export async function svgToPng(svg: string, width: number): Promise<Buffer> {
  const image = await renderAsync(svg, { fitTo: { mode: 'width', value: width }, background: '#ffffff', font: fontOptions() });
  return image.asPng();
}
