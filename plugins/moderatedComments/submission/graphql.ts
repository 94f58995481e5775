/**
 * `mutation { submitComment(input: …) }`: the GraphQL way to submit, with the same checks as the REST
 * endpoint. Refusals come back as `errors: [{ field, message }]` beside an HTTP-like `status`, the way
 * GraphQL APIs report input problems, so a front end can put each message beside its field.
 */
import type { GraphQLExtension, PayloadRequest } from 'payload'

import type { ResolvedCommentsOptions } from '../types'
import { submitComment } from './submitComment'

type SubmitArgs = {
  input: {
    targetCollection?: string
    targetId: string
    parent?: string
    authorName: string
    authorEmail: string
    body: string
    website?: string
  }
}

export function submitCommentMutation(options: ResolvedCommentsOptions): GraphQLExtension {
  return (GraphQL) => {
    const FieldError = new GraphQL.GraphQLObjectType({
      name: 'CommentFieldError',
      fields: { field: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) }, message: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) } },
    })
    const Result = new GraphQL.GraphQLObjectType({
      name: 'CommentSubmissionResult',
      fields: {
        ok: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLBoolean) },
        status: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLInt), description: 'HTTP-like status: 201, 400, 404, 409 or 429.' },
        id: { type: GraphQL.GraphQLID },
        moderation: { type: GraphQL.GraphQLString, description: 'pending or approved' },
        message: { type: GraphQL.GraphQLString },
        crisisResources: { type: GraphQL.GraphQLString },
        errors: { type: new GraphQL.GraphQLNonNull(new GraphQL.GraphQLList(new GraphQL.GraphQLNonNull(FieldError))) },
      },
    })
    const Input = new GraphQL.GraphQLInputObjectType({
      name: 'SubmitCommentInput',
      fields: {
        targetCollection: { type: GraphQL.GraphQLString, description: `One of: ${options.targets.join(', ')}.` },
        targetId: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLID) },
        parent: { type: GraphQL.GraphQLID },
        authorName: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
        authorEmail: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
        body: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
        website: { type: GraphQL.GraphQLString, description: 'Honeypot: leave empty.' },
      },
    })
    return {
      submitComment: {
        type: new GraphQL.GraphQLNonNull(Result),
        args: { input: { type: new GraphQL.GraphQLNonNull(Input) } },
        resolve: async (_source: unknown, { input }: SubmitArgs, context: { req: PayloadRequest }) => {
          const result = await submitComment(
            context.req,
            {
              target: { collection: input.targetCollection, id: input.targetId },
              parent: input.parent,
              authorName: input.authorName,
              authorEmail: input.authorEmail,
              body: input.body,
              website: input.website,
            },
            options,
          )
          const body = result.body as { id?: string; status?: string; message?: string; crisisResources?: string; errors?: unknown[] }
          return {
            ok: result.status === 201,
            status: result.status,
            id: body.id,
            moderation: body.status,
            message: body.message,
            crisisResources: body.crisisResources,
            errors: body.errors ?? [],
          }
        },
      },
    }
  }
}
