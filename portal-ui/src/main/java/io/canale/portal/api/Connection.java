package io.canale.portal.api;

import java.util.List;

/** One page of a Relay connection: any {@code XConnection} of the schema, with nodes of a {@link SchemaType}. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo) {

    public record Edge<T>(String cursor, T node) {
    }

    @SchemaType("PageInfo")
    public record PageInfo(boolean hasNextPage, String endCursor) {
    }

    public List<T> nodes() {
        return edges.stream().map(Edge::node).toList();
    }
}
