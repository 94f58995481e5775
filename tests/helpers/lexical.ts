/**
 * Rich text for test content, built with Payload's own `buildEditorState`: one Lexical paragraph per
 * string, as the admin editor stores it. Library tests use it instead of the app's seed builder
 * (src/seed/lexical.ts), which they may not import.
 */
import {
  buildEditorState,
  type DefaultNodeTypes,
  type DefaultTypedEditorState,
} from '@payloadcms/richtext-lexical'

const paragraphOf = (text: string) => buildEditorState<DefaultNodeTypes>({ text }).root.children[0]

export function lexicalParagraphs(paragraphs: string[]): DefaultTypedEditorState {
  return buildEditorState<DefaultNodeTypes>({ nodes: paragraphs.map(paragraphOf) })
}
