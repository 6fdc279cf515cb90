import type { z } from 'zod'
import { routes, type RouteInput, type RouteName } from '../../../shared/contracts/catalog'
import { ApiError } from './client'

/**
 * Checks a form's values with a zod schema from src/shared before anything is called, so the adviser
 * sees every problem of the form at once (zod reports them all), not the first one per click. The
 * issues travel like the router's own (ApiError), so `useAction` and `FieldIssues` place them.
 */
export function checkWith<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const issues = result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }))
  const message = issues.length === 1 ? 'Verbeter het gemarkeerde veld.' : `Verbeter de ${issues.length} gemarkeerde velden.`
  throw new ApiError({ code: 'VALIDATION_ERROR', message, issues })
}

/** `checkWith` for a route's own input schema; the input goes on unchanged (main parses it again). */
export function checkInput<N extends RouteName>(route: N, input: unknown): RouteInput<N> {
  checkWith(routes[route].input, input)
  return input as RouteInput<N>
}
