import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

/** Every .ts/.tsx file below `dir` (relative to the project), with its text. */
export function sourceFiles(dir: string): Array<{ path: string; text: string }> {
  const out: Array<{ path: string; text: string }> = []
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts'))
        out.push({ path: relative(process.cwd(), full), text: readFileSync(full, 'utf8') })
    }
  }
  walk(resolve(dir))
  return out
}

/** The relative imports of a file, resolved to project paths (type-only imports included: they make cycles too). */
export function relativeImports(file: { path: string; text: string }, known: ReadonlySet<string>): string[] {
  const specs = [...file.text.matchAll(/(?:import|export)[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!)
  return specs
    .map((spec) => {
      const base = relative(process.cwd(), resolve(dirname(file.path), spec))
      return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((p) => known.has(p))
    })
    .filter((p): p is string => p !== undefined)
}

/** Import cycles among the files, each as the list of files around the loop. */
export function importCycles(files: Array<{ path: string; text: string }>): string[][] {
  const known = new Set(files.map((f) => f.path))
  const edges = new Map(files.map((f) => [f.path, relativeImports(f, known)]))
  const cycles: string[][] = []
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const visit = (node: string) => {
    state.set(node, 'open')
    stack.push(node)
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next])
      else if (!state.has(next)) visit(next)
    }
    stack.pop()
    state.set(node, 'done')
  }
  for (const f of known) if (!state.has(f)) visit(f)
  return cycles
}
