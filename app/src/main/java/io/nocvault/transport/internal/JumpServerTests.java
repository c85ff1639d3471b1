package io.nocvault.transport.internal;

import io.nocvault.common.ConflictException;
import io.nocvault.common.NotFoundException;
import io.nocvault.common.Origin;
import io.nocvault.noc.JumpServer;
import io.nocvault.noc.NocDirectory;
import io.nocvault.noc.NocSummary;
import io.nocvault.transport.ConnectionReport;
import io.nocvault.transport.ConnectionTester;
import io.nocvault.transport.JumpEndpoints;
import io.nocvault.transport.JumpServerTested;
import io.nocvault.transport.TransportTimeouts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * "Test jump server" of a NOC, for its page and {@code POST /api/v1/nocs/{id}/test}: DNS, TCP, SSH handshake, host
 * key and authentication with the global timeouts, each step timed. A NOC the caller may not see answers 404, a
 * NOC without jump server 409. Every run is audited ({@link JumpServerTested}).
 */
@Service
public class JumpServerTests {

    private final NocDirectory nocs;
    private final ConnectionTester tester;
    private final TransportTimeouts timeouts;
    private final ApplicationEventPublisher events;

    JumpServerTests(
            NocDirectory nocs, ConnectionTester tester, TransportTimeouts timeouts, ApplicationEventPublisher events) {
        this.nocs = nocs;
        this.tester = tester;
        this.timeouts = timeouts;
        this.events = events;
    }

    public ConnectionReport test(long nocId) {
        Origin origin = Origin.current();
        NocSummary noc = nocs.find(nocId).orElseThrow(() -> new NotFoundException("NOC", nocId));
        JumpServer jump = nocs.jumpServer(nocId)
                .orElseThrow(() -> new ConflictException(
                        null, "NOC " + noc.name() + " has no jump server: its devices are reached directly"));
        ConnectionReport report = tester.testJump(jump, timeouts);
        events.publishEvent(
                new JumpServerTested(origin, nocId, JumpEndpoints.of(jump).label(), report.ok(), detail(report)));
        return report;
    }

    private static String detail(ConnectionReport report) {
        long millis =
                report.steps().stream().mapToLong(ConnectionReport.Step::millis).sum();
        return report.steps().stream()
                .filter(step -> !step.ok())
                .findFirst()
                .map(step -> (step.error() == null ? step.step() + " failed" : step.error()) + " (" + millis + " ms)")
                .orElse("every step succeeded (" + millis + " ms)");
    }
}
