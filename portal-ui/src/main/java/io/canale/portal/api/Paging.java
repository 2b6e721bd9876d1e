package io.canale.portal.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Creates the pagers of the portal's grids with one configured page size. */
@Component
public class Paging {

    private final int pageSize;

    Paging(@Value("${canale.portal.page-size:50}") int pageSize) {
        this.pageSize = pageSize;
    }

    public int pageSize() {
        return pageSize;
    }

    public <T> CursorPager<T> pager(CursorPager.PageSource<T> source) {
        return new CursorPager<>(pageSize, source);
    }
}
