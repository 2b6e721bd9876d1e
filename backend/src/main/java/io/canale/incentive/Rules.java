package io.canale.incentive;

import io.canale.shared.UserErrorCode;
import io.canale.shared.UserErrors;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one program version pays, and on which products. Rates are percentages (0 to 100); a product is eligible when
 * it is in one of {@code productLines} or {@code skus} (both empty: every product).
 */
record Rules(BigDecimal rebatePercent, TierTable tiers, List<Spiff> spiffs, BigDecimal growthBonusPercent,
        boolean returnsReduceBasis, List<String> productLines, List<String> skus) {

    /** What volume tiers count: the net delivered value, or the units. */
    enum Measure { VALUE, QUANTITY }

    /** RETROACTIVE: the tier reached pays its rate on the whole period; INCREMENTAL: each band pays its own rate. */
    enum Mode { RETROACTIVE, INCREMENTAL }

    /** A tier starts at {@code from} (inclusive, in the table's measure) and pays {@code ratePercent} of the value. */
    record Tier(BigDecimal from, BigDecimal ratePercent) {
    }

    record TierTable(Measure measure, Mode mode, List<Tier> tiers) {

        TierTable {
            tiers = tiers == null ? List.of() : List.copyOf(tiers);
        }

        /** The 1-based number of the tier a period total reaches, 0 below the first. */
        int reached(BigDecimal total) {
            int reached = 0;
            for (int i = 0; i < tiers.size(); i++) {
                if (total.compareTo(tiers.get(i).from()) >= 0) {
                    reached = i + 1;
                }
            }
            return reached;
        }

        BigDecimal rate(int tier) {
            return tier == 0 ? BigDecimal.ZERO : tiers.get(tier - 1).ratePercent();
        }

        /** Where band {@code i} (0-based) ends: the next tier's start, or never. */
        BigDecimal bandEnd(int i) {
            return i + 1 < tiers.size() ? tiers.get(i + 1).from() : null;
        }
    }

    /** A fixed amount per unit sold of one SKU. */
    record Spiff(String sku, BigDecimal perUnit) {
    }

    static final int MAX_TIERS = 20;
    static final int MAX_SPIFFS = 200;
    static final int MAX_PRODUCTS = 500;
    private static final BigDecimal HUNDRED = new BigDecimal(100);
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    Rules {
        rebatePercent = rebatePercent == null ? BigDecimal.ZERO : rebatePercent;
        growthBonusPercent = growthBonusPercent == null ? BigDecimal.ZERO : growthBonusPercent;
        spiffs = spiffs == null ? List.of() : List.copyOf(spiffs);
        productLines = productLines == null ? List.of() : productLines.stream().map(String::strip).distinct().toList();
        skus = skus == null ? List.of() : skus.stream().map(String::strip).distinct().toList();
        if (tiers != null && tiers.tiers().isEmpty()) {
            tiers = null;
        }
    }

    boolean covers(String sku, String productLine) {
        return productLines.isEmpty() && skus.isEmpty() || skus.contains(sku) || productLine != null && productLines.contains(productLine);
    }

    BigDecimal spiffOf(String sku) {
        return spiffs.stream().filter(spiff -> spiff.sku().equals(sku)).map(Spiff::perUnit).findFirst().orElse(null);
    }

    /** Adds every rule broken to {@code errors}, at paths under {@code path}. */
    void validate(String path, UserErrors errors) {
        percent(path + ".rebatePercent", rebatePercent, errors);
        percent(path + ".growthBonusPercent", growthBonusPercent, errors);
        if (tiers != null) {
            validateTiers(path + ".tiers", errors);
        }
        if (spiffs.size() > MAX_SPIFFS) {
            errors.add(path + ".spiffs", UserErrorCode.TOO_MANY, "at most " + MAX_SPIFFS + " SPIFFs");
        }
        Set<String> spiffSkus = new HashSet<>();
        for (int i = 0; i < spiffs.size(); i++) {
            Spiff spiff = spiffs.get(i);
            errors.requireText(path + ".spiffs." + i + ".sku", spiff.sku(), 64);
            if (spiff.sku() != null && !spiffSkus.add(spiff.sku())) {
                errors.add(path + ".spiffs." + i + ".sku", UserErrorCode.DUPLICATE, "one SPIFF per SKU");
            }
            amount(path + ".spiffs." + i + ".perUnit", spiff.perUnit(), errors);
        }
        if (productLines.size() + skus.size() > MAX_PRODUCTS) {
            errors.add(path + ".skus", UserErrorCode.TOO_MANY, "at most " + MAX_PRODUCTS + " product lines and SKUs");
        }
        for (int i = 0; i < productLines.size(); i++) {
            errors.requireText(path + ".productLines." + i, productLines.get(i), 80);
        }
        for (int i = 0; i < skus.size(); i++) {
            errors.requireText(path + ".skus." + i, skus.get(i), 64);
        }
        if (rebatePercent.signum() == 0 && tiers == null && spiffs.isEmpty() && growthBonusPercent.signum() == 0) {
            errors.add(path, UserErrorCode.REQUIRED, "give at least one rule: a rebate, tiers, a SPIFF or a growth bonus");
        }
    }

    private void validateTiers(String path, UserErrors errors) {
        if (tiers.measure() == null) {
            errors.add(path + ".measure", UserErrorCode.REQUIRED, "VALUE or QUANTITY");
        }
        if (tiers.mode() == null) {
            errors.add(path + ".mode", UserErrorCode.REQUIRED, "RETROACTIVE or INCREMENTAL");
        }
        if (tiers.tiers().size() > MAX_TIERS) {
            errors.add(path + ".tiers", UserErrorCode.TOO_MANY, "at most " + MAX_TIERS + " tiers");
        }
        BigDecimal previous = null;
        for (int i = 0; i < tiers.tiers().size(); i++) {
            Tier tier = tiers.tiers().get(i);
            String at = path + ".tiers." + i;
            percent(at + ".ratePercent", tier.ratePercent(), errors);
            if (tier.from() == null) {
                errors.add(at + ".from", UserErrorCode.REQUIRED, "where the tier starts");
                continue;
            }
            if (tier.from().signum() < 0 || tier.from().compareTo(MAX_AMOUNT) >= 0) {
                errors.add(at + ".from", UserErrorCode.INVALID, "between 0 and " + MAX_AMOUNT.toPlainString());
            } else if (tiers.measure() == Measure.QUANTITY && tier.from().stripTrailingZeros().scale() > 0) {
                errors.add(at + ".from", UserErrorCode.INVALID, "a quantity tier starts at a whole number of units");
            } else if (tier.from().stripTrailingZeros().scale() > 2) {
                errors.add(at + ".from", UserErrorCode.INVALID, "at most two decimals");
            }
            if (previous != null && tier.from().compareTo(previous) <= 0) {
                errors.add(at + ".from", UserErrorCode.INVALID, "tiers overlap: each must start above the one before ("
                        + previous.toPlainString() + ")");
            }
            previous = tier.from();
        }
    }

    private static void percent(String path, BigDecimal rate, UserErrors errors) {
        if (rate == null) {
            errors.add(path, UserErrorCode.REQUIRED, "a percentage from 0 to 100");
        } else if (rate.signum() < 0 || rate.compareTo(HUNDRED) > 0) {
            errors.add(path, UserErrorCode.INVALID, "rate out of range: a percentage from 0 to 100");
        } else if (rate.stripTrailingZeros().scale() > 4) {
            errors.add(path, UserErrorCode.INVALID, "at most four decimals");
        }
    }

    private static void amount(String path, BigDecimal amount, UserErrors errors) {
        if (amount == null) {
            errors.add(path, UserErrorCode.REQUIRED, "an amount per unit");
        } else if (amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) >= 0) {
            errors.add(path, UserErrorCode.INVALID, "must be positive");
        } else if (amount.stripTrailingZeros().scale() > 2) {
            errors.add(path, UserErrorCode.INVALID, "at most two decimals");
        }
    }
}
