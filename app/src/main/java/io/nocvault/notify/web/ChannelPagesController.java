package io.nocvault.notify.web;

import io.nocvault.common.ConflictException;
import io.nocvault.common.web.FormErrors;
import io.nocvault.common.web.Views;
import io.nocvault.notify.internal.ChannelAnswer;
import io.nocvault.notify.internal.ChannelCommand;
import io.nocvault.notify.internal.ChannelDetails;
import io.nocvault.notify.internal.ChannelService;
import io.nocvault.notify.internal.ChannelType;
import io.nocvault.notify.internal.FieldProblem;
import io.nocvault.notify.internal.InvalidInputException;
import io.nocvault.notify.internal.NotifyAuthorization;
import io.nocvault.notify.internal.TlsMode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notification channel pages (admins): list, create and edit forms, delete, and "Send test". */
@Controller
@RequestMapping("/notification-channels")
@PreAuthorize(NotifyAuthorization.ADMIN)
class ChannelPagesController {

    private static final String FORM = "notify/channel-form";

    private final ChannelService channels;

    ChannelPagesController(ChannelService channels) {
        this.channels = channels;
    }

    @GetMapping
    String list(Model model, HttpServletRequest request) {
        model.addAttribute("channels", channels.list());
        return Views.page(request, "notify/channels");
    }

    @GetMapping("/new")
    String newForm(@RequestParam(defaultValue = "WHATSAPP") ChannelType type, Model model, HttpServletRequest request) {
        return show(model, request, ChannelForm.empty(type), null, List.of());
    }

    @PostMapping
    String create(@ModelAttribute ChannelForm form, Model model, HttpServletRequest request, RedirectAttributes flash) {
        return save(form, null, model, request, flash, channels::create);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model, HttpServletRequest request) {
        ChannelDetails current = channels.get(id);
        return show(model, request, ChannelForm.of(current), current, List.of());
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute ChannelForm form,
            Model model,
            HttpServletRequest request,
            RedirectAttributes flash) {
        ChannelDetails current = channels.get(id);
        return save(form, current, model, request, flash, command -> channels.update(id, command));
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model, HttpServletRequest request) {
        model.addAttribute("channel", channels.get(id));
        return Views.page(request, "notify/channel-delete");
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes flash) {
        String name = channels.get(id).name();
        channels.delete(id);
        flash.addFlashAttribute("flashSuccess", "Deleted channel " + name);
        return "redirect:/notification-channels";
    }

    /** "Send test": answers the result fragment (htmx) or the list page with the result. */
    @PostMapping("/{id}/test")
    String test(
            @PathVariable long id, @RequestParam(required = false) String to, Model model, HttpServletRequest request) {
        ChannelDetails channel = channels.get(id);
        model.addAttribute("channel", channel);
        try {
            ChannelAnswer answer = channels.test(id, to);
            model.addAttribute("answer", answer);
        } catch (InvalidInputException e) {
            model.addAttribute("problem", e.problems().getFirst().message());
        }
        if (Views.isHtmx(request)) {
            return "notify/channel-test :: result";
        }
        model.addAttribute("channels", channels.list());
        model.addAttribute("tested", channel.id());
        return "notify/channels";
    }

    private String save(
            ChannelForm form,
            ChannelDetails current,
            Model model,
            HttpServletRequest request,
            RedirectAttributes flash,
            Function<ChannelCommand, ChannelDetails> action) {
        ChannelForm.Parsed parsed = form.parse();
        List<FieldProblem> problems = new ArrayList<>(parsed.problems());
        problems.addAll(channels.problems(parsed.command(), current == null ? null : current.id()));
        if (problems.isEmpty()) {
            try {
                ChannelDetails saved = action.apply(parsed.command());
                flash.addFlashAttribute(
                        "flashSuccess", (current == null ? "Created" : "Saved") + " channel " + saved.name());
                return "redirect:/notification-channels";
            } catch (ConflictException e) {
                problems.add(new FieldProblem(e.field() == null ? "name" : e.field(), e.getMessage()));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        return show(model, request, form.withoutSecret(), current, problems);
    }

    private static String show(
            Model model,
            HttpServletRequest request,
            ChannelForm form,
            ChannelDetails current,
            List<FieldProblem> problems) {
        model.addAttribute("form", form);
        FormErrors.show(model, form, problems);
        model.addAttribute("channel", current);
        model.addAttribute("types", ChannelType.values());
        model.addAttribute("tlsModes", TlsMode.values());
        return Views.page(request, FORM);
    }
}
