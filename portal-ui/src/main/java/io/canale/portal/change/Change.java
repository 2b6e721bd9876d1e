package io.canale.portal.change;

import io.canale.portal.api.Actor;
import io.canale.portal.api.RecordType;
import io.canale.portal.api.SchemaType;
import java.time.Instant;
import java.util.List;

/**
 * The API's {@code Change}: one stored change of a record, with the fields the reader may see. The history reads it
 * whole; the live connection ({@code io.canale.portal.live}) only which record changed and where in the feed.
 */
@SchemaType
public record Change(String sequence, RecordType recordType, String recordId, Type changeType, Instant at, Actor actor,
        List<FieldChange> fields) {

    /** The API's {@code ChangeType}. */
    @SchemaType("ChangeType")
    public enum Type {
        CREATED, UPDATED, DELETED
    }

    /**
     * The API's {@code FieldChange}: a field's path in the record's stored form, e.g. {@code lines.0.confirmedQuantity},
     * and its values before and after as JSON text (null when there was or is none).
     */
    @SchemaType
    public record FieldChange(String path, String before, String after) {
    }
}
