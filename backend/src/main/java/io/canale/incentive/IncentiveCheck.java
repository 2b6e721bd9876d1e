package io.canale.incentive;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Recomputes a program period from scratch, from the order and return history (not from what the feed recorded), and
 * compares it line by line with the ledger's balances. Also gives the snapshot hash a closed period is frozen with:
 * SHA-256 over the period's entries in id order.
 */
@Component
class IncentiveCheck {

    /** One line (or a partner's growth bonus) where the ledger and the recomputation disagree. */
    record Difference(String partnerId, String lineKey, Accruals.Component component, String orderId, Integer line, BigDecimal expected,
            BigDecimal recorded) {
    }

    /** A partner's totals in both. */
    record PartnerTotal(String partnerId, BigDecimal expected, BigDecimal recorded) {
    }

    record Result(String programId, String period, BigDecimal expected, BigDecimal recorded, int entryCount, List<PartnerTotal> partners,
            List<Difference> differences, String snapshotHash, Boolean snapshotMatches) {

        boolean matches() {
            return differences.isEmpty() && (snapshotMatches == null || snapshotMatches);
        }
    }

    private final Purchases purchases;
    private final Ledger ledger;
    private final Participants participants;

    IncentiveCheck(Purchases purchases, Ledger ledger, Participants participants) {
        this.purchases = purchases;
        this.ledger = ledger;
        this.participants = participants;
    }

    Result run(Program program, Period period) {
        Map<String, List<Purchase>> history = byPartner(purchases.fromHistory(period.startInstant(), period.endExclusive()));
        boolean growth = program.versions().stream().anyMatch(v -> v.rules().growthBonusPercent().signum() > 0);
        Period before = period.sameLastYear();
        Map<String, List<Purchase>> lastYear = growth ? byPartner(purchases.fromHistory(before.startInstant(), before.endExclusive())) : Map.of();
        List<LedgerEntry> entries = ledger.entries(program.id(), period.key());
        Map<String, List<LedgerEntry>> recorded = entries.stream().collect(Collectors.groupingBy(LedgerEntry::partnerId, TreeMap::new,
                Collectors.toList()));
        Set<String> partners = new java.util.TreeSet<>(recorded.keySet());
        history.keySet().stream().filter(partnerId -> participants.admits(program, partnerId)).forEach(partners::add);
        List<Difference> differences = new ArrayList<>();
        List<PartnerTotal> totals = new ArrayList<>();
        BigDecimal expectedTotal = BigDecimal.ZERO;
        for (String partnerId : partners) {
            Map<String, Accruals.Target> targets = participants.admits(program, partnerId)
                    ? Accruals.of(program, period, history.getOrDefault(partnerId, List.of()), lastYear.getOrDefault(partnerId, List.of()))
                    : Map.of();
            Map<String, BigDecimal> balances = Ledger.balances(recorded.getOrDefault(partnerId, List.of()));
            Set<String> keys = new LinkedHashSet<>(targets.keySet());
            keys.addAll(balances.keySet());
            BigDecimal expected = BigDecimal.ZERO;
            for (String key : keys) {
                Accruals.Target target = targets.get(key);
                BigDecimal want = target == null ? BigDecimal.ZERO : target.amount();
                BigDecimal have = balances.getOrDefault(key, BigDecimal.ZERO);
                expected = expected.add(want);
                if (want.compareTo(have) != 0) {
                    LedgerEntry any = recorded.getOrDefault(partnerId, List.of()).stream().filter(e -> e.key().equals(key)).findFirst().orElse(null);
                    String lineKey = target != null ? target.lineKey() : any.lineKey();
                    Accruals.Component component = target != null ? target.component() : any.component();
                    Purchase purchase = target != null ? target.purchase() : null;
                    differences.add(new Difference(partnerId, lineKey, component,
                            purchase != null ? purchase.orderId() : any == null ? null : any.orderId(),
                            purchase != null ? Integer.valueOf(purchase.line()) : any == null ? null : any.line(), want, have));
                }
            }
            expectedTotal = expectedTotal.add(expected);
            totals.add(new PartnerTotal(partnerId, expected, Ledger.total(recorded.getOrDefault(partnerId, List.of()))));
        }
        differences.sort(Comparator.comparing(Difference::partnerId).thenComparing(Difference::lineKey));
        String hash = program.closing(period.key()).map(Program.ClosedPeriod::snapshotHash).orElse(null);
        return new Result(program.id(), period.key(), expectedTotal, Ledger.total(entries), entries.size(), totals, differences, hash,
                hash == null ? null : hash.equals(snapshotHash(entries)));
    }

    /** SHA-256 (hex) over the entries' canonical lines in id order. */
    static String snapshotHash(List<LedgerEntry> entries) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            entries.stream().sorted(Comparator.comparing(LedgerEntry::id))
                    .forEach(entry -> digest.update((entry.canonical() + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every JDK", ex);
        }
    }

    private static Map<String, List<Purchase>> byPartner(List<Purchase> purchases) {
        Map<String, List<Purchase>> grouped = new LinkedHashMap<>();
        purchases.forEach(purchase -> grouped.computeIfAbsent(purchase.partnerId(), p -> new ArrayList<>()).add(purchase));
        return grouped;
    }
}
