import type { AppBridge } from '../shared/contracts/catalog'

declare global {
  interface Window {
    /** The whole bridge: `invoke(route, input)` and `on(event, cb) → unsubscribe`. */
    readonly api: AppBridge
  }
}
export {}
