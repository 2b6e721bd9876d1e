package io.canale.portal.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record (or enum) as the portal's one Java type for a type of the backend's GraphQL schema: an object
 * type it reads, or an input type it sends. Every component must be a field of that type with a compatible
 * type; {@code SchemaTypesTests} checks all of them against the schema jar, so a renamed or retyped field fails
 * the build instead of a screen.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SchemaType {

    /** The schema type's name; empty means the Java type's simple name. */
    String value() default "";
}
