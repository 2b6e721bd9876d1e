package io.canale.servicecase;

import io.canale.partner.PartnerDirectory;
import io.canale.partner.PartnerRef;
import io.canale.security.AccessPolicy;
import io.canale.security.Actions;
import io.canale.security.Caller;
import io.canale.security.Facts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A case's thread as one reader sees it, decided once per thread instead of once per comment. A thread of hundreds of
 * comments has a handful of authors and visibilities, so each policy question is asked once per distinct set of facts
 * (the answer depends on nothing else), the partners it names are read in one query, and every field of a comment is a
 * record component that graphql-java reads as a property: no resolver, data loader or observation per comment. The
 * access rules are the policy's, unchanged ({@code mayReadComment}, {@code seesPeopleOf}, {@code seesCommentHistory},
 * {@code mayReadAttachments}, {@code commentActions}).
 */
final class ReaderThread {

    /**
     * A comment as its reader sees it. The fields the query did not select are left null.
     *
     * @param author the person, for staff and the author's own colleagues; null for other readers
     * @param history earlier texts, for staff; null for partners
     * @param attachments its files, for readers who may download them (once it is deleted, staff only)
     */
    record CommentView(String id, CaseComment.Visibility visibility, String body, Instant at, Instant editedAt, boolean deleted,
            String author, PartnerRef authorPartner, PartnerRef addressedTo, List<CaseComment.Revision> history,
            List<CaseAttachments.View> attachments, Actions.CaseComment viewerCan) {
    }

    private final AccessPolicy policy;
    private final PartnerDirectory partners;
    private final Caller caller;
    private final ServiceCase serviceCase;
    private final Facts.ServiceCase caseFacts;
    private final Predicate<String> selected;
    private final Map<Facts.CaseComment, Boolean> readable = new HashMap<>();

    /**
     * @param selected whether the query asks for a field of the comments (e.g. {@code "author"})
     */
    ReaderThread(AccessPolicy policy, PartnerDirectory partners, Caller caller, ServiceCase serviceCase, Facts.ServiceCase caseFacts,
            Predicate<String> selected) {
        this.policy = policy;
        this.partners = partners;
        this.caller = caller;
        this.serviceCase = serviceCase;
        this.caseFacts = caseFacts;
        this.selected = selected;
    }

    /** The latest {@code last} comments the reader may read, oldest first. */
    List<CommentView> latest(int last) {
        List<CaseComment> visible = new ArrayList<>();
        for (CaseComment comment : serviceCase.comments()) {
            if (readable.computeIfAbsent(comment.facts(), facts -> policy.mayReadComment(caller, facts))) {
                visible.add(comment);
            }
        }
        return views(visible.subList(Math.max(0, visible.size() - last), visible.size()));
    }

    /** One comment the reader just wrote or changed. */
    CommentView one(CaseComment comment) {
        return views(List.of(comment)).getFirst();
    }

    private List<CommentView> views(List<CaseComment> comments) {
        Map<String, String> names = partnerNames(comments);
        boolean wantsAuthor = selected.test("author");
        boolean history = selected.test("history") && policy.seesCommentHistory(caller);
        boolean wantsFiles = selected.test("attachments");
        boolean wantsActions = selected.test("viewerCan");
        Map<String, Boolean> seesPeople = new HashMap<>();
        Map<Facts.CaseComment, Boolean> seesFiles = new HashMap<>();
        Map<Facts.CaseComment, Actions.CaseComment> actions = new HashMap<>();
        List<CommentView> views = new ArrayList<>(comments.size());
        for (CaseComment comment : comments) {
            Facts.CaseComment facts = comment.facts();
            String author = wantsAuthor && seesPeople.computeIfAbsent(comment.authorPartnerId(), partner -> policy.seesPeopleOf(caller, partner))
                    ? comment.authorSubject() : null;
            List<CaseAttachments.View> files = wantsFiles ? files(comment,
                    seesFiles.computeIfAbsent(facts, shown -> policy.mayReadAttachments(caller, caseFacts, shown))) : null;
            views.add(new CommentView(comment.id(), comment.visibility(), comment.body(), comment.at(), comment.editedAt(), comment.isDeleted(),
                    author, ref(comment.authorPartnerId(), names), ref(comment.addressedTo(), names), history ? comment.revisions() : null,
                    files, wantsActions ? actions.computeIfAbsent(facts, shown -> policy.commentActions(caller, caseFacts, shown)) : null));
        }
        return views;
    }

    /** The partners the comments name, in one query, when the query asks for them (null when it does not). */
    private Map<String, String> partnerNames(List<CaseComment> comments) {
        boolean authors = selected.test("authorPartner");
        boolean addressees = selected.test("addressedTo");
        if (!authors && !addressees) {
            return null;
        }
        Set<String> ids = new HashSet<>();
        for (CaseComment comment : comments) {
            if (authors) {
                ids.add(comment.authorPartnerId());
            }
            if (addressees && comment.addressedTo() != null) {
                ids.add(comment.addressedTo());
            }
        }
        return ids.isEmpty() ? Map.of() : partners.namesOf(ids);
    }

    private static PartnerRef ref(String partnerId, Map<String, String> names) {
        return partnerId == null || names == null ? null : new PartnerRef(partnerId, names.getOrDefault(partnerId, "?"));
    }

    private List<CaseAttachments.View> files(CaseComment comment, boolean shown) {
        return shown ? comment.attachments().stream().map(file -> CaseAttachments.View.of(serviceCase.id(), file)).toList() : List.of();
    }
}
