// Bundles the diagram client into web/ (tactician-diagram.js and .css), the files
// org.tactician.diagrams.client.ClientFiles serves. Fonts are inlined: the server serves nothing else.
import { build } from 'esbuild';

await build({
    entryPoints: { 'tactician-diagram': 'ts/index.ts' },
    outdir: 'web',
    bundle: true,
    // TACTICIAN_NO_MINIFY=1 keeps names readable, for profiling (DiagramBenchmarkTest)
    minify: process.env.TACTICIAN_NO_MINIFY !== "1",
    sourcemap: false,
    format: 'iife',
    target: ['chrome110', 'safari16'],
    platform: 'browser',
    jsxFactory: 'svg',
    loader: { '.ttf': 'dataurl', '.woff': 'dataurl', '.woff2': 'dataurl', '.svg': 'dataurl' },
    legalComments: 'none',
    logLevel: 'warning'
});
