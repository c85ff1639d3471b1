package io.nocvault.noc.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** NOCs. Lists go through {@link io.nocvault.noc.NocScope#listedSpecification(String)}. */
interface NocRepository extends JpaRepository<Noc, Long>, JpaSpecificationExecutor<Noc> {

    boolean existsByNameKey(String nameKey);

    boolean existsByNameKeyAndIdNot(String nameKey, Long id);
}
