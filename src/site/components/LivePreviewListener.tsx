'use client'
/**
 * In the admin's live preview this page sits in a frame (or a popup) of the admin, on the same
 * origin. The admin's protocol: the page announces it is ready
 * (`{ type: 'payload-live-preview', ready: true }`), and after every save of the draft — autosave
 * included — the admin posts `{ type: 'payload-document-event' }`; the page then refreshes and reads
 * the new draft from the API. (Payload's @payloadcms/live-preview-react does the same, but is
 * published only at 3.90.1, and Payload refuses mixed versions of its packages.)
 */
import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

export function LivePreviewListener() {
  const router = useRouter()
  useEffect(() => {
    const admin = window.location.origin
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { type?: unknown } | null
      if (event.origin === admin && data?.type === 'payload-document-event') router.refresh()
    }
    window.addEventListener('message', onMessage)
    ;(window.opener ?? window.parent)?.postMessage(
      { type: 'payload-live-preview', ready: true },
      admin,
    )
    return () => window.removeEventListener('message', onMessage)
  }, [router])
  return null
}
