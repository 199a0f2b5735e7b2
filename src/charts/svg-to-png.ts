import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

const require = createRequire(import.meta.url);

/** The family name the charts use; the only fonts the renderer knows (WebAssembly has no system fonts). */
export const chartFontFamily = 'Inter';
const fontFiles = [
  '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
  '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf',
];

let ready: Promise<Uint8Array[]> | undefined;

/**
 * Compiles the resvg WebAssembly module and reads the fonts once per
 * process, on first use: the module can be instantiated only once, and a
 * bot that never draws a chart should not pay for it. A failed start is
 * forgotten, so the next call tries again.
 */
function start(): Promise<Uint8Array[]> {
  ready ??= (async () => {
    const [, ...fonts] = await Promise.all([
      initWasm(readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm'))),
      ...fontFiles.map(async (file) => new Uint8Array(await readFile(require.resolve(file)))),
    ]);
    return fonts as Uint8Array[];
  })().catch((err: unknown) => {
    ready = undefined;
    throw err;
  });
  return ready;
}

/** Rasterises an SVG at its own size, in-process (resvg compiled to WebAssembly). */
export async function svgToPng(svg: string, opts: { background?: string } = {}): Promise<Buffer> {
  const fontBuffers = await start();
  const renderer = new Resvg(svg, {
    font: { fontBuffers, defaultFontFamily: chartFontFamily, sansSerifFamily: chartFontFamily },
    fitTo: { mode: 'original' },
    ...(opts.background ? { background: opts.background } : {}),
  });
  try {
    const image = renderer.render();
    try {
      return Buffer.from(image.asPng());
    } finally {
      image.free();
    }
  } finally {
    renderer.free();
  }
}
