/**
 * What more than one feature needs: GraphQL scalars, user errors, audit stamps, paging limits, query
 * limits and the embedded MongoDB default. Nothing feature-specific lives here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.canale.shared;
