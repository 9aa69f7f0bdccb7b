import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { channels, ok, saveFileRequestSchema } from '@shared/ipc/contract'
import { handle } from '../../../src/main/ipc/handle'
import { app, appPageEvent, eventFrom, invoke, resetFakeElectron } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

const validRequest = { suggestedName: 'customers.csv', content: 'name,phone\n' }

function registerSaveHandler() {
  const handler = vi.fn(async () => ok({ location: '/saved/customers.csv' }))
  handle(channels.saveFile, saveFileRequestSchema, handler)
  return handler
}

beforeEach(() => {
  resetFakeElectron()
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
})

afterEach(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

describe('handle', () => {
  it('passes a valid argument from the app page to the handler and returns its result', async () => {
    const handler = registerSaveHandler()

    const result = await invoke(channels.saveFile, appPageEvent(), validRequest)

    expect(result).toEqual({ ok: true, value: { location: '/saved/customers.csv' } })
    expect(handler).toHaveBeenCalledWith(validRequest, expect.anything())
  })

  it.each([
    ['a web page', 'https://evil.example/index.html'],
    ['a local file', 'file:///home/user/index.html'],
    ['a look-alike host', 'app://frontdesk.evil/index.html'],
    ['the app host on another port', 'app://frontdesk:8080/index.html'],
    ['another scheme with the app host', 'http://frontdesk/index.html'],
    ['a blank page', 'about:blank'],
    ['a URL that does not parse', 'not a url']
  ])('refuses a call from %s without running the handler', async (_name, url) => {
    const handler = registerSaveHandler()

    const result = await invoke(channels.saveFile, eventFrom(url), validRequest)

    expect(result).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } })
    expect(handler).not.toHaveBeenCalled()
  })

  it('refuses a call whose frame is gone', async () => {
    const handler = registerSaveHandler()

    const result = await invoke(channels.saveFile, { senderFrame: null, sender: {} }, validRequest)

    expect(result).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } })
    expect(handler).not.toHaveBeenCalled()
  })

  it('trusts the dev server only while developing', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    const handler = registerSaveHandler()

    const inDevelopment = await invoke(channels.saveFile, eventFrom('http://localhost:5173/'), validRequest)
    app.isPackaged = true
    const whenPackaged = await invoke(channels.saveFile, eventFrom('http://localhost:5173/'), validRequest)

    expect(inDevelopment).toMatchObject({ ok: true })
    expect(whenPackaged).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } })
    expect(handler).toHaveBeenCalledTimes(1)
  })

  it.each([
    ['no argument', []],
    ['a string instead of an object', ['customers.csv']],
    ['a missing field', [{ suggestedName: 'customers.csv' }]],
    ['content of the wrong type', [{ suggestedName: 'customers.csv', content: 42 }]],
    ['a file name with folders', [{ suggestedName: '../../etc/passwd', content: 'x' }]],
    ['two arguments', [validRequest, validRequest]]
  ])('refuses %s with a readable message, without running the handler', async (_name, args) => {
    const handler = registerSaveHandler()

    const result = await invoke(channels.saveFile, appPageEvent(), ...args)

    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringContaining(channels.saveFile) } })
    expect(handler).not.toHaveBeenCalled()
  })

  it('names the field that is wrong', async () => {
    registerSaveHandler()

    const result = await invoke(channels.saveFile, appPageEvent(), { suggestedName: 'a.csv', content: 42 })

    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('content') } })
  })

  it('turns a thrown file-system error into an io failure', async () => {
    const diskFull = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' })
    handle(channels.saveFile, saveFileRequestSchema, async () => {
      throw diskFull
    })

    const result = await invoke(channels.saveFile, appPageEvent(), validRequest)

    expect(result).toEqual({ ok: false, error: { code: 'io', message: diskFull.message } })
  })

  it('turns any other exception into an internal failure', async () => {
    handle(channels.saveFile, saveFileRequestSchema, async () => {
      throw new TypeError('cannot read properties of undefined')
    })

    const result = await invoke(channels.saveFile, appPageEvent(), validRequest)

    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'cannot read properties of undefined' } })
  })

  it('turns a thrown non-error into an internal failure', async () => {
    handle(channels.saveFile, saveFileRequestSchema, () => Promise.reject('just a string'))

    const result = await invoke(channels.saveFile, appPageEvent(), validRequest)

    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'just a string' } })
  })
})
