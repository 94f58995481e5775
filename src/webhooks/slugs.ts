/** The webhooks' collections and jobs, named once. */
export const WEBHOOK_ENDPOINTS = 'webhook-endpoints'
export const WEBHOOK_DELIVERIES = 'webhook-deliveries'
export const DELIVER_WEBHOOK_TASK = 'deliverWebhook'
export const PRUNE_WEBHOOK_DELIVERIES_TASK = 'pruneWebhookDeliveries'
