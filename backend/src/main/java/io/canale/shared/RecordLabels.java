package io.canale.shared;

import java.util.Collection;
import java.util.Map;

/**
 * What a feature calls its records on screen where the id is opaque (an order's number): contributed by the feature
 * that owns the records, read by features that only know record type and id (notifications), without depending on it.
 */
public interface RecordLabels {

    /** The record type labelled, as the change feed names it (e.g. {@code ORDER}). */
    String recordType();

    /** The label of each given record that has one; records without a label (or unknown) are left out. */
    Map<String, String> labelsOf(Collection<String> ids);
}
