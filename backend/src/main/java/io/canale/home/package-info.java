/**
 * The home: what waits for the caller now ({@code viewer.todo}) and a few figures of its work ({@code viewer.kpis}).
 * Which kinds of work and figures a caller has is the access policy's answer; each is counted or summed by the
 * capability that owns the records, over the records the caller may read.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "lead", "deal", "order", "opportunity",
        "servicecase", "stock", "fund"})
package io.canale.home;
