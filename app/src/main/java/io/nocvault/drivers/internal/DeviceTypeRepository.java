package io.nocvault.drivers.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeviceTypeRepository extends JpaRepository<DeviceTypeEntity, String> {

    List<DeviceTypeEntity> findAllByOrderByKeyAsc();

    boolean existsByBaseKey(String baseKey);
}
