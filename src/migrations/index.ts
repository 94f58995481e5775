import * as migration_20261126_220549_initial from './20261126_220549_initial';
import * as migration_20261126_225448_content_model from './20261126_225448_content_model';
import * as migration_20261126_231437_comments from './20261126_231437_comments';
import * as migration_20261127_064445_stored_author_display_names from './20261127_064445_stored_author_display_names';
import * as migration_20261127_071900_fill_seo_meta from './20261127_071900_fill_seo_meta';
import * as migration_20261127_071955_practice_global from './20261127_071955_practice_global';
import * as migration_20261127_103339_comment_author_email_index from './20261127_103339_comment_author_email_index';
import * as migration_20261127_160000_recount_approved_comments from './20261127_160000_recount_approved_comments';
import * as migration_20261127_174224_comment_submission_locks from './20261127_174224_comment_submission_locks';
import * as migration_20261127_184333_commenter_data_retention from './20261127_184333_commenter_data_retention';
import * as migration_20261127_203053_clinical_review from './20261127_203053_clinical_review';
import * as migration_20261127_205636_comment_digest from './20261127_205636_comment_digest';
import * as migration_20261127_210039_keep_finished_jobs from './20261127_210039_keep_finished_jobs';
import * as migration_20261202_073956_honeypot_catches from './20261202_073956_honeypot_catches';
import * as migration_20261202_091019_lapsed_providers from './20261202_091019_lapsed_providers';
import * as migration_20261202_163255_media_object_storage from './20261202_163255_media_object_storage';
import * as migration_20261203_041036_webhooks from './20261203_041036_webhooks';
import * as migration_20261203_042314_previous_slugs from './20261203_042314_previous_slugs';
import * as migration_20261203_053007_article_search from './20261203_053007_article_search';
import * as migration_20261203_065840_review_gate from './20261203_065840_review_gate';
import * as migration_20261203_072439_audit_log from './20261203_072439_audit_log';

export const migrations = [
  {
    up: migration_20261126_220549_initial.up,
    down: migration_20261126_220549_initial.down,
    name: '20261126_220549_initial',
  },
  {
    up: migration_20261126_225448_content_model.up,
    down: migration_20261126_225448_content_model.down,
    name: '20261126_225448_content_model',
  },
  {
    up: migration_20261126_231437_comments.up,
    down: migration_20261126_231437_comments.down,
    name: '20261126_231437_comments',
  },
  {
    up: migration_20261127_064445_stored_author_display_names.up,
    down: migration_20261127_064445_stored_author_display_names.down,
    name: '20261127_064445_stored_author_display_names',
  },
  {
    up: migration_20261127_071900_fill_seo_meta.up,
    down: migration_20261127_071900_fill_seo_meta.down,
    name: '20261127_071900_fill_seo_meta',
  },
  {
    up: migration_20261127_071955_practice_global.up,
    down: migration_20261127_071955_practice_global.down,
    name: '20261127_071955_practice_global',
  },
  {
    up: migration_20261127_103339_comment_author_email_index.up,
    down: migration_20261127_103339_comment_author_email_index.down,
    name: '20261127_103339_comment_author_email_index',
  },
  {
    up: migration_20261127_160000_recount_approved_comments.up,
    down: migration_20261127_160000_recount_approved_comments.down,
    name: '20261127_160000_recount_approved_comments',
  },
  {
    up: migration_20261127_174224_comment_submission_locks.up,
    down: migration_20261127_174224_comment_submission_locks.down,
    name: '20261127_174224_comment_submission_locks',
  },
  {
    up: migration_20261127_184333_commenter_data_retention.up,
    down: migration_20261127_184333_commenter_data_retention.down,
    name: '20261127_184333_commenter_data_retention',
  },
  {
    up: migration_20261127_203053_clinical_review.up,
    down: migration_20261127_203053_clinical_review.down,
    name: '20261127_203053_clinical_review',
  },
  {
    up: migration_20261127_205636_comment_digest.up,
    down: migration_20261127_205636_comment_digest.down,
    name: '20261127_205636_comment_digest',
  },
  {
    up: migration_20261127_210039_keep_finished_jobs.up,
    down: migration_20261127_210039_keep_finished_jobs.down,
    name: '20261127_210039_keep_finished_jobs',
  },
  {
    up: migration_20261202_073956_honeypot_catches.up,
    down: migration_20261202_073956_honeypot_catches.down,
    name: '20261202_073956_honeypot_catches',
  },
  {
    up: migration_20261202_091019_lapsed_providers.up,
    down: migration_20261202_091019_lapsed_providers.down,
    name: '20261202_091019_lapsed_providers',
  },
  {
    up: migration_20261202_163255_media_object_storage.up,
    down: migration_20261202_163255_media_object_storage.down,
    name: '20261202_163255_media_object_storage',
  },
  {
    up: migration_20261203_041036_webhooks.up,
    down: migration_20261203_041036_webhooks.down,
    name: '20261203_041036_webhooks',
  },
  {
    up: migration_20261203_042314_previous_slugs.up,
    down: migration_20261203_042314_previous_slugs.down,
    name: '20261203_042314_previous_slugs',
  },
  {
    up: migration_20261203_053007_article_search.up,
    down: migration_20261203_053007_article_search.down,
    name: '20261203_053007_article_search',
  },
  {
    up: migration_20261203_065840_review_gate.up,
    down: migration_20261203_065840_review_gate.down,
    name: '20261203_065840_review_gate',
  },
  {
    up: migration_20261203_072439_audit_log.up,
    down: migration_20261203_072439_audit_log.down,
    name: '20261203_072439_audit_log'
  },
];
