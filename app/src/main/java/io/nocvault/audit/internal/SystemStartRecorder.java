package io.nocvault.audit.internal;

import io.nocvault.audit.AuditLog;
import io.nocvault.common.Origin;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records {@code system.started} once the application is ready to serve. */
@Component
class SystemStartRecorder {

    private final AuditLog auditLog;

    SystemStartRecorder(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        String version = SystemStartRecorder.class.getPackage().getImplementationVersion();
        String detail = "NocVault " + (version == null ? "(development build)" : version) + " on Java "
                + Runtime.version().feature();
        auditLog.record(new SystemStarted(Origin.system(), detail));
    }
}
