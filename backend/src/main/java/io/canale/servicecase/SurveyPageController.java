package io.canale.servicecase;

import io.canale.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The public survey page, in the browser's language (Italian or English): the one question, then a thank-you. No
 * sign-in: the token in the link is the capability. An unknown link answers 404, a used or expired one 410, each with a
 * page that says so; nothing is recorded then.
 */
@Controller
class SurveyPageController {

    static final String THANKS = SurveyLinks.PATH + "thanks";

    private final CaseSurveys surveys;

    SurveyPageController(CaseSurveys surveys) {
        this.surveys = surveys;
    }

    @GetMapping(SurveyLinks.PATH + "{token}")
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<CaseSurveys.Opened> opened = surveys.open(token);
        if (opened.isEmpty() || opened.get().status() == CaseSurvey.Status.ANSWERED || opened.get().status() == CaseSurvey.Status.EXPIRED) {
            return closed(opened, model, response);
        }
        model.addAttribute("token", token).addAttribute("dealer", opened.get().dealerName());
        return "survey";
    }

    @PostMapping(SurveyLinks.PATH + "{token}")
    ModelAndView answer(@PathVariable String token, @RequestParam(required = false) String score,
            @RequestParam(required = false) String comment, Model model, HttpServletResponse response) {
        Optional<CaseSurveys.Opened> opened = surveys.open(token);
        if (opened.isEmpty() || opened.get().status() == CaseSurvey.Status.ANSWERED || opened.get().status() == CaseSurvey.Status.EXPIRED) {
            return page(closed(opened, model, response), model);
        }
        CaseSurveys.Answer answer;
        try {
            answer = surveys.answer(token, parse(score), comment);
        } catch (InvalidInputException invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("token", token).addAttribute("dealer", opened.get().dealerName()).addAttribute("comment", comment)
                    .addAttribute("score", parse(score))
                    .addAttribute("error", "comment".equals(invalid.errors().getFirst().field().getFirst()) ? "survey.error.comment"
                            : "survey.error.score");
            return page("survey", model);
        }
        return switch (answer) {
            case RECORDED -> {
                // 303: the browser shows the thank-you with a GET, so reloading it posts nothing again.
                RedirectView thanks = new RedirectView(THANKS, true);
                thanks.setStatusCode(HttpStatus.SEE_OTHER);
                yield new ModelAndView(thanks);
            }
            // Another submit won in between, or the link ran out meanwhile.
            case ANSWERED_BEFORE, EXPIRED, UNKNOWN -> page(closed(surveys.open(token), model, response), model);
        };
    }

    private static ModelAndView page(String view, Model model) {
        return new ModelAndView(view, model.asMap());
    }

    @GetMapping(THANKS)
    String thanks(Model model) {
        model.addAttribute("state", "thanks");
        return "survey";
    }

    private static String closed(Optional<CaseSurveys.Opened> opened, Model model, HttpServletResponse response) {
        if (opened.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("state", "unknown");
        } else {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("state", opened.get().status() == CaseSurvey.Status.ANSWERED ? "answered" : "expired");
        }
        return "survey";
    }

    private static Integer parse(String score) {
        try {
            return score == null ? null : Integer.valueOf(score.strip());
        } catch (NumberFormatException ex) {
            return null;
        }
    }
}
