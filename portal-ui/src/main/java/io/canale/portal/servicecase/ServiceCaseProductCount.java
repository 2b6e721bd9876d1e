package io.canale.portal.servicecase;

import io.canale.portal.api.SchemaType;

/** Open and all cases about one product, as the reader sees them. */
@SchemaType
record ServiceCaseProductCount(String sku, int open, int total) {
}
