/**
 * The portal application and the small pieces every feature's views share: {@link io.canale.portal.Toolbar} (filters
 * and actions above a list), {@link io.canale.portal.EnumFilter} (a status or type filter with "all"),
 * {@link io.canale.portal.PagedGrids} and {@link io.canale.portal.PagedComboBoxes} (lists paged through the API's
 * cursors), {@link io.canale.portal.RowActions}, {@link io.canale.portal.Notifications},
 * {@link io.canale.portal.UserErrorDisplay} (refusals on the fields they name), {@link io.canale.portal.DateTimes}
 * (the one date formatter), {@link io.canale.portal.Amounts} and the like. The frame around the views is in
 * {@code shell}; who the caller is and what it may use comes from {@code security.CurrentViewer} and
 * {@code security.Areas}. Features: {@code home}, {@code partner}, {@code organisation}, {@code catalog},
 * {@code deal}, {@code stock}, {@code lead}, {@code routing}, {@code leadimport}, {@code opportunity},
 * {@code order}; infrastructure: {@code shell}, {@code security}, {@code i18n}, {@code api}.
 */
package io.canale.portal;
