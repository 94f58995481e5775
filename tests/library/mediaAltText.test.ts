/**
 * Every image carries alt text that describes it: an upload over REST without alt, or with an alt
 * that is empty or only spaces (a pasted non-breaking space included), is refused with a 400 that
 * names the field and says what to write — and neither a document nor a file is stored.
 */
import { readdir } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { startConsumerApp } from '../helpers/consumerApp'
import { useTestApp } from '../helpers/useTestApp'

const app = useTestApp(() => startConsumerApp({ content: { mediaDir } }), { people: true })

let png: Buffer
/** Where the consumer's media collection stores its files: a folder of this test process. */
const mediaDir = path.join(os.tmpdir(), `invited-library-media-${process.pid}`)

beforeAll(async () => {
  png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#5b8a72' } })
    .png()
    .toBuffer()
})

/** The upload form an admin or a front end sends: the file, and the other fields as `_payload`. */
function uploadForm(fields: Record<string, unknown>, name: string) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), name)
  form.append('_payload', JSON.stringify(fields))
  return form
}

const storedFiles = async () =>
  readdir(mediaDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })

const mediaCount = async () => (await app.payload.count({ collection: 'media' })).totalDocs

type ValidationAnswer = {
  errors: { name: string; data?: { errors: { path: string; message: string }[] } }[]
}

const expectAltRefused = async (response: Response) => {
  expect(response.status).toBe(400)
  const { errors } = (await response.json()) as ValidationAnswer
  expect(errors[0].name).toBe('ValidationError')
  expect(errors[0].data?.errors).toEqual([
    expect.objectContaining({
      path: 'alt',
      message: expect.stringMatching(/^Alt text is required: describe what the image shows/),
    }),
  ])
}

describe('alt text on uploads', () => {
  it.each([
    ['missing', {}],
    ['empty', { alt: '' }],
    ['only spaces', { alt: '   ' }],
    ['only a tab and a non-breaking space', { alt: '\t\u00a0' }],
  ])('is required: an upload with alt %s is refused and nothing is stored', async (_, fields) => {
    const [countBefore, filesBefore] = await Promise.all([mediaCount(), storedFiles()])
    const response = await app.api.request('POST', '/media', {
      token: app.sessions.editor.token,
      body: uploadForm({ credit: 'Practice', ...fields }, `no-alt-${Date.now()}.png`),
    })
    await expectAltRefused(response)
    expect(await mediaCount()).toBe(countBefore)
    expect(await storedFiles()).toEqual(filesBefore)
  })

  it('is taken when it describes the image, and cannot be blanked afterwards', async () => {
    const created = await app.api.request('POST', '/media', {
      token: app.sessions.editor.token,
      body: uploadForm({ alt: 'A calm green field' }, 'described.png'),
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number; filename: string } }
    expect(await storedFiles()).toContain(doc.filename)

    const blanked = await app.api.request('PATCH', `/media/${doc.id}`, {
      token: app.sessions.editor.token,
      body: { alt: '  ' },
    })
    await expectAltRefused(blanked)
    const stored = await app.payload.findByID({ collection: 'media', id: doc.id })
    expect(stored.alt).toBe('A calm green field')
  })
})
