package io.canale.identity;

import io.canale.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Where an invited person chooses a password; afterwards they sign in like everybody else. */
@Controller
class InvitationController {

    private final UserAccounts accounts;

    InvitationController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/invitation")
    String form(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        return "invitation";
    }

    @PostMapping("/invitation")
    String accept(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmation, Model model) {
        model.addAttribute("token", token);
        if (!password.equals(confirmation)) {
            model.addAttribute("error", "invitation.error.mismatch");
            return "invitation";
        }
        try {
            accounts.acceptInvitation(token, password);
            return "redirect:/login?activated";
        } catch (InvalidInputException ex) {
            model.addAttribute("error", "password".equals(ex.errors().getFirst().field().getFirst())
                    ? "invitation.error.password" : "invitation.error.token");
            return "invitation";
        }
    }
}
