package io.nocvault.audit.internal;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;

/** An auditable event as any module would define one. */
public record TestEvent(Origin origin, String action, String target, Long nocId, boolean success, String detail)
        implements AuditableEvent {

    static TestEvent of(String action) {
        return new TestEvent(new Origin("tester", "198.51.100.4", "JUnit/5"), action, "thing", null, true, null);
    }
}
