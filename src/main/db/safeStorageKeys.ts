import type { SafeStorage } from 'electron'
import type { KeyWrapper } from './keys'

/**
 * Protects the database key with the OS keychain (DPAPI, Keychain, libsecret) through Electron's
 * safeStorage. On Linux without a keyring Electron falls back to a fixed password
 * ('basic_text'): the app then still works but Beheer shows that the key is not protected.
 */
export function safeStorageKeyWrapper(safeStorage: SafeStorage, platform: NodeJS.Platform): KeyWrapper {
  const basicText = platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text'
  return {
    description: basicText
      ? 'sleutel niet beschermd door een sleutelbos (Linux zonder keyring)'
      : 'sleutel beschermd door het besturingssysteem',
    protectedByOs: safeStorage.isEncryptionAvailable() && !basicText,
    soort: basicText ? 'basic_text' : 'os',
    wrap: (key) => safeStorage.encryptString(key.toString('hex')),
    unwrap: (stored) => Buffer.from(safeStorage.decryptString(stored), 'hex'),
  }
}
