import { routes, type RouteInput, type RouteName } from '../../../shared/contracts/catalog'
import { ApiError } from './client'

/**
 * Checks a route's input with its own zod schema before calling main, so the adviser sees every
 * problem of the form at once (zod reports them all), not the first one per click.
 */
export function checkInput<N extends RouteName>(route: N, input: unknown): RouteInput<N> {
  const result = routes[route].input.safeParse(input)
  if (result.success) return input as RouteInput<N>
  const issues = result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }))
  const message = issues.length === 1 ? 'Verbeter het gemarkeerde veld.' : `Verbeter de ${issues.length} gemarkeerde velden.`
  throw new ApiError({ code: 'VALIDATION_ERROR', message, issues })
}
