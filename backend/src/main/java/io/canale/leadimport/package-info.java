/**
 * CSV lead imports: the upload endpoint, jobs with dry run, progress, refused rows and a crash-safe resume,
 * creating leads through the lead module and routing them in batches.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "lead", "routing", "change"})
package io.canale.leadimport;
