/**
 * Orders, from the dealer's order entry (lines from the catalog, a live price preview, one submission
 * split into one order per supplier) to the order list and an order's detail with its lines, shipments and
 * timeline. The shared types ({@link io.canale.portal.order.Order}, {@link io.canale.portal.order.OrderLine},
 * {@link io.canale.portal.order.Shipment}, {@link io.canale.portal.order.OrdersApi}) serve the supplier's
 * and carrier's views too, which add their panels to the detail through
 * {@link io.canale.portal.order.OrderPanel}. Mirrors {@code schema/.../graphql/order/}.
 */
package io.canale.portal.order;
