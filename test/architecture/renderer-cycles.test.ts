import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// No import cycles in the renderer, type-only imports included: a cycle means two modules that can
// only be understood (and changed) together, like the dossier tabs that imported their own page.
const RENDERER = resolve(import.meta.dirname, '../../src/renderer')

// `import … from './x'`, `import type … from`, `export … from`, `import './x'` and `import('./x')`
// (dynamic, or inside a type). Only relative specifiers: packages and src/shared cannot import back.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g
const CANDIDATES = ['', '.ts', '.tsx', '/index.ts', '/index.tsx']

type Graph = Map<string, string[]>

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : []
  })
}

/** The module a relative specifier names, or null for a stylesheet or anything that is not TypeScript. */
function resolveImport(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier)
  for (const suffix of CANDIDATES) {
    const path = base + suffix
    if (/\.tsx?$/.test(path) && existsSync(path) && statSync(path).isFile()) return path
  }
  return null
}

function importGraph(root: string): Graph {
  const graph: Graph = new Map()
  for (const file of sourceFiles(root)) {
    const targets = [...readFileSync(file, 'utf8').matchAll(SPECIFIER)]
      .map((m) => resolveImport(file, m[1]!))
      .filter((t): t is string => t !== null && t.startsWith(root))
    graph.set(file, [...new Set(targets)])
  }
  return graph
}

/** Every cycle found by a depth-first search, each as the list of modules from its first to its last. */
function findCycles(graph: Graph): string[][] {
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const cycles: string[][] = []
  const visit = (node: string) => {
    state.set(node, 'open')
    stack.push(node)
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push(stack.slice(stack.indexOf(next)))
      else if (!state.has(next)) visit(next)
    }
    stack.pop()
    state.set(node, 'done')
  }
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node)
  return cycles
}

describe('renderer import graph', () => {
  it('the search finds a cycle when there is one', () => {
    const graph: Graph = new Map([
      ['page', ['tab', 'header']],
      ['tab', ['page']],
      ['header', []],
    ])
    expect(findCycles(graph)).toEqual([['page', 'tab']])
  })

  it('has no import cycles, type-only imports included', () => {
    const graph = importGraph(RENDERER)
    expect(graph.size).toBeGreaterThan(50)
    const named = findCycles(graph).map((cycle) => [...cycle, cycle[0]!].map((f) => relative(RENDERER, f)).join(' → '))
    expect(named).toEqual([])
  })
})
