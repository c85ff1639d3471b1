package io.nocvault.noc;

import io.nocvault.common.NotFoundException;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The JPA entity listener that makes NOC scoping impossible to forget: every {@link NocOwned} entity that
 * registers it ({@code @EntityListeners(NocScopeGuard.class)}) is checked against the caller's {@link NocScope}
 * when it is loaded (a direct {@code findById} of another NOC's object answers 404), and before it is inserted or
 * updated (nobody writes into, or moves an object to, a NOC he may not see). Lists still have to filter with
 * {@link NocScope#listedSpecification()}: an unfiltered list that meets another NOC's row fails as a whole.
 */
@Component
public class NocScopeGuard {

    private final ObjectProvider<NocScope> scope;
    private final ObjectProvider<EntityManagerFactory> entityManagerFactory;

    public NocScopeGuard(ObjectProvider<NocScope> scope, ObjectProvider<EntityManagerFactory> entityManagerFactory) {
        this.scope = scope;
        this.entityManagerFactory = entityManagerFactory;
    }

    @PostLoad
    public void checkLoaded(Object entity) {
        check(entity);
    }

    @PrePersist
    @PreUpdate
    public void checkWritten(Object entity) {
        check(entity);
    }

    private void check(Object entity) {
        if (!(entity instanceof NocOwned owned)) {
            throw new IllegalStateException(
                    entity.getClass().getName() + " uses NocScopeGuard but does not implement NocOwned");
        }
        if (!scope.getObject().canSee(owned.getNocId())) {
            throw new NotFoundException(owned.scopedKind(), identifier(entity));
        }
    }

    private Object identifier(Object entity) {
        Object id = entityManagerFactory.getObject().getPersistenceUnitUtil().getIdentifier(entity);
        return id == null ? "(new)" : id;
    }
}
