import type { z } from 'zod'

/**
 * A route is one `area.verb` the renderer may invoke. `kind` tells the router how it may run:
 * 'write' routes are refused while the database is read-only after a failed check; 'maintenance'
 * routes (back-ups, restart) work even when the database cannot be opened at all.
 */
export interface RouteContract<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly kind: 'read' | 'write' | 'maintenance'
  readonly input: I
  readonly output: O
}

/** Identity helper that keeps the literal route names and schema types of an area's routes. */
export function defineRoutes<const T extends Record<string, RouteContract>>(routes: T): T {
  return routes
}

/** Push events from main to renderer: name → payload schema. */
export function defineEvents<const T extends Record<string, z.ZodType>>(events: T): T {
  return events
}
