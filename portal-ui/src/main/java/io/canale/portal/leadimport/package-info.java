/**
 * The CSV lead import wizard: dry run, progress, refused rows and the error report. Mirrors
 * {@code schema/.../graphql/leadimport/}.
 */
package io.canale.portal.leadimport;
