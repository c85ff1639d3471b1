package io.nocvault.schedule.internal;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.Waiter;
import com.github.kagkarlsson.scheduler.jdbc.AutodetectJdbcCustomization;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * db-scheduler on the application's DataSource (wired by hand: its Spring Boot starter is made for Boot 3). The
 * DataSource is wrapped so that scheduling a task inside a Spring transaction (saving a schedule) joins that
 * transaction: the schedule row and its task row commit together. Each node gets a scheduler name of its own; due
 * executions are locked by row version, so exactly one node runs each. The scheduler reads time from the
 * application's {@link Clock}, which tests replace.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

    /** One execution per backup schedule, instance id = schedule id. */
    static final String BACKUP_TASK = "backup-schedule";
    /** The ping test of every device, one instance. */
    static final String PING_TASK = "ping-test";

    static final String PING_INSTANCE = "all";

    @Bean
    CustomTask<Void> backupScheduleTask(ScheduleFiring firing) {
        return Tasks.custom(BACKUP_TASK, Void.class).execute(firing::execute);
    }

    @Bean
    CustomTask<Void> pingTestTask(PingFiring firing) {
        return Tasks.custom(PING_TASK, Void.class).execute(firing::execute);
    }

    @Bean
    Scheduler nocvaultScheduler(
            DataSource dataSource, List<Task<?>> tasks, Clock clock, ScheduleProperties properties) {
        DataSource transactional = dataSource instanceof TransactionAwareDataSourceProxy
                ? dataSource
                : new TransactionAwareDataSourceProxy(dataSource);
        return new RealTimeWaits(transactional, tasks)
                .jdbcCustomization(new AutodetectJdbcCustomization(dataSource))
                .clock(clock::instant)
                .schedulerName(new SchedulerName.Fixed(nodeName()))
                .threads(properties.threads())
                .pollingInterval(properties.pollInterval())
                .heartbeatInterval(Duration.ofMinutes(1))
                .shutdownMaxWait(properties.shutdownWait())
                .deleteUnresolvedAfter(Duration.ofDays(1))
                .build();
    }

    /**
     * Waits between polls in real time. db-scheduler's own waiter measures the polling interval on the scheduler's
     * clock, so a clock set back (an administrator correcting the time, or a test) would stop polling until the clock
     * caught up; what is due is still decided by the application clock.
     */
    private static final class RealTimeWaits extends SchedulerBuilder {

        RealTimeWaits(DataSource dataSource, List<Task<?>> tasks) {
            super(dataSource, tasks);
        }

        @Override
        protected Waiter buildWaiter() {
            return new Waiter(poolingInterval);
        }
    }

    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        String name = host + "-" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }
}
