import { utilityProcess } from 'electron'
import type { LaunchProcess } from './integrity'

/**
 * The app's database jobs in Electron's utilityProcess: a Node process of Chromium's own service
 * kind, which works with the RunAsNode fuse off (child_process.fork does not). Electron-only, so
 * kept to this wrapper; everything else about the jobs is tested in Node through `forkNode`.
 */
export const launchUtilityProcess: LaunchProcess = (script) => {
  const child = utilityProcess.fork(script, [], { serviceName: 'Wlz Werkplek databasewerk', stdio: 'inherit' })
  return {
    post: (message) => child.postMessage(message),
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.once('exit', listener),
    kill: () => void child.kill(),
  }
}
