/**
 * `mutation { submitComment(input: …) }`: the GraphQL way to submit, with the same checks and the same
 * answer as `POST /api/<comments>/submit` (see result.ts). A refusal is an answer, not a GraphQL
 * error — `ok: false`, a `code`, and `errors` naming the input fields — so a front end can show each
 * message beside its input; a `rate_limited` answer also sets the HTTP `Retry-After` header.
 */
import type { GraphQLNullableType } from 'graphql'
import type { GraphQLExtension, PayloadRequest } from 'payload'

import type { ResolvedCommentsOptions } from '../types.ts'
import { submitComment } from './submitComment.ts'

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

type GraphQLContext = { req: PayloadRequest; headers?: Record<string, string> }

export function submitCommentMutation(options: ResolvedCommentsOptions): GraphQLExtension {
  return (GraphQL) => {
    const {
      GraphQLBoolean,
      GraphQLEnumType,
      GraphQLID,
      GraphQLInputObjectType,
      GraphQLInt,
      GraphQLList,
      GraphQLNonNull,
      GraphQLObjectType,
      GraphQLString,
    } = GraphQL
    const required = <T extends GraphQLNullableType>(type: T) => new GraphQLNonNull(type)
    const FieldError = new GraphQLObjectType({
      name: 'CommentFieldError',
      fields: {
        field: {
          type: required(GraphQLString),
          description: 'The input field, as named in SubmitCommentInput.',
        },
        message: { type: required(GraphQLString) },
      },
    })
    const Status = new GraphQLEnumType({
      name: 'CommentSubmissionStatus',
      values: { pending: { value: 'pending' }, approved: { value: 'approved' } },
    })
    const Code = new GraphQLEnumType({
      name: 'CommentSubmissionRefusal',
      values: {
        invalid_input: {
          value: 'invalid_input',
          description: 'An input field is missing or wrong: see errors.',
        },
        target_not_found: {
          value: 'target_not_found',
          description: 'No published document with this id.',
        },
        comments_closed: {
          value: 'comments_closed',
          description: 'The document no longer takes comments.',
        },
        rate_limited: {
          value: 'rate_limited',
          description: 'Too many comments: wait retryAfterSeconds.',
        },
      },
    })
    const Result = new GraphQLObjectType({
      name: 'CommentSubmissionResult',
      fields: {
        ok: { type: required(GraphQLBoolean) },
        id: { type: GraphQLID, description: 'The new comment, when ok.' },
        status: {
          type: Status,
          description: 'Its moderation state, when ok: pending until a moderator has read it.',
        },
        message: { type: required(GraphQLString), description: 'What to tell the reader.' },
        crisisResources: {
          type: GraphQLString,
          description:
            'Where to turn now, for someone whose comment holds crisis language (also when it was refused): show it.',
        },
        crisisResourcesLanguage: {
          type: GraphQLString,
          description: 'The language of crisisResources (en or es), for the lang attribute.',
        },
        code: { type: Code, description: 'Why the comment was refused, when not ok.' },
        errors: { type: required(new GraphQLList(required(FieldError))) },
        retryAfterSeconds: {
          type: GraphQLInt,
          description: 'When rate_limited: seconds until a new comment is accepted.',
        },
      },
    })
    const Input = new GraphQLInputObjectType({
      name: 'SubmitCommentInput',
      fields: {
        targetCollection: {
          type: GraphQLString,
          description: `One of: ${options.targets.join(', ')}. Optional when there is one.`,
        },
        targetId: { type: required(GraphQLID) },
        parent: { type: GraphQLID, description: 'The approved comment this one answers.' },
        authorName: { type: required(GraphQLString) },
        authorEmail: { type: required(GraphQLString), description: 'Never shown.' },
        body: { type: required(GraphQLString) },
        website: { type: GraphQLString, description: 'Honeypot: leave empty.' },
      },
    })
    return {
      submitComment: {
        type: required(Result),
        args: { input: { type: required(Input) } },
        resolve: async (_source: unknown, { input }: SubmitArgs, context: GraphQLContext) => {
          const result = await submitComment(context.req, input, options)
          if (result.retryAfterSeconds !== null && context.headers)
            context.headers['Retry-After'] = String(result.retryAfterSeconds)
          return result
        },
      },
    }
  }
}
