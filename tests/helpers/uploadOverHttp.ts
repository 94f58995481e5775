/**
 * An image uploaded to `media` over real HTTP (multipart, as the admin sends it): a PNG of one
 * color drawn with sharp. Returns the raw response, so each test checks what it needs of it.
 */
import sharp from 'sharp'

export async function uploadPng(
  baseUrl: string,
  token: string,
  {
    fileName,
    alt,
    width = 8,
    height = 8,
    background = '#336699',
  }: { fileName: string; alt: string; width?: number; height?: number; background?: string },
): Promise<Response> {
  const png = await sharp({ create: { width, height, channels: 3, background } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), fileName)
  form.append('_payload', JSON.stringify({ alt }))
  return fetch(`${baseUrl}/api/media`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}` },
    body: form,
  })
}
