import type { z } from 'zod'

/**
 * A route is one `area.verb` the renderer may invoke. `kind` tells the router whether the route
 * may write (write routes are refused while the database is read-only after a failed check).
 */
export interface RouteContract<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly kind: 'read' | 'write'
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
