package io.nocvault.notify.internal;

/** A message about one form or JSON field; never contains what was entered in a secret field. */
public record FieldProblem(String field, String message) {}
