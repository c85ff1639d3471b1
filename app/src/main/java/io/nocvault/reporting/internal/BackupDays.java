package io.nocvault.reporting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The {@code reporting_backup_days} counters: backups succeeded and failed per UTC day and NOC. */
@Component
class BackupDays {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    BackupDays(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Adds one outcome, in a transaction of its own. */
    void count(LocalDate day, long nocId, boolean succeeded) {
        add(day, nocId, succeeded ? 1 : 0, succeeded ? 0 : 1);
    }

    /** Adds outcomes, in a transaction of its own (a concurrent first insert of the same day is retried). */
    void add(LocalDate day, long nocId, long succeeded, long failed) {
        try {
            ownTransaction.executeWithoutResult(status -> {
                if (increment(day, nocId, succeeded, failed) == 0) {
                    jdbc.sql(
                                    "insert into reporting_backup_days (backup_day, noc_id, succeeded, failed) values (:day, :noc, :s, :f)")
                            .param("day", day)
                            .param("noc", nocId)
                            .param("s", succeeded)
                            .param("f", failed)
                            .update();
                }
            });
        } catch (DuplicateKeyException raced) {
            ownTransaction.executeWithoutResult(status -> increment(day, nocId, succeeded, failed));
        }
    }

    private int increment(LocalDate day, long nocId, long succeeded, long failed) {
        return jdbc.sql("update reporting_backup_days set succeeded = succeeded + :s, failed = failed + :f"
                        + " where backup_day = :day and noc_id = :noc")
                .param("s", succeeded)
                .param("f", failed)
                .param("day", day)
                .param("noc", nocId)
                .update();
    }

    /**
     * Every day of {@code [from, to]} with the sums over the NOCs of {@code scopeCondition} (a
     * {@code NocScope.listedSqlCondition("noc_id")}); days without backups are zero.
     */
    List<TrendDay> days(LocalDate from, LocalDate to, String scopeCondition) {
        Map<LocalDate, long[]> sums = new TreeMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            sums.put(d, new long[2]);
        }
        jdbc.sql("select backup_day, sum(succeeded) as s, sum(failed) as f from reporting_backup_days"
                        + " where backup_day >= :from and backup_day <= :to and " + scopeCondition
                        + " group by backup_day")
                .param("from", from)
                .param("to", to)
                .query(rs -> {
                    long[] sum = sums.get(rs.getObject("backup_day", LocalDate.class));
                    if (sum != null) {
                        sum[0] = rs.getLong("s");
                        sum[1] = rs.getLong("f");
                    }
                });
        List<TrendDay> days = new ArrayList<>(sums.size());
        sums.forEach((day, sum) -> days.add(new TrendDay(day, sum[0], sum[1])));
        return days;
    }

    /** Succeeded and failed sums per NOC over {@code [from, to]}, for the NOCs of {@code scopeCondition}. */
    Map<Long, long[]> perNoc(LocalDate from, LocalDate to, String scopeCondition) {
        Map<Long, long[]> sums = new TreeMap<>();
        jdbc.sql("select noc_id, sum(succeeded) as s, sum(failed) as f from reporting_backup_days"
                        + " where backup_day >= :from and backup_day <= :to and " + scopeCondition + " group by noc_id")
                .param("from", from)
                .param("to", to)
                .query(rs -> {
                    sums.put(rs.getLong("noc_id"), new long[] {rs.getLong("s"), rs.getLong("f")});
                });
        return sums;
    }
}
