package io.nocvault.compare;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Renders a comparison as an HTML fragment (for API answers that ask for HTML) with the same Thymeleaf fragments
 * that pages include ({@code templates/compare/fragments.html}). The fragment is styled by
 * {@code /css/compare.css}; all text is escaped.
 */
@Component
public class ComparisonHtml {

    /** The views the fragments offer. */
    public enum View {
        SIDE_BY_SIDE("side-by-side"),
        UNIFIED("unified");

        private final String fragment;

        View(String fragment) {
            this.fragment = fragment;
        }
    }

    static final String TEMPLATE = "compare/fragments";

    private final ITemplateEngine templates;

    public ComparisonHtml(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The summary line and the view, as one HTML fragment. */
    public String render(Comparison comparison, View view) {
        Context context = new Context();
        context.setVariables(Map.of("comparison", comparison));
        return templates.process(
                new TemplateSpec(TEMPLATE, Set.of("summary", view.fragment), TemplateMode.HTML, null), context);
    }
}
