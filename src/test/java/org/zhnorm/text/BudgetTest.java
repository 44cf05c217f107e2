package org.zhnorm.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.zhnorm.text.clean.Cleaner;
import org.zhnorm.text.extract.ClaimExtractor;
import org.zhnorm.text.extract.Sectioner;

class BudgetTest {
  static final String TEXT = "新宁县委以党建为引领，投入资金1400多万元。\n乐亭县培育致富带头人309名。";

  @Test
  void checkOutsideABudgetDoesNothing() {
    Budget.check();
  }

  @Test
  void aSpentBudgetThrowsAtTheNextCheckAndClosingRestoresTheOuterOne() {
    try (Budget outer = Budget.start(3_600_000)) {
      try (Budget inner = Budget.start(0)) {
        assertThatThrownBy(Budget::check).isInstanceOf(Budget.Exceeded.class).hasMessageContaining("0 ms");
      }
      Budget.check(); // the outer hour is not spent
    }
    Budget.check();
  }

  @Test
  void aNegativeBudgetIsRejected() {
    assertThatThrownBy(() -> Budget.start(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theCostlyLibrariesCheckTheBudget() {
    try (Budget b = Budget.start(0)) {
      assertThatThrownBy(() -> Cleaner.standard().clean(TEXT, null, false)).isInstanceOf(Budget.Exceeded.class);
      assertThatThrownBy(() -> new Sectioner().split(TEXT)).isInstanceOf(Budget.Exceeded.class);
      assertThatThrownBy(() -> ClaimExtractor.standard().extract(TEXT, null)).isInstanceOf(Budget.Exceeded.class);
    }
    // and work as before with time to spare
    try (Budget b = Budget.start(3_600_000)) {
      assertThat(ClaimExtractor.standard().extract(TEXT, null)).isNotEmpty();
    }
  }
}
