import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ReviewPanel as ReviewPanel_96558b856884982eff2338a5e2e17435 } from '../../../../src/workflow/admin/ReviewPanel'
import { ReviewLog as ReviewLog_adda719f90d0c09bbb2f6a7b91f013bb } from '../../../../src/workflow/admin/ReviewLog'
import { ImportNewspaper as ImportNewspaper_660486808500eacdbc9f49a93355e4c4 } from '../../../../src/admin/ImportNewspaper'
import { WeChatButton as WeChatButton_325e17290ac81d606079f77a3c01631c } from '../../../../src/wechat/admin/WeChatButton'
import { SubmitButton as SubmitButton_23549350fc7c487173441b3f50c38031 } from '../../../../src/federation/admin/SubmitButton'
import { PublishButton as PublishButton_1ce9eccb8a90394c434f8c5baec1846b } from '../../../../src/workflow/admin/PublishButton'
import { MergeButton as MergeButton_b43095eea32dcca68a9bf1e50c93ed04 } from '../../../../src/records/admin/MergeButton'
import { SubmissionActions as SubmissionActions_0517d1a2be109a40d6c4c35bb622f109 } from '../../../../src/federation/admin/SubmissionActions'
import { SubmissionsHelp as SubmissionsHelp_a6d041cc876fa3742fc35988485a1c20 } from '../../../../src/federation/admin/SubmissionsHelp'
import { StatsNavLink as StatsNavLink_3cb35f1247920dd65a5f46188ccae2f2 } from '../../../../src/stats/admin/StatsNavLink'
import { ReviewQueue as ReviewQueue_dcb0f3d580d745b3393c70062d8c0ad7 } from '../../../../src/workflow/admin/ReviewQueue'
import { IncomingQueue as IncomingQueue_9fe9df6bc140edde6564f3a8801ce67a } from '../../../../src/federation/admin/IncomingQueue'
import { StatsView as StatsView_ba421988d311b45cfc141876f810f520 } from '../../../../src/stats/admin/StatsView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/workflow/admin/ReviewPanel#ReviewPanel": ReviewPanel_96558b856884982eff2338a5e2e17435,
  "/src/workflow/admin/ReviewLog#ReviewLog": ReviewLog_adda719f90d0c09bbb2f6a7b91f013bb,
  "/src/admin/ImportNewspaper#ImportNewspaper": ImportNewspaper_660486808500eacdbc9f49a93355e4c4,
  "/src/wechat/admin/WeChatButton#WeChatButton": WeChatButton_325e17290ac81d606079f77a3c01631c,
  "/src/federation/admin/SubmitButton#SubmitButton": SubmitButton_23549350fc7c487173441b3f50c38031,
  "/src/workflow/admin/PublishButton#PublishButton": PublishButton_1ce9eccb8a90394c434f8c5baec1846b,
  "/src/records/admin/MergeButton#MergeButton": MergeButton_b43095eea32dcca68a9bf1e50c93ed04,
  "/src/federation/admin/SubmissionActions#SubmissionActions": SubmissionActions_0517d1a2be109a40d6c4c35bb622f109,
  "/src/federation/admin/SubmissionsHelp#SubmissionsHelp": SubmissionsHelp_a6d041cc876fa3742fc35988485a1c20,
  "/src/stats/admin/StatsNavLink#StatsNavLink": StatsNavLink_3cb35f1247920dd65a5f46188ccae2f2,
  "/src/workflow/admin/ReviewQueue#ReviewQueue": ReviewQueue_dcb0f3d580d745b3393c70062d8c0ad7,
  "/src/federation/admin/IncomingQueue#IncomingQueue": IncomingQueue_9fe9df6bc140edde6564f3a8801ce67a,
  "/src/stats/admin/StatsView#StatsView": StatsView_ba421988d311b45cfc141876f810f520,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
