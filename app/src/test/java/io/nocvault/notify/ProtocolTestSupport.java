package io.nocvault.notify;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What alert tests over real protocols share: a GreenMail SMTP server and a local HTTP endpoint on free ports, a
 * fresh NOC, and a {@link NotifyFixture} with the channels and recipients of earlier tests disabled.
 */
abstract class ProtocolTestSupport {

    static final Duration WAIT = Duration.ofSeconds(15);

    @Autowired
    ApplicationContext context;

    @Autowired
    Alerts alerts;

    NotifyFixture fixture;
    GreenMail mail;
    TestEndpoint endpoint;
    long noc;

    @BeforeEach
    void startServers() {
        fixture = new NotifyFixture(context);
        fixture.isolate();
        mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        endpoint = TestEndpoint.start();
        noc = fixture.nocs.create("Alerts");
    }

    @AfterEach
    void stopServers() {
        endpoint.close();
        mail.stop();
    }
}
