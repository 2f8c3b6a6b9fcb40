import jsQR from 'jsqr';
import type { Locator } from 'playwright-core';

/**
 * Reads a QR code the way a phone camera would: the page draws the rendered <svg> onto a canvas (white ground,
 * 6 px per module), hands back the pixels, and jsQR decodes them here. Returns null when nothing decodes.
 */
export async function scanQr(svg: Locator): Promise<string | null> {
  const image = await svg.evaluate(async (element) => {
    const box = (element as SVGSVGElement).viewBox.baseVal;
    const side = box.width * 6;
    const markup = new XMLSerializer().serializeToString(element);
    const img = new Image(side, side);
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = side;
    canvas.height = side;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, side, side);
    context.drawImage(img, 0, 0, side, side);
    return { side, data: Array.from(context.getImageData(0, 0, side, side).data) };
  });
  return jsQR(Uint8ClampedArray.from(image.data), image.side, image.side)?.data ?? null;
}
