package io.nocvault.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * SQL timing for the benchmark ({@code --profile=true}): wraps the application's {@link DataSource} so that every
 * statement's execution (until its result set is closed) is timed per SQL text while recording is on; {@link #print}
 * lists the statements that took the most time. Only for finding which query dominates an endpoint.
 */
final class SqlTiming implements BeanPostProcessor {

    private record Figure(LongAdder calls, LongAdder nanos) {}

    private final Map<String, Figure> figures = new ConcurrentHashMap<>();
    private volatile boolean recording;

    void start() {
        figures.clear();
        recording = true;
    }

    void stop() {
        recording = false;
    }

    /** The {@code top} statements by total time, with calls and mean time per call. */
    void print(int top, int requests) {
        List<Map.Entry<String, Figure>> entries = new ArrayList<>(figures.entrySet());
        entries.sort((a, b) ->
                Long.compare(b.getValue().nanos().sum(), a.getValue().nanos().sum()));
        for (Map.Entry<String, Figure> e : entries.subList(0, Math.min(top, entries.size()))) {
            long calls = e.getValue().calls().sum();
            long nanos = e.getValue().nanos().sum();
            System.out.printf(
                    Locale.ROOT,
                    "      %7.2f ms/request  %6.2f ms/call  %5d calls  %s%n",
                    nanos / 1e6 / Math.max(1, requests),
                    nanos / 1e6 / Math.max(1, calls),
                    calls,
                    e.getKey());
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof DataSource dataSource && !(Proxy.isProxyClass(bean.getClass()))) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = invoke(target, method, args);
                return result instanceof Connection c ? connection(c) : result;
            });
        }
        return bean;
    }

    private Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            Object result = invoke(target, method, args);
            if (result instanceof PreparedStatement ps && args != null && args[0] instanceof String sql) {
                return statement(ps, sql);
            }
            return result;
        });
    }

    private PreparedStatement statement(PreparedStatement statement, String sql) {
        String key = sql.replaceAll("\\s+", " ").trim();
        long[] started = {0};
        return proxy(PreparedStatement.class, statement, (target, method, args) -> {
            String m = method.getName();
            if (m.startsWith("execute")) {
                started[0] = System.nanoTime();
                Object result = invoke(target, method, args);
                if (!m.equals("executeQuery")) {
                    add(key, started[0]);
                    started[0] = 0;
                }
                return result;
            }
            if (m.equals("close") && started[0] != 0) {
                add(key, started[0]);
                started[0] = 0;
            }
            return invoke(target, method, args);
        });
    }

    private void add(String key, long started) {
        if (recording) {
            Figure f = figures.computeIfAbsent(key, k -> new Figure(new LongAdder(), new LongAdder()));
            f.calls().increment();
            f.nanos().add(System.nanoTime() - started);
        }
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler h = (p, method, args) -> handler.handle(target, method, args);
        Class<?>[] types = type == PreparedStatement.class
                ? new Class<?>[] {PreparedStatement.class, Statement.class}
                : new Class<?>[] {type};
        return (T) Proxy.newProxyInstance(SqlTiming.class.getClassLoader(), types, h);
    }

    @FunctionalInterface
    private interface Handler<T> {
        Object handle(T target, Method method, Object[] args) throws Throwable;
    }
}
