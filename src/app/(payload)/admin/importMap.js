import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ReviewPanel as ReviewPanel_c76ebb3dae15c28aa9e65017ea8a9fc9 } from 'invited-cms/client'
import { ReviewFilters as ReviewFilters_52ca36ba680fe05ffd6344a61d615445 } from 'invited-cms/rsc'
import { ReviewPublishButton as ReviewPublishButton_c76ebb3dae15c28aa9e65017ea8a9fc9 } from 'invited-cms/client'
import { SigningSecret as SigningSecret_2e4858c76a6a131062777371a3156cb3 } from '../../../../src/webhooks/admin/SigningSecret.tsx'
import { Redeliver as Redeliver_e0182dc0ba0d97ce339619208c2b2c0c } from '../../../../src/webhooks/admin/Redeliver.tsx'
import { AuditLogExportLink as AuditLogExportLink_52ca36ba680fe05ffd6344a61d615445 } from 'invited-cms/rsc'
import { ModerationNavLink as ModerationNavLink_52ca36ba680fe05ffd6344a61d615445 } from 'invited-cms/rsc'
import { CommenterDataNavLink as CommenterDataNavLink_52ca36ba680fe05ffd6344a61d615445 } from 'invited-cms/rsc'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { ModerationQueueView as ModerationQueueView_52ca36ba680fe05ffd6344a61d615445 } from 'invited-cms/rsc'
import { CommenterDataView as CommenterDataView_52ca36ba680fe05ffd6344a61d615445 } from 'invited-cms/rsc'
import { SystemWidget as SystemWidget_92105e926fa50d806fb37598f3cf28ed } from '../../../../src/admin/SystemWidget.tsx'
import { MyArticlesWidget as MyArticlesWidget_52ca36ba680fe05ffd6344a61d615445 } from 'invited-cms/rsc'
import { ClinicalReviewWidget as ClinicalReviewWidget_52ca36ba680fe05ffd6344a61d615445 } from 'invited-cms/rsc'
import { AwaitingReviewWidget as AwaitingReviewWidget_52ca36ba680fe05ffd6344a61d615445 } from 'invited-cms/rsc'
import { ExpiringLicensesWidget as ExpiringLicensesWidget_52ca36ba680fe05ffd6344a61d615445 } from 'invited-cms/rsc'
import { UpcomingScheduleWidget as UpcomingScheduleWidget_52ca36ba680fe05ffd6344a61d615445 } from 'invited-cms/rsc'
import { ModerationWidget as ModerationWidget_52ca36ba680fe05ffd6344a61d615445 } from 'invited-cms/rsc'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "invited-cms/client#ReviewPanel": ReviewPanel_c76ebb3dae15c28aa9e65017ea8a9fc9,
  "invited-cms/rsc#ReviewFilters": ReviewFilters_52ca36ba680fe05ffd6344a61d615445,
  "invited-cms/client#ReviewPublishButton": ReviewPublishButton_c76ebb3dae15c28aa9e65017ea8a9fc9,
  "/src/webhooks/admin/SigningSecret.tsx#SigningSecret": SigningSecret_2e4858c76a6a131062777371a3156cb3,
  "/src/webhooks/admin/Redeliver.tsx#Redeliver": Redeliver_e0182dc0ba0d97ce339619208c2b2c0c,
  "invited-cms/rsc#AuditLogExportLink": AuditLogExportLink_52ca36ba680fe05ffd6344a61d615445,
  "invited-cms/rsc#ModerationNavLink": ModerationNavLink_52ca36ba680fe05ffd6344a61d615445,
  "invited-cms/rsc#CommenterDataNavLink": CommenterDataNavLink_52ca36ba680fe05ffd6344a61d615445,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "invited-cms/rsc#ModerationQueueView": ModerationQueueView_52ca36ba680fe05ffd6344a61d615445,
  "invited-cms/rsc#CommenterDataView": CommenterDataView_52ca36ba680fe05ffd6344a61d615445,
  "/src/admin/SystemWidget.tsx#SystemWidget": SystemWidget_92105e926fa50d806fb37598f3cf28ed,
  "invited-cms/rsc#MyArticlesWidget": MyArticlesWidget_52ca36ba680fe05ffd6344a61d615445,
  "invited-cms/rsc#ClinicalReviewWidget": ClinicalReviewWidget_52ca36ba680fe05ffd6344a61d615445,
  "invited-cms/rsc#AwaitingReviewWidget": AwaitingReviewWidget_52ca36ba680fe05ffd6344a61d615445,
  "invited-cms/rsc#ExpiringLicensesWidget": ExpiringLicensesWidget_52ca36ba680fe05ffd6344a61d615445,
  "invited-cms/rsc#UpcomingScheduleWidget": UpcomingScheduleWidget_52ca36ba680fe05ffd6344a61d615445,
  "invited-cms/rsc#ModerationWidget": ModerationWidget_52ca36ba680fe05ffd6344a61d615445,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
