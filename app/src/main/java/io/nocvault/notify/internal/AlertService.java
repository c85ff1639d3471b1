package io.nocvault.notify.internal;

import io.nocvault.notify.Alert;
import io.nocvault.notify.Alerts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * {@link Alerts}: hands each alert to the background pipeline ({@link AlertProcessor}) and returns at once.
 * Alerts of a batch are collected in memory until {@link #flush} or until the batch window, counted from the
 * batch's first alert, closes. An alert still waiting in a batch is lost if the application stops.
 */
@Service
class AlertService implements Alerts {

    private static final Logger log = LoggerFactory.getLogger(AlertService.class);

    private final AlertProcessor processor;
    private final DeliveryDispatcher dispatcher;
    private final NotifyProperties properties;
    private final Map<String, List<Alert>> batches = new ConcurrentHashMap<>();

    AlertService(AlertProcessor processor, DeliveryDispatcher dispatcher, NotifyProperties properties) {
        this.processor = processor;
        this.dispatcher = dispatcher;
        this.properties = properties;
    }

    @Override
    public void raise(Alert alert) {
        try {
            if (alert.batch() == null) {
                dispatcher.background(() -> processor.process(List.of(alert)));
                return;
            }
            String key = alert.batch().key();
            boolean[] opened = {false};
            batches.compute(key, (k, list) -> {
                List<Alert> alerts = list == null ? new ArrayList<>() : list;
                opened[0] = list == null;
                alerts.add(alert);
                return alerts;
            });
            if (opened[0]) {
                dispatcher.later(() -> flush(key), properties.batchWindow().toMillis());
            }
        } catch (RuntimeException e) {
            log.warn("Alert {} not raised: {}", alert.dedupKey(), e.toString());
        }
    }

    @Override
    public void flush(String batchKey) {
        List<Alert> alerts = batchKey == null ? null : batches.remove(batchKey);
        if (alerts != null && !alerts.isEmpty()) {
            dispatcher.background(() -> processor.process(List.copyOf(alerts)));
        }
    }
}
