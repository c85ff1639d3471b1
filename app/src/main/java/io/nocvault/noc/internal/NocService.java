package io.nocvault.noc.internal;

import io.nocvault.common.ConflictException;
import io.nocvault.common.NotFoundException;
import io.nocvault.common.Origin;
import io.nocvault.common.Paging;
import io.nocvault.noc.NocCreated;
import io.nocvault.noc.NocDeleted;
import io.nocvault.noc.NocDeletionCheck;
import io.nocvault.noc.NocUpdated;
import io.nocvault.secrets.SecretBox;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes, deletes and reads NOCs, always within the caller's {@link RequestNocScope}. Who may call what
 * is decided by the controllers ({@code @PreAuthorize}); what the caller may see is decided here.
 */
@Service
@Transactional
public class NocService {

    private final NocRepository nocs;
    private final NocGrants grants;
    private final NocValidation validation;
    private final RequestNocScope scope;
    private final SecretBox secrets;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<NocDeletionCheck> deletionChecks;

    NocService(
            NocRepository nocs,
            NocGrants grants,
            NocValidation validation,
            RequestNocScope scope,
            SecretBox secrets,
            ApplicationEventPublisher events,
            ObjectProvider<NocDeletionCheck> deletionChecks) {
        this.nocs = nocs;
        this.grants = grants;
        this.validation = validation;
        this.scope = scope;
        this.secrets = secrets;
        this.events = events;
        this.deletionChecks = deletionChecks;
    }

    /** The listed NOCs (switcher applied) matching {@code filter}, by name. */
    @Transactional(readOnly = true)
    public Page<NocDetails> list(NocFilter filter, Paging paging) {
        return nocs.findAll(
                        scope.<Noc>listedSpecification("id").and(filter.specification()),
                        paging.pageable(Sort.by("nameKey")))
                .map(NocDetails::of);
    }

    @Transactional(readOnly = true)
    public NocDetails get(long id) {
        return NocDetails.of(load(id));
    }

    /** The problems {@code command} would have for the NOC {@code id} (null when creating); nothing is stored. */
    @Transactional(readOnly = true)
    public List<FieldProblem> problems(NocCommand command, Long id) {
        return validation.problems(command, id == null ? null : load(id));
    }

    public NocDetails create(NocCommand command) {
        return create(command, Origin.current());
    }

    /** Creates the NOC on behalf of {@code origin} (work without a request names itself, e.g. the system). */
    public NocDetails create(NocCommand command, Origin origin) {
        requireValid(command, null);
        requireUniqueName(command.name(), null);
        Noc noc = new Noc(Instant.now());
        NocChanges.apply(command, noc, secrets);
        noc = saveAndFlush(noc);
        NocDetails created = NocDetails.of(noc);
        String access =
                created.direct() ? "direct access" : "jump server " + created.jumpHost() + ":" + created.jumpPort();
        events.publishEvent(new NocCreated(origin, created.id(), created.name(), access));
        scope.forget();
        return created;
    }

    public NocDetails update(long id, NocCommand command) {
        Noc noc = load(id);
        requireValid(command, noc);
        requireUniqueName(command.name(), id);
        List<String> changes = NocChanges.apply(command, noc, secrets);
        if (!changes.isEmpty()) {
            noc.touch(Instant.now());
            noc = saveAndFlush(noc);
            events.publishEvent(
                    new NocUpdated(Origin.current(), noc.getId(), noc.getName(), String.join(", ", changes)));
        }
        return NocDetails.of(noc);
    }

    /** Deletes the NOC and its grants, unless another module still keeps data of it (409). */
    public void delete(long id) {
        Noc noc = load(id);
        String name = noc.getName();
        deletionChecks
                .orderedStream()
                .map(check -> check.reasonToKeep(id))
                .flatMap(Optional::stream)
                .findFirst()
                .ifPresent(reason -> {
                    throw new ConflictException(null, "NOC " + name + " still owns " + reason + "; delete those first");
                });
        grants.deleteForNoc(id);
        try {
            nocs.delete(noc);
            nocs.flush();
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException(null, "NOC " + name + " still owns data; delete it first");
        }
        events.publishEvent(new NocDeleted(Origin.current(), id, name));
        scope.forget();
    }

    private Noc load(long id) {
        scope.require(id, "NOC", id);
        return nocs.findById(id).orElseThrow(() -> new NotFoundException("NOC", id));
    }

    private void requireValid(NocCommand command, Noc existing) {
        List<FieldProblem> problems = validation.problems(command, existing);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void requireUniqueName(String name, Long id) {
        String key = Noc.nameKey(name);
        boolean taken = id == null ? nocs.existsByNameKey(key) : nocs.existsByNameKeyAndIdNot(key, id);
        if (taken) {
            throw duplicateName(name);
        }
    }

    private Noc saveAndFlush(Noc noc) {
        try {
            return nocs.saveAndFlush(noc);
        } catch (DataIntegrityViolationException e) {
            // a concurrent request took the name between the check and the insert
            throw duplicateName(noc.getName());
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException(null, "The NOC was changed meanwhile: reload it and try again");
        }
    }

    private static ConflictException duplicateName(String name) {
        return new ConflictException("name", "A NOC named \"" + name + "\" already exists");
    }
}
