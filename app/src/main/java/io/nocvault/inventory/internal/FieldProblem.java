package io.nocvault.inventory.internal;

/** A message about one form, JSON or CSV field; never contains what was entered in a secret field. */
public record FieldProblem(String field, String message) {}
