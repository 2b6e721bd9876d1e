package io.canale.portal.servicecase;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.canale.portal.AmountField;
import io.canale.portal.Amounts;
import io.canale.portal.ReasonDialog;
import io.canale.portal.UserErrorDisplay;
import io.canale.portal.api.FieldPaths;
import io.canale.portal.api.MoneyInput;
import io.canale.portal.api.PartnerRef;
import java.math.BigDecimal;
import java.util.List;

/**
 * A case's recovery claims as the API shows them to the reader (staff: all; the claimed supplier or carrier: its own;
 * the dealer: none), with the moves each claim's {@code viewerCan} allows, and staff's "claim" dialog.
 */
class CaseClaims extends Div {

    private final ServiceCase serviceCase;
    private final ServiceCaseApi api;
    private final Runnable changed;

    CaseClaims(ServiceCase serviceCase, ServiceCaseApi api, Runnable changed) {
        this.serviceCase = serviceCase;
        this.api = api;
        this.changed = changed;
        setId("case-claims");
        addClassName("detail-section");
        List<ServiceCase.Claim> claims = serviceCase.recoveryClaims() == null ? List.of() : serviceCase.recoveryClaims();
        boolean mayOpen = serviceCase.viewerCan().openRecoveryClaim();
        // Partners who take part in no claim never see the section.
        setVisible(mayOpen || !claims.isEmpty());
        add(new H3(getTranslation("case.claims")));
        if (claims.isEmpty()) {
            add(new Div(getTranslation("case.claims.empty")));
        } else {
            UnorderedList list = new UnorderedList();
            claims.forEach(claim -> list.add(claim(claim)));
            add(list);
        }
        if (mayOpen) {
            Button open = new Button(getTranslation("case.claims.open"), click -> openDialog());
            open.setId("case-claim-open");
            add(open);
        }
    }

    private ListItem claim(ServiceCase.Claim claim) {
        Span heading = new Span(claim.against().name() + " · " + getTranslation("claimReason." + claim.reason()) + " · "
                + Amounts.format(claim.amount(), getLocale()));
        heading.addClassName("entry-heading");
        Span status = new Span(getTranslation("claimStatus." + claim.status()));
        status.addClassName("case-status");
        status.getElement().setAttribute("data-status", claim.status().name());
        ListItem item = new ListItem(heading, status, new Div(claim.evidence()));
        if (claim.answer() != null) {
            item.add(new Div(getTranslation("case.claims.answer", claim.answer())));
        }
        item.setId("case-claim-" + claim.id());
        if (claim.viewerCan().accept()) {
            item.add(button("case-claim-accept-" + claim.id(), "case.claims.accept", () -> done(api.answerClaim(claim, true, null))));
        }
        if (claim.viewerCan().dispute()) {
            item.add(button("case-claim-dispute-" + claim.id(), "case.claims.dispute", () -> {
                ReasonDialog dialog = new ReasonDialog(getTranslation("case.claims.dispute"), getTranslation("case.claims.dispute"), 2_000);
                dialog.addReasonListener(given -> {
                    dialog.close();
                    done(api.answerClaim(claim, false, given.reason()));
                });
                dialog.open();
            }));
        }
        if (claim.viewerCan().withdraw()) {
            item.add(button("case-claim-withdraw-" + claim.id(), "case.claims.withdraw", () -> done(api.withdrawClaim(claim))));
        }
        return item;
    }

    private Button button(String id, String textKey, Runnable action) {
        Button button = new Button(getTranslation(textKey), click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.SMALL);
        return button;
    }

    private void done(RecoveryClaimPayload answer) {
        if (answer.succeeded()) {
            changed.run();
        } else {
            UserErrorDisplay.notify(answer.userErrors());
        }
    }

    /** Staff claim from one of the case's suppliers or carriers. */
    private void openDialog() {
        Dialog dialog = new Dialog();
        dialog.setId("case-claim-dialog");
        dialog.setHeaderTitle(getTranslation("case.claims.open"));
        Select<PartnerRef> against = new Select<>();
        against.setId("case-claim-against");
        against.setLabel(getTranslation("case.claims.against"));
        against.setItems(serviceCase.parties().stream().filter(party -> party.role() != ServiceCase.Role.DEALER)
                .map(ServiceCase.Party::partner).toList());
        against.setItemLabelGenerator(partner -> partner == null ? "" : partner.name());
        Select<ServiceCase.ClaimReason> reason = new Select<>();
        reason.setId("case-claim-reason");
        reason.setLabel(getTranslation("case.claims.reason"));
        reason.setItems(ServiceCase.ClaimReason.values());
        reason.setItemLabelGenerator(value -> value == null ? "" : getTranslation("claimReason." + value));
        AmountField amount = new AmountField(getTranslation("case.claims.amount"));
        amount.setId("case-claim-amount");
        TextField currency = new TextField(getTranslation("deal.currency"), "EUR", "");
        currency.setId("case-claim-currency");
        currency.setMaxLength(3);
        TextArea evidence = new TextArea(getTranslation("case.claims.evidence"));
        evidence.setId("case-claim-evidence");
        evidence.setMaxLength(10_000);
        FormLayout form = new FormLayout(against, reason, amount, currency, evidence);
        form.setColspan(evidence, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        dialog.add(form);
        Button send = new Button(getTranslation("case.claims.send"), click -> {
            if (amount.isUnreadable()) {
                return; // the field already says how to write the amount
            }
            BigDecimal value = amount.getValue();
            RecoveryClaimPayload answer = api.openClaim(serviceCase, against.getValue() == null ? null : against.getValue().id(),
                    reason.getValue(), value == null ? null : MoneyInput.of(value, currency.getValue().trim().toUpperCase(getLocale())),
                    evidence.getValue().trim());
            if (answer.succeeded()) {
                dialog.close();
                changed.run();
            } else {
                UserErrorDisplay.showOrNotify(answer.userErrors(), new FieldPaths<com.vaadin.flow.component.HasValidation>()
                        .bind("againstId", against).bind("reason", reason).bind("amount", amount).bind("amount.amount", amount)
                        .bind("amount.currency", currency).bind("evidence", evidence));
            }
        });
        send.setId("case-claim-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), send);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }

}
