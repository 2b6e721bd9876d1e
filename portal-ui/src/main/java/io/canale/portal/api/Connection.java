package io.canale.portal.api;

import java.util.List;
import java.util.function.Function;

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

    /** The same page with each node turned into something else, e.g. a {@link Partner} into its {@link PartnerRef}. */
    public <R> Connection<R> map(Function<? super T, ? extends R> mapper) {
        return new Connection<>(edges.stream().<Edge<R>>map(edge -> new Edge<>(edge.cursor(), mapper.apply(edge.node())))
                .toList(), pageInfo);
    }
}
