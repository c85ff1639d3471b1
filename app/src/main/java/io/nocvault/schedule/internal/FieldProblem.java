package io.nocvault.schedule.internal;

import io.nocvault.common.FieldMessage;

/** A message about one form or JSON field. */
public record FieldProblem(String field, String message) implements FieldMessage {}
