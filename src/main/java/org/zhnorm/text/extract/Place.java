package org.zhnorm.text.extract;

import org.checkerframework.checker.nullness.qual.Nullable;

/** A place name found in text, resolved through the administrative-division gazetteer. */
public record Place(
    String name,
    String code,
    @Nullable String province,
    @Nullable String city,
    @Nullable String county) {}
