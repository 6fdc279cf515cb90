import { expect, test } from '../fixtures'

// Electron only (skipped where no Electron binary exists, and in the Chromium harness, which serves
// the built renderer its own way): the window is loaded from app://, and the protocol's path
// filter refuses what lies outside the app's folder. The filter itself is unit-tested
// (src/main/security/appProtocol.test.ts).
test('the window loads from app:// and the protocol refuses paths outside the app', async ({ app, transport }) => {
  test.skip(transport !== 'electron', 'the app:// protocol exists in Electron only')
  expect(app.page.url()).toBe('app://werkplek/index.html')
  const statuses = await app.page.evaluate(async () => {
    const urls = ['app://werkplek/index.html', 'app://werkplek/%2e%2e/main/index.js', 'app://werkplek/..%2f..%2fpackage.json']
    return Promise.all(
      urls.map((u) =>
        fetch(u).then(
          (r) => r.status,
          () => 0,
        ),
      ),
    )
  })
  expect(statuses[0]).toBe(200)
  expect(statuses.slice(1).every((s) => s === 404 || s === 0)).toBe(true)
})
