package io.nocvault.notify.internal;

import io.nocvault.notify.Alert;
import io.nocvault.notify.AlertCategory;
import io.nocvault.notify.AlertTexts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns alerts into the message one recipient (or one webhook) gets: a single alert as it is, several as one
 * summary such as {@code Backup run 12: 50 backups failed: a, b, c … and 47 more}. Links become absolute with
 * {@code nocvault.base-url}.
 */
@Component
class MessageComposer {

    static final int LISTED_ITEMS = 20;

    private final String baseUrl;

    MessageComposer(@Value("${nocvault.base-url:http://localhost:${server.port:8080}}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    Message compose(List<Alert> alerts) {
        List<Alert> absolute =
                alerts.stream().map(a -> a.withLink(absolute(a.link()))).toList();
        Alert first = absolute.getFirst();
        String batchKey = first.batch() == null ? null : first.batch().key();
        Long nocId = absolute.stream().map(Alert::nocId).allMatch(n -> Objects.equals(n, first.nocId()))
                ? first.nocId()
                : null;
        if (absolute.size() == 1) {
            return new Message(
                    first.subject(),
                    withLink(first.text(), first.link()),
                    first.link(),
                    first.category(),
                    nocId,
                    batchKey,
                    absolute);
        }
        String link =
                absolute.stream().map(Alert::link).allMatch(l -> Objects.equals(l, first.link())) ? first.link() : null;
        String title = first.batch() == null ? "NocVault" : first.batch().title();
        Map<Group, List<Alert>> groups = new LinkedHashMap<>();
        absolute.forEach(a -> groups.computeIfAbsent(new Group(a.category(), a.recovery()), g -> new ArrayList<>())
                .add(a));
        String subject = groups.size() == 1
                ? title + ": " + groupText(groups.keySet().iterator().next(), absolute.size())
                : title + ": " + absolute.size() + " alerts";
        List<String> lines = new ArrayList<>();
        groups.forEach(
                (group, members) -> lines.add(title + ": " + groupText(group, members.size()) + ": " + items(members)));
        return new Message(
                subject, withLink(String.join("\n", lines), link), link, first.category(), nocId, batchKey, absolute);
    }

    String absolute(String link) {
        if (link == null || link.isBlank() || link.startsWith("http://") || link.startsWith("https://")) {
            return link;
        }
        return baseUrl + (link.startsWith("/") ? link : "/" + link);
    }

    private static String groupText(Group group, int count) {
        return AlertTexts.summaryGroup(group.category(), group.recovery(), count);
    }

    private static String items(List<Alert> members) {
        List<String> names =
                members.stream().map(Alert::itemOrSubject).distinct().toList();
        String listed = String.join(", ", names.subList(0, Math.min(LISTED_ITEMS, names.size())));
        return names.size() > LISTED_ITEMS ? listed + " … and " + (names.size() - LISTED_ITEMS) + " more" : listed;
    }

    private static String withLink(String text, String link) {
        return link == null ? text : text + "\n" + link;
    }

    private record Group(AlertCategory category, boolean recovery) {}
}
