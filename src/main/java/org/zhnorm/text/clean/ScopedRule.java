package org.zhnorm.text.clean;

/**
 * What every rule has besides its logic: its id, scope and one-line description. A rule class
 * extends the base of its scope ({@link InlineRule}, {@link LineRule}, {@link BlockRule},
 * {@link DocumentRule}) and holds only its logic.
 */
abstract class ScopedRule implements Rule {
  private final String id;
  private final Scope scope;
  private final String description;

  ScopedRule(String id, Scope scope, String description) {
    this.id = id;
    this.scope = scope;
    this.description = description;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Scope scope() {
    return scope;
  }

  @Override
  public final String description() {
    return description;
  }
}
