package io.nocvault.noc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nocvault.common.NotFoundException;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The list helpers every module uses: {@link NocScope#listedSqlCondition(String)}. */
class NocScopeDefaultsTest {

    @Test
    void unrestrictedWithoutSelectionKeepsEveryRow() {
        assertThat(scope(true, Set.of(1L, 2L), null).listedSqlCondition("noc_id"))
                .isEqualTo("1 = 1");
    }

    @Test
    void aSelectionNarrowsEvenTheUnrestricted() {
        assertThat(scope(true, Set.of(1L, 2L), 2L).listedSqlCondition("d.noc_id"))
                .isEqualTo("d.noc_id in (2)");
    }

    @Test
    void grantsBecomeAnInList() {
        assertThat(scope(false, Set.of(9L, 3L), null).listedSqlCondition("noc_id"))
                .isEqualTo("noc_id in (3, 9)");
    }

    @Test
    void nothingVisibleKeepsNothing() {
        assertThat(scope(false, Set.of(), null).listedSqlCondition("noc_id")).isEqualTo("1 = 0");
    }

    @Test
    void onlyColumnNamesAreAccepted() {
        assertThatThrownBy(() -> scope(false, Set.of(1L), null).listedSqlCondition("noc_id) or (1=1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static NocScope scope(boolean unrestricted, Set<Long> visible, Long selected) {
        return new NocScope() {
            @Override
            public boolean unrestricted() {
                return unrestricted;
            }

            @Override
            public Set<Long> visibleNocIds() {
                return visible;
            }

            @Override
            public Optional<Long> selectedNocId() {
                return Optional.ofNullable(selected);
            }

            @Override
            public Set<Long> listedNocIds() {
                return selected == null ? visible : Set.of(selected);
            }

            @Override
            public boolean canSee(Long nocId) {
                return unrestricted || visible.contains(nocId);
            }

            @Override
            public void require(Long nocId, String what, Object id) {
                if (!canSee(nocId)) {
                    throw new NotFoundException(what, id);
                }
            }
        };
    }
}
