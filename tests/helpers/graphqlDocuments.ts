/**
 * GraphQL documents built to probe the query limits (src/graphqlLimits.ts).
 */

/**
 * A "fragment bomb": `levels` fragments, each spreading the next one twice, the last holding two
 * aliased fields — 2^levels aliased fields if expanded, `levels` fragments to read if each is
 * measured once.
 */
export function fragmentBomb(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) =>
    i + 1 < levels
      ? `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`
      : `fragment F${i} on Query { x: Articles { totalDocs } y: Articles { totalDocs } }`,
  )
  return ['query Bomb { ...F0 }', ...fragments].join('\n')
}
