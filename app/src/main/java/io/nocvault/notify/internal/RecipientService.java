package io.nocvault.notify.internal;

import io.nocvault.common.ConflictException;
import io.nocvault.common.NotFoundException;
import io.nocvault.common.Origin;
import io.nocvault.common.Paging;
import io.nocvault.noc.NocDirectory;
import io.nocvault.noc.NocSummary;
import io.nocvault.notify.RecipientChanged;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes, deletes and reads recipients within the caller's scope ({@link RecipientScope}). Who may call
 * what is decided by the controllers; what the caller may see and touch is decided here.
 */
@Service
@Transactional
public class RecipientService {

    static final String NEEDS_ADDRESS = "Enter a phone number or an e-mail address";
    static final String NEEDS_NOC = "Pick at least one NOC (only a head admin manages recipients of all NOCs)";
    static final String UNKNOWN_NOC = "Unknown NOC";

    private final RecipientStore store;
    private final RecipientScope scope;
    private final NocDirectory nocs;
    private final Validator validator;
    private final ApplicationEventPublisher events;

    RecipientService(
            RecipientStore store,
            RecipientScope scope,
            NocDirectory nocs,
            Validator validator,
            ApplicationEventPublisher events) {
        this.store = store;
        this.scope = scope;
        this.nocs = nocs;
        this.validator = validator;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Page<RecipientDetails> list(String q, Paging paging) {
        String query = q == null || q.isBlank() ? null : q.strip();
        String condition = scope.listCondition();
        long total = store.count(condition, query);
        List<RecipientRow> rows = store.list(condition, query, paging.limit(), paging.offset());
        Map<Long, NocSummary> named = visibleNocs();
        return new PageImpl<>(
                rows.stream().map(r -> details(r, named)).toList(), PageRequest.of(0, paging.limit()), total);
    }

    @Transactional(readOnly = true)
    public RecipientDetails get(long id) {
        return details(load(id), visibleNocs());
    }

    /** The problems {@code command} would have; nothing is stored. */
    @Transactional(readOnly = true)
    public List<FieldProblem> problems(RecipientCommand command) {
        List<FieldProblem> problems = new ArrayList<>();
        validator.validate(command).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage())));
        if (command.phone() == null && command.email() == null) {
            problems.add(new FieldProblem("phone", NEEDS_ADDRESS));
        }
        Map<Long, NocSummary> visible = visibleNocs();
        if (command.nocIds().stream().anyMatch(id -> !visible.containsKey(id))) {
            problems.add(new FieldProblem("nocIds", UNKNOWN_NOC));
        }
        return problems;
    }

    public RecipientDetails create(RecipientCommand command) {
        requireValid(command);
        Set<Long> nocIds = new LinkedHashSet<>(command.nocIds());
        requireNocOrUnrestricted(nocIds);
        long id = store.insert(command, nocIds, Instant.now());
        publish("created", id, command.name(), nocIds, null);
        return get(id);
    }

    public RecipientDetails update(long id, RecipientCommand command) {
        RecipientRow current = load(id);
        requireValid(command);
        Set<Long> nocIds = new LinkedHashSet<>(command.nocIds());
        current.nocIds().stream().filter(n -> !scope.canSeeNoc(n)).forEach(nocIds::add);
        requireNocOrUnrestricted(nocIds);
        store.update(id, command, nocIds, Instant.now());
        publish("updated", id, command.name(), nocIds, changes(current, command, nocIds));
        return get(id);
    }

    public void delete(long id) {
        RecipientRow current = load(id);
        if (current.nocIds().stream().anyMatch(n -> !scope.canSeeNoc(n))) {
            throw new ConflictException(
                    null,
                    "Recipient " + current.name() + " also serves NOCs you cannot manage; remove your NOCs from"
                            + " him instead");
        }
        store.delete(id);
        publish("deleted", id, current.name(), current.nocIds(), null);
    }

    private RecipientRow load(long id) {
        return store.find(id)
                .filter(r -> scope.canSee(r.nocIds()))
                .orElseThrow(() -> new NotFoundException("Recipient", id));
    }

    private void requireValid(RecipientCommand command) {
        List<FieldProblem> problems = problems(command);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void requireNocOrUnrestricted(Set<Long> nocIds) {
        if (nocIds.isEmpty() && !scope.unrestricted()) {
            throw new InvalidInputException(List.of(new FieldProblem("nocIds", NEEDS_NOC)));
        }
    }

    private void publish(String change, long id, String name, Set<Long> nocIds, String detail) {
        Long nocId = nocIds.size() == 1 ? nocIds.iterator().next() : null;
        events.publishEvent(new RecipientChanged(Origin.current(), change, id, name, nocId, detail));
    }

    private Map<Long, NocSummary> visibleNocs() {
        return nocs.visible().stream().collect(Collectors.toMap(NocSummary::id, Function.identity()));
    }

    private static RecipientDetails details(RecipientRow r, Map<Long, NocSummary> visible) {
        List<NocSummary> shown = r.nocIds().stream()
                .map(visible::get)
                .filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(NocSummary::name))
                .toList();
        return new RecipientDetails(
                r.id(),
                r.name(),
                r.phone(),
                r.email(),
                r.nocIds().isEmpty(),
                shown,
                r.deviceAlerts(),
                r.backupAlerts(),
                r.configAlerts(),
                r.enabled(),
                r.createdAt(),
                r.updatedAt());
    }

    private static String changes(RecipientRow before, RecipientCommand after, Set<Long> nocIds) {
        List<String> changed = new ArrayList<>();
        addIf(changed, !before.name().equals(after.name()), "name");
        addIf(changed, !java.util.Objects.equals(before.phone(), after.phone()), "phone");
        addIf(changed, !java.util.Objects.equals(before.email(), after.email()), "e-mail");
        addIf(changed, !before.nocIds().equals(nocIds), "NOCs");
        addIf(
                changed,
                before.deviceAlerts() != after.deviceAlerts()
                        || before.backupAlerts() != after.backupAlerts()
                        || before.configAlerts() != after.configAlerts(),
                "preferences");
        addIf(changed, before.enabled() != after.enabled(), after.enabled() ? "enabled" : "disabled");
        return changed.isEmpty() ? "no change" : "changed " + String.join(", ", changed);
    }

    private static void addIf(List<String> list, boolean condition, String value) {
        if (condition) {
            list.add(value);
        }
    }
}
