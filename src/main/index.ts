import { app, BrowserWindow, dialog, ipcMain, net, protocol, safeStorage, session, shell } from 'electron'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createBackend, type Backend } from './backend'
import { safeStorageKeyWrapper } from './db/safeStorageKeys'
import { launchUtilityProcess } from './db/utilityProcess'
import { unprotectedKeyWrapper } from './db/keys'
import { pushEvent, registerIpc } from './ipc/electronIpc'
import { resolveDataDir } from './lib/paths'
import { storyClock } from './lib/clock'
import { referenceDataDir } from './lib/referenceDir'
import { installSecurityGuards } from './security/guards'
import { APP_SCHEME, appUrl, resolveAppFile } from './security/appProtocol'
import { createMainWindow } from './windows/mainWindow'
import { createElectronPrinting } from './print/electronPdf'

// Lifecycle only: everything else lives in the backend (plain TypeScript, tested without Electron).
const outDir = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
let backend: Backend | null = null

if (!app.requestSingleInstanceLock()) app.quit()
// Native controls (file pickers, context menus, spellcheck) in Dutch whatever the OS language.
app.commandLine.appendSwitch('lang', 'nl-NL')
app.enableSandbox()
// app:// behaves like a web origin (CSP 'self', fetch) without file://'s privileges; registered before ready.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])

app
  .whenReady()
  .then(() => {
    installSecurityGuards(app, shell, session.defaultSession, devServerUrl)
    // Every file a window loads passes the path filter: nothing outside out/renderer is ever served.
    const rendererRoot = join(outDir, 'renderer')
    protocol.handle(APP_SCHEME, (request) => {
      const file = resolveAppFile(request.url, rendererRoot)
      return file ? net.fetch(pathToFileURL(file).href) : new Response('Niet gevonden', { status: 404 })
    })
    const rendererIndex = appUrl('index.html')
    const printing = createElectronPrinting({ outDir, devServerUrl })
    app.on('will-quit', () => void printing.close())
    backend = createBackend({
      pdf: printing,
      printer: printing,
      // After scheduling a restore: close the database, start again, and the restore happens first.
      restart: () => {
        backend?.close()
        app.relaunch()
        app.exit(0)
      },
      pickFolder: async () => {
        const options = { title: 'Map voor de tweede back-up', properties: ['openDirectory' as const, 'createDirectory' as const] }
        const window = BrowserWindow.getFocusedWindow()
        const r = await (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options))
        return r.canceled ? null : (r.filePaths[0] ?? null)
      },
      dataDir: resolveDataDir(process.argv, process.env, app.getPath('userData')),
      // The e2e specs read the SQLite file, so an unpackaged app under test may keep its key
      // unwrapped. A packaged app ignores the flag and always uses the OS keychain.
      keyWrapper:
        !app.isPackaged && process.env.WLZ_E2E_FAKE_KEYCHAIN === '1'
          ? unprotectedKeyWrapper
          : safeStorageKeyWrapper(safeStorage, process.platform),
      trustedBases: devServerUrl ? [rendererIndex, devServerUrl] : [rendererIndex],
      integrityWorker: new URL('./integrity.worker.js', import.meta.url),
      launchDbProcess: launchUtilityProcess,
      // The demo reads ../shared/data beside a source checkout; a packaged app has none unless set.
      referenceDir: app.isPackaged && !process.env.WLZ_REFERENCE_DIR ? null : referenceDataDir(app.getAppPath()),
      appVersion: app.getVersion(),
      // The e2e stories are dated: an unpackaged app under test may start its clock on their date.
      ...(!app.isPackaged && process.env.WLZ_E2E_TODAY ? { clock: storyClock(process.env.WLZ_E2E_TODAY) } : {}),
      emit: (event, payload) =>
        pushEvent(
          BrowserWindow.getAllWindows().map((w) => w.webContents),
          event,
          payload,
        ),
    })
    registerIpc(ipcMain, backend.dispatch)
    createMainWindow({ outDir, devServerUrl, devTools: !app.isPackaged })
    app.on('second-instance', () => BrowserWindow.getAllWindows()[0]?.focus())
  })
  .catch((error: unknown) => {
    dialog.showErrorBox('Wlz Werkplek kon niet starten', String(error))
    app.quit()
  })

app.on('window-all-closed', () => app.quit())
// Close the database (checkpointing the WAL) before the process ends.
app.on('before-quit', () => backend?.close())
