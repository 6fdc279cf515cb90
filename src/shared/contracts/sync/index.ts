/** The sync contracts shared by the Werkplek-server and the workstation's sync client. See docs/sync-protocol.md. */
export * from './ids'
export * from './entities'
export * from './protocol'
export * from './auth'
export * from './beheer'
export * from './kenmerken'
export { ROLES, type Role, AFDELINGEN } from './auditAccount'
