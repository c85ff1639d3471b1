package io.nocvault.noc.internal;

import io.nocvault.common.FieldMessage;

/** A message about one form or JSON field; never contains what was entered in a secret field. */
public record FieldProblem(String field, String message) implements FieldMessage {}
