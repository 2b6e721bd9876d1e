package io.canale.portal.api;

import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.client.ResponseActions;
import org.springframework.test.web.client.response.DefaultResponseCreator;
import org.springframework.web.client.RestClient;

/**
 * A {@link CanaleApi} in front of a mock backend, for tests of API clients: what they send (typed inputs as JSON)
 * and how they read the answers. Both of the API's GraphQL clients (the user's and the sign-in's) go to the same
 * mock.
 */
public final class MockApi {

    public static final String GRAPHQL = "http://backend/graphql";

    private final MockRestServiceServer server;
    private final CanaleApi api;

    private MockApi() {
        RestClient.Builder builder = RestClient.builder().baseUrl(GRAPHQL);
        server = MockRestServiceServer.bindTo(builder).build();
        HttpSyncGraphQlClient client = HttpSyncGraphQlClient.builder(builder.build()).build();
        api = new CanaleApi(client, client);
    }

    public static MockApi start() {
        return new MockApi();
    }

    public CanaleApi api() {
        return api;
    }

    /** Expects the next GraphQL request; add matchers and a response to the answer. */
    public ResponseActions expectRequest() {
        return server.expect(requestTo(GRAPHQL)).andExpect(method(HttpMethod.POST));
    }

    /** The JSON answer {@code {"data": <data>}}. */
    public static DefaultResponseCreator data(String data) {
        return withSuccess("{\"data\": " + data + "}", MediaType.APPLICATION_JSON);
    }

    public void verify() {
        server.verify();
    }
}
