/**
 * The production server as plain JavaScript: src/server.ts and the modules it imports, compiled into
 * one ES module that `node` runs without a TypeScript loader. Packages stay imports of node_modules.
 *
 * Why not `node --import tsx src/server.ts`: tsx also hooks every module Node loads afterwards — Next's
 * whole server bundle — and turns source maps on for it. Measured on a 1,000-article database: idle
 * RSS 415 MiB under tsx, 235 MiB compiled; throughput the same (bench/RESULTS.md).
 */
import path from 'node:path'

/** Relative to the project root. `import.meta.dirname/..` inside it is the project root again. */
export const SERVER_ENTRY = 'build/server.mjs'

/**
 * Node's flags for the server, on every path that starts it (`npm start`, `npm run serve`, the tests'
 * and the benchmark's servers; docs/operations.md tells process managers). They must be on the
 * command line: V8 sizes its heap before any of our code runs.
 *
 * `--max-semi-space-size=64` (MiB; Node 20's default is 16): an uncached list answer builds ~80 KB of
 * JSON from objects that live as long as the request — a few hundred ms under load. With small young
 * generations they survive two scavenges, are copied into the old generation and wait there for a
 * full collection; the heap grew to 420 MiB between two of them. With 64 MiB most die young. Measured
 * on 10,000 articles, 16 connections (bench/RESULTS.md, issue 23): S1 +15–20 %, S2 +5–15 %, S1's
 * peak RSS 456–459 instead of 572–597 MiB; idle RSS +30 MiB.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64']

export async function compileServerEntry(root: string): Promise<void> {
  // Loaded here, not above: test and benchmark processes import SERVER_ENTRY only.
  const { build } = await import('esbuild')
  await build({
    entryPoints: [path.join(root, 'src/server.ts')],
    outfile: path.join(root, SERVER_ENTRY),
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  })
}
