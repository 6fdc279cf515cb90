import type { EventName, EventPayload, RouteInput, RouteName, RouteOutput } from '../../../shared/contracts/catalog'
import type { AppErrorShape, FieldIssue } from '../../../shared/contracts/envelope'

/** A refused call: the Dutch message is meant for the adviser as is. */
export class ApiError extends Error {
  readonly code: AppErrorShape['code']
  readonly issues: FieldIssue[]
  constructor(error: AppErrorShape) {
    super(error.message)
    this.code = error.code
    this.issues = error.issues ?? []
  }
}

/** Invokes a route and unwraps the result envelope; throws ApiError when it was refused. */
export async function call<N extends RouteName>(route: N, input: RouteInput<N>): Promise<RouteOutput<N>> {
  const result = await window.api.invoke(route, input)
  if (!result.ok) throw new ApiError(result.error)
  return result.value
}

export function onEvent<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  return window.api.on(event, listener)
}

/** A problem found in the renderer itself (e.g. a file too large) whose message is meant for the adviser. */
export class UserError extends Error {}

export function messageOf(error: unknown): string {
  return error instanceof ApiError || error instanceof UserError ? error.message : 'Er ging iets mis. Probeer het opnieuw.'
}
