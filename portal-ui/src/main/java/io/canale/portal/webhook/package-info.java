/**
 * A partner's webhook endpoints: the list (staff pick the partner), registering one (its signing secret shown once),
 * and an endpoint's page with its delivery log, secret rotation, disable/enable, delete and replay — each action as
 * far as the endpoint's {@code viewerCan} allows. The menu entry follows the API's area {@code WEBHOOKS}; whether
 * other partners' endpoints may be managed comes from {@code viewer.viewerCan.manageWebhooksOfAnyPartner}. Mirrors
 * {@code schema/.../graphql/webhook/}.
 */
package io.canale.portal.webhook;
