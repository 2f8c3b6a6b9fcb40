import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { type QrShape, qrShape } from '../../../src/ui/handover/qr.ts';

/** Paints a shape's unit squares into RGBA pixels (white ground, black modules), `scale` pixels per module. */
function rasterise({ size, path }: QrShape, scale = 4): { data: Uint8ClampedArray; width: number } {
  const width = size * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y] of path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy++)
      for (let dx = 0; dx < scale; dx++) {
        const i = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4;
        data[i] = data[i + 1] = data[i + 2] = 0;
      }
  }
  return { data, width };
}

const decode = (text: string) => {
  const { data, width } = rasterise(qrShape(text));
  return jsQR(data, width, width)?.data;
};

describe('qrShape', () => {
  it('encodes a handed-over list so that a scanner reads back the exact link', () => {
    const url = 'https://lotse.example/list?ids=koki-ostallgaeu,donum-vitae-kaufbeuren,notruf-112';
    expect(decode(url)).toBe(url);
  });

  it('still reads back a long list of 30 offers and non-ASCII text', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `angebot-mit-langem-namen-${i}`).join(',');
    const url = `https://lotse.example/list?ids=${ids}`;
    expect(decode(url)).toBe(url);
    expect(decode('Schwangerschaftsberatung Kaufbeuren – Hilfe für Familien')).toBe(
      'Schwangerschaftsberatung Kaufbeuren – Hilfe für Familien',
    );
  });

  it('leaves a quiet zone of four modules on every side', () => {
    const { size, path } = qrShape('https://lotse.example/list?ids=a');
    const coords = [...path.matchAll(/M(\d+) (\d+)/g)].flatMap(([, x, y]) => [Number(x), Number(y)]);
    expect(Math.min(...coords)).toBe(4);
    expect(Math.max(...coords)).toBe(size - 5);
  });
});
