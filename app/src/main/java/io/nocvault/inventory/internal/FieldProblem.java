package io.nocvault.inventory.internal;

import io.nocvault.common.FieldMessage;

/** A message about one form, JSON or CSV field; never contains what was entered in a secret field. */
public record FieldProblem(String field, String message) implements FieldMessage {}
