package org.glamlod.mappings.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParsedTest {
    @Test
    void isAValueNothingOrAFailure() {
        assertThat(Parsed.of(1).value()).contains(1);
        assertThat(Parsed.of(1).failure()).isEmpty();
        assertThat(Parsed.nothing().value()).isEmpty();
        assertThat(Parsed.nothing().failure()).isEmpty();
        assertThat(Parsed.failed("not a date: \"x\"").value()).isEmpty();
        assertThat(Parsed.failed("not a date: \"x\"").failure()).contains("not a date: \"x\"");
    }

    @Test
    void neverBothAValueAndAFailure() {
        assertThatThrownBy(() -> new Parsed<>(Optional.of(1), Optional.of("bad"))).hasMessageContaining("not both");
        assertThatThrownBy(() -> Parsed.of(null)).isInstanceOf(NullPointerException.class);
    }
}
