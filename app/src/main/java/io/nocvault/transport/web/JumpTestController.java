package io.nocvault.transport.web;

import io.nocvault.common.ConflictException;
import io.nocvault.common.web.Views;
import io.nocvault.transport.ConnectStep;
import io.nocvault.transport.ConnectionReport;
import io.nocvault.transport.internal.JumpServerTests;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The "Test jump server" button of a NOC's page (operators and above): runs the test and answers the result, as a
 * fragment for htmx or as a page. A NOC the caller may not see answers 404 before any 403.
 */
@Controller
class JumpTestController {

    private final JumpServerTests tests;

    JumpTestController(JumpServerTests tests) {
        this.tests = tests;
    }

    @PostMapping("/nocs/{id}/test-jump")
    @PreAuthorize("hasRole('OPERATOR') or !@nocScope.canSee(#id)")
    String test(@PathVariable long id, Model model, HttpServletRequest request) {
        model.addAttribute("nocId", id);
        try {
            ConnectionReport report = tests.test(id);
            model.addAttribute("report", report);
            model.addAttribute("hostKeyRefused", refusedAt(report, ConnectStep.HOST_KEY));
        } catch (ConflictException e) {
            model.addAttribute("problem", e.getMessage());
        }
        return Views.isHtmx(request) ? "hostkeys/jump-test :: result" : "hostkeys/jump-test";
    }

    private static boolean refusedAt(ConnectionReport report, ConnectStep step) {
        return report.steps().stream().anyMatch(s -> !s.ok() && s.step().equals(step.label()));
    }
}
