package io.canale.portal.api;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Serves offset/limit queries (what Vaadin's lazy data providers ask for) from a cursor-paged connection
 * (what the API offers: keyset paging, never offsets). It remembers the cursor at which each page starts,
 * so scrolling on costs one request per page; a jump past the known pages walks forward page by page.
 * Not thread-safe: one pager per grid, used under the Vaadin session lock. Call {@link #reset()} when the
 * filter changes or the data is refreshed, as the cursors may then point elsewhere.
 */
public final class CursorPager<T> {

    /** Fetches at most {@code first} items after the cursor {@code after} (null: from the start). */
    @FunctionalInterface
    public interface PageSource<T> {
        Connection<T> fetch(int first, String after);
    }

    /** The API caps {@code first} at 100. */
    public static final int MAX_PAGE_SIZE = 100;

    private final int pageSize;
    private final PageSource<T> source;
    /** Element p is the cursor after which page p starts; page 0 starts after null. */
    private final List<String> pageStarts = new ArrayList<>();
    /** The index of the last page, once a page has said that nothing follows it. */
    private int lastPage;

    public CursorPager(int pageSize, PageSource<T> source) {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size must be 1 to " + MAX_PAGE_SIZE + ": " + pageSize);
        }
        this.pageSize = pageSize;
        this.source = source;
        reset();
    }

    public int pageSize() {
        return pageSize;
    }

    /** Forgets all cursors; the next fetch starts from the first page. */
    public void reset() {
        pageStarts.clear();
        pageStarts.add(null);
        lastPage = Integer.MAX_VALUE;
    }

    /** The items at positions {@code offset} to {@code offset + limit - 1}, fewer at the end of the data. */
    public Stream<T> fetch(int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        long end = (long) offset + limit;
        List<T> items = new ArrayList<>(Math.min(limit, MAX_PAGE_SIZE * 2));
        for (int page = offset / pageSize; page <= lastPage && (long) page * pageSize < end; page++) {
            long pageStart = (long) page * pageSize;
            List<T> nodes = load(page);
            for (int i = (int) Math.max(offset - pageStart, 0); i < nodes.size() && pageStart + i < end; i++) {
                items.add(nodes.get(i));
            }
        }
        return items.stream();
    }

    private List<T> load(int page) {
        // Keyset paging cannot jump: learn the cursors of the pages in between first.
        while (pageStarts.size() <= page) {
            int known = pageStarts.size() - 1;
            if (known >= lastPage) {
                return List.of();
            }
            loadKnown(known);
        }
        return page > lastPage ? List.of() : loadKnown(page);
    }

    private List<T> loadKnown(int page) {
        Connection<T> connection = source.fetch(pageSize, pageStarts.get(page));
        Connection.PageInfo info = connection.pageInfo();
        if (info.hasNextPage() && info.endCursor() != null) {
            if (pageStarts.size() == page + 1) {
                pageStarts.add(info.endCursor());
            } else {
                pageStarts.set(page + 1, info.endCursor());
            }
        } else {
            lastPage = page;
        }
        return connection.nodes();
    }
}
