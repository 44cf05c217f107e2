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
}
