/**
 * Orders, from the dealer's order entry (lines from the catalog, a live price preview, one submission
 * split into one order per supplier; drafts saved for later) to the order list and an order's detail with its
 * lines, shipments and timeline, the supplier's orders to answer and hand to carriers, and the carriers'
 * shipment board. One Java type per schema type ({@link io.canale.portal.order.Order},
 * {@link io.canale.portal.order.OrderLine}, {@link io.canale.portal.order.Shipment},
 * {@link io.canale.portal.order.OrderDraft}, ...) serves every view; what a reader may do with a record is its
 * {@code viewerCan}. Other features add their panels to the detail through
 * {@link io.canale.portal.order.OrderPanel}. Mirrors {@code schema/.../graphql/order/}.
 */
package io.canale.portal.order;
