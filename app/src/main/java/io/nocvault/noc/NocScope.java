package io.nocvault.noc;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.jpa.domain.Specification;

/**
 * Which NOCs the caller may see: the one scoping rule for every query of NOC-owned data. Head admins and
 * background work (no user) see every NOC; everyone else sees the NOCs granted to him. An object of another NOC
 * must answer 404, never the object: use {@link #require}.
 *
 * <p>NOC-owned JPA entities implement {@link NocOwned} and register {@link NocScopeGuard} as entity listener, so
 * that loading an object of another NOC fails with 404 even when a query forgot the scope. Lists filter with
 * {@link #listedSpecification()} (Spring Data) or {@link #listedSqlCondition(String)} (JDBC).
 */
public interface NocScope {

    /** True for head admins and for background work without a user. */
    boolean unrestricted();

    /** The NOCs the caller may see (every NOC id when unrestricted). */
    Set<Long> visibleNocIds();

    /** The NOC chosen in the navbar switcher, if any; always one of {@link #visibleNocIds()}. */
    Optional<Long> selectedNocId();

    /** What lists show: the selected NOC, or every visible NOC when none is selected. */
    Set<Long> listedNocIds();

    boolean canSee(Long nocId);

    /** Throws {@link io.nocvault.common.NotFoundException} for {@code what id} when the NOC is not visible. */
    void require(Long nocId, String what, Object id);

    /**
     * A Spring Data specification keeping the entities of the {@link #listedNocIds() listed NOCs}, for entities
     * whose NOC id attribute is called {@code nocId}. Evaluated now, on the calling (request) thread.
     */
    default <T> Specification<T> listedSpecification() {
        return listedSpecification("nocId");
    }

    /** Like {@link #listedSpecification()} for an entity whose NOC id attribute has another name. */
    default <T> Specification<T> listedSpecification(String nocIdAttribute) {
        boolean everything = unrestricted() && selectedNocId().isEmpty();
        Set<Long> ids = everything ? Set.of() : Set.copyOf(listedNocIds());
        return (root, query, cb) -> {
            if (everything) {
                return cb.conjunction();
            }
            return ids.isEmpty() ? cb.disjunction() : root.get(nocIdAttribute).in(ids);
        };
    }

    /**
     * An SQL condition keeping the rows of the {@link #listedNocIds() listed NOCs}, e.g. {@code d.noc_id in (3, 7)},
     * {@code 1 = 0} when nothing is visible, {@code 1 = 1} when unrestricted with no NOC selected. The ids are
     * numbers from the database, so the text is safe to concatenate; {@code column} must be a plain column name.
     */
    default String listedSqlCondition(String column) {
        if (!ScopeSql.isColumnName(column)) {
            throw new IllegalArgumentException("Not a column name: " + column);
        }
        if (unrestricted() && selectedNocId().isEmpty()) {
            return "1 = 1";
        }
        Set<Long> ids = listedNocIds();
        if (ids.isEmpty()) {
            return "1 = 0";
        }
        return column + " in (" + ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    }
}
