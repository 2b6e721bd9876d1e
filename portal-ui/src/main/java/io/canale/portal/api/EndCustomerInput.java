package io.canale.portal.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The API's {@code EndCustomerInput}; email and phone are optional. */
@SchemaType
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EndCustomerInput(String name, String email, String phone) {
}
