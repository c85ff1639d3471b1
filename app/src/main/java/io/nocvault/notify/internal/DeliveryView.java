package io.nocvault.notify.internal;

import java.time.Instant;

/** One row of the delivery log as the UI and API show it (no secrets are ever stored in it). */
public record DeliveryView(
        long id,
        Instant createdAt,
        String category,
        Long nocId,
        String subject,
        String message,
        String batchKey,
        int alertCount,
        Long recipientId,
        String recipientName,
        Long channelId,
        String channelName,
        ChannelType channelType,
        String address,
        DeliveryStatus status,
        int attempts,
        Instant nextAttemptAt,
        Instant sentAt,
        Integer answerStatus,
        String answer,
        Instant updatedAt) {}
