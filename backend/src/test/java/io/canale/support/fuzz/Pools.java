package io.canale.support.fuzz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What the API itself answered during a run: record ids by type, their versions, and the values of every
 * other leaf field by name. Generated inputs draw "plausible" values from here, so that hostile calls
 * reach past the first lookup (a real lead id with its current version and a 100,000-character reason).
 *
 * <p>Values that identify the fuzzing audiences themselves (their partners, clients and people) are kept
 * apart: a mutation never gets them, so that a fuzzed {@code revokeApiClient} or {@code deactivatePartner}
 * cannot lock the run out of its own tokens.
 */
public final class Pools {

    private static final int PER_NAME = 60;
    private static final int MAX_TEXT = 200;

    private final Map<String, List<String>> idsByType = new LinkedHashMap<>();
    private final Map<String, List<String>> leavesByName = new HashMap<>();
    private final Map<String, Integer> versions = new HashMap<>();
    private final Set<String> protectedValues = new HashSet<>();

    /** Never offered to a mutation: ids and logins of the audiences. */
    public void protect(String value) {
        if (value != null && !value.isEmpty()) {
            protectedValues.add(value);
        }
    }

    /** Takes every {@code {__typename, id}} object and every short leaf value of an answer. */
    public void harvest(JsonNode node) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(this::harvest);
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String type = node.path("__typename").asString("");
        String id = node.path("id").isString() ? node.path("id").asString() : null;
        if (!type.isEmpty() && id != null) {
            add(idsByType.computeIfAbsent(type, key -> new ArrayList<>()), id);
        }
        if (node.path("version").isInt()) {
            int version = node.path("version").asInt();
            if (id != null) {
                versions.put(id, version);
            }
            if (node.path("sku").isString()) {
                versions.put(node.path("sku").asString(), version);
            }
            add(leavesByName.computeIfAbsent("version", key -> new ArrayList<>()), String.valueOf(version));
        }
        for (var entry : node.properties()) {
            JsonNode value = entry.getValue();
            if (value.isString() && !entry.getKey().equals("id") && !entry.getKey().equals("__typename")
                    && value.asString().length() <= MAX_TEXT) {
                add(leavesByName.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()), value.asString());
            } else if (value.isContainer()) {
                harvest(value);
            }
        }
    }

    /** An id fitting a hint (an argument or input field name, its input type and root field). */
    String id(Random random, String name, String context, boolean forMutation) {
        List<String> candidates = new ArrayList<>(leaves(name));
        for (String type : typesFor(name, context)) {
            candidates.addAll(idsByType.get(type));
        }
        if (candidates.isEmpty()) {
            idsByType.values().forEach(candidates::addAll);
        }
        return pick(random, candidates, forMutation);
    }

    /** A value the API answered for a leaf of this name, or null. */
    String leaf(Random random, String name, boolean forMutation) {
        return pick(random, leaves(name), forMutation);
    }

    /** The version last seen for one of the given ids, or null. */
    Integer versionOf(List<String> ids) {
        for (String id : ids) {
            Integer version = versions.get(id);
            if (version != null) {
                return version;
            }
        }
        return null;
    }

    public int size() {
        return idsByType.values().stream().mapToInt(List::size).sum();
    }

    private List<String> leaves(String name) {
        return leavesByName.getOrDefault(name, List.of());
    }

    /**
     * Record types an id argument may name: for {@code leadId} the type {@code Lead}; for a plain {@code id},
     * the longest type named in its input type or root field ({@code approveDealRegistration} →
     * {@code DealRegistration}); partner roles name partners.
     */
    private List<String> typesFor(String name, String context) {
        String base = name.replaceAll("Ids?$", "");
        String hint = (base.isEmpty() ? context : base).toLowerCase(Locale.ROOT)
                .replace("dealer", "partner").replace("supplier", "partner").replace("carrier", "partner")
                .replace("survivor", "lead").replace("duplicate", "lead").replace("draft", "orderdraft");
        List<String> named = new ArrayList<>();
        for (String type : idsByType.keySet()) {
            if (hint.contains(type.toLowerCase(Locale.ROOT))) {
                named.add(type);
            }
        }
        named.sort((a, b) -> b.length() - a.length());
        return named.isEmpty() ? named : List.of(named.getFirst());
    }

    private String pick(Random random, List<String> candidates, boolean forMutation) {
        List<String> usable = forMutation
                ? candidates.stream().filter(value -> !protectedValues.contains(value)).toList()
                : candidates;
        return usable.isEmpty() ? null : usable.get(random.nextInt(usable.size()));
    }

    private static void add(List<String> values, String value) {
        if (!values.contains(value)) {
            if (values.size() >= PER_NAME) {
                values.remove(0);
            }
            values.add(value);
        }
    }
}
