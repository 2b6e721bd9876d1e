/**
 * Global search: one query, {@code search(text)}, whose results hold a page per kind of record. Each capability
 * answers its own kind (leads, opportunities, orders, partners, products) with its own visibility rules, so search
 * never shows what the caller could not list; this module only checks and folds the text.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package io.canale.search;
