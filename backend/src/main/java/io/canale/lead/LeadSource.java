package io.canale.lead;

/** How a lead arrived. */
public enum LeadSource {
    API, WEB_FORM, IMPORT
}
