package io.canale.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST controller that moves files beside the GraphQL API (uploads, reports). Its refusals all
 * answer with one body shape, the one GraphQL {@code userErrors} have: {@code {"errors": [{"field": [...],
 * "code": "...", "message": "..."}]}}; see {@link FileTransferErrors}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FileTransferEndpoint {
}
