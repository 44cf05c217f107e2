package org.zhnorm.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class PartitioningTest {
  @Test
  void partitionValueAndFolderFollowTheFlag() {
    assertThat(Partitioning.of("pub_month").value("2023-06")).isEqualTo("2023-06");
    assertThat(Partitioning.of("pub_month").folder("2023-06")).isEqualTo("pub_month=2023-06/");
    assertThat(Partitioning.of("pub_year").value("2023-06")).isEqualTo("2023");
    assertThat(Partitioning.of("pub_year").value("unknown")).isEqualTo("unknown");
    assertThat(Partitioning.of("pub_year").folder("2023")).isEqualTo("pub_year=2023/");
    assertThat(Partitioning.of("none").value("2023-06")).isEmpty();
    assertThat(Partitioning.of("none").folder("")).isEmpty();
  }

  @Test
  void aBadValueNamesTheFlagAndTheValuesAllowed() {
    assertThatThrownBy(() -> Partitioning.of("month"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--partitionBy=month")
        .hasMessageContaining("pub_month, pub_year, none");
  }

  @Test
  void pubMonthIsAFileColumnOnlyWhenItIsNotThePartitionColumn() {
    Schema claims = TableRows.schema(TableRows.CLAIMS);
    assertThat(Partitioning.PUB_MONTH.schema(claims)).isSameAs(claims);
    Schema byYear = Partitioning.PUB_YEAR.schema(claims);
    assertThat(byYear.getFields()).hasSize(claims.getFields().size() + 1);
    assertThat(byYear.getField("pub_month").schema().getType()).isEqualTo(Schema.Type.STRING);
    // the column properties the Parquet writer reads survive the copy
    assertThat(byYear.getField("sentence").getObjectProp(ParquetSink.DICTIONARY)).isEqualTo(false);
    assertThat(byYear.getField("claim_id").pos()).isZero();
  }
}
