package io.nocvault.noc.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.nocvault.common.ConflictException;
import io.nocvault.noc.NocDeletionCheck;
import io.nocvault.secrets.SecretBox;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationEventPublisher;

/** A NOC that another module still keeps data of cannot be deleted. */
class NocDeletionTest {

    @Test
    void aModuleWithDataOfTheNocRefusesItsDeletion() {
        NocRepository repository = mock(NocRepository.class);
        NocGrants grants = mock(NocGrants.class);
        ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
        Noc noc = new Noc(Instant.now());
        noc.setName("East");
        when(repository.findById(7L)).thenReturn(Optional.of(noc));
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("empty", (NocDeletionCheck) nocId -> Optional.empty());
        beans.addBean("devices", (NocDeletionCheck) nocId -> Optional.of("12 devices"));
        NocService service = new NocService(
                repository,
                grants,
                mock(NocValidation.class),
                mock(RequestNocScope.class),
                mock(SecretBox.class),
                events,
                beans.getBeanProvider(NocDeletionCheck.class));

        assertThatThrownBy(() -> service.delete(7L))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("still owns 12 devices");
        verify(repository, never()).delete(any(Noc.class));
        verify(grants, never()).deleteForNoc(7L);
        verify(events, never()).publishEvent(any(Object.class));
    }
}
