package io.canale.partner;

import io.canale.shared.UserErrorCode;
import io.canale.shared.UserErrors;
import java.util.List;

/** Where a partner operates: countries (ISO codes, checked by the scalar) and free-text regions. */
public record Territory(List<String> countries, List<String> regions) {

    static final int MAX_COUNTRIES = 50;
    static final int MAX_REGIONS = 100;

    public Territory {
        countries = countries == null ? List.of() : countries.stream().distinct().toList();
        regions = regions == null ? List.of() : regions.stream().map(String::strip).distinct().toList();
    }

    static Territory none() {
        return new Territory(List.of(), List.of());
    }

    void validate(UserErrors errors, String path) {
        if (countries.size() > MAX_COUNTRIES) {
            errors.add(path + ".countries", UserErrorCode.TOO_MANY, "at most " + MAX_COUNTRIES + " countries");
        }
        if (regions.size() > MAX_REGIONS) {
            errors.add(path + ".regions", UserErrorCode.TOO_MANY, "at most " + MAX_REGIONS + " regions");
        }
        for (int i = 0; i < regions.size(); i++) {
            errors.requireText(path + ".regions." + i, regions.get(i), 80);
        }
    }
}
