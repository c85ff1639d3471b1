package io.nocvault.schedule.internal;

/** A message about one form or JSON field. */
public record FieldProblem(String field, String message) {}
