package org.zhnorm.text.convert;

/** OpenCC conversion chains towards Simplified Chinese, named as OpenCC's configs. */
public enum Chain {
  T2S("t2s"),
  TW2S("tw2s"),
  TW2SP("tw2sp"),
  HK2S("hk2s");

  private final String id;

  Chain(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /**
   * The chain with this id ({@code t2s}, {@code tw2s}, {@code tw2sp}, {@code hk2s}), e.g. from
   * {@code --config=} or {@code --conversion=}; an unknown id fails with the allowed values named.
   */
  public static Chain fromId(String id) {
    for (Chain c : values()) {
      if (c.id.equals(id)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "unknown conversion chain '" + id + "': allowed t2s, tw2s, tw2sp, hk2s");
  }
}
